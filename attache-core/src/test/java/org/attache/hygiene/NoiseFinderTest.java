package org.attache.hygiene;

import static org.assertj.core.api.Assertions.assertThat;

import org.attache.knowledge.KnowledgeFiles;
import org.attache.model.Document;
import org.attache.model.NoiseSpan;
import org.attache.testing.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NoiseFinderTest {
    private final NoiseFinder finder = new NoiseFinder(KnowledgeFiles.bundled());

    @ParameterizedTest
    @ValueSource(strings = {
        "RELATED POST: Floods Close Border Crossing As Rivers Rise",
        "Read more: Why the summit in Hanoi collapsed",
        "Also read - Japan protests over missile launch",
        "Prime Minister Shinzo Abe waves to reporters in Tokyo (Reuters/Kim Kyung-hoon)",
        "Moon Jae-in, left, and Kim Jong Un at the border village in 2018",
        "By Jane Doe and Richard Roe",
        "Sign up for our daily briefing",
        "Photo: the leaders shake hands"})
    void marksLinesThatReportNothing(String line) {
        String text = "The ministers met on Monday.\n" + line + "\nThey signed a treaty.";
        Document doc = finder.apply(Document.of(Fixtures.article("a", null, text)));
        assertThat(doc.noise()).extracting(n -> n.span().of(text)).containsExactly(line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The two leaders met in Beijing on Tuesday, the agency said.",
        "By Sunday, the talks had collapsed and both delegations had left the city.",
        "Comments by the minister drew an angry response from Seoul.",
        "Related talks are expected next month in Geneva."})
    void leavesNewsSentencesAlone(String line) {
        Document doc = finder.apply(Document.of(Fixtures.article("a", null, line)));
        assertThat(doc.noise()).extracting(NoiseSpan::reason).isEmpty();
    }
}
