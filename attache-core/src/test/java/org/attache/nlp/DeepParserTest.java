package org.attache.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attache.model.Dependency;
import org.attache.model.Sentence;
import org.attache.model.SentenceParse;
import org.junit.jupiter.api.Test;

class DeepParserTest {
    private static final SentenceSplitter SPLITTER = new SentenceSplitter();
    private static final DeepParser PARSER = new DeepParser();

    private static Sentence sentence(String text) {
        return SPLITTER.split(text).get(0);
    }

    /** "head -relation-> dependent" by the tokens' words. */
    private static List<String> arcs(Sentence s, SentenceParse p) {
        return p.dependencies().stream().filter(d -> d.head() != Dependency.ROOT)
                .map(d -> s.tokens().get(d.head()).text() + " -" + d.relation() + "-> " + s.tokens().get(d.dependent()).text())
                .toList();
    }

    @Test
    void aParseGivesSubjectObjectAndTheObliqueNamedByItsPreposition() {
        Sentence s = sentence("Kim met Xi in Beijing on Tuesday.");
        SentenceParse p = PARSER.parse(s);
        assertThat(p.tags()).hasSize(s.tokens().size());
        assertThat(p.isVerb(1)).isTrue();
        assertThat(arcs(s, p)).contains("met -nsubj-> Kim", "met -obj-> Xi", "met -obl:in-> Beijing");
    }

    @Test
    void coordinatedVerbsAndComplementsShareTheSubject() {
        Sentence s = sentence("Putin arrived and thanked Kim.");
        assertThat(arcs(s, PARSER.parse(s))).contains("thanked -nsubj-> Putin");
        Sentence c = sentence("Moon agreed to visit Pyongyang.");
        assertThat(arcs(c, PARSER.parse(c))).contains("visit -nsubj:xsubj-> Moon");
    }

    @Test
    void aSentenceTooLongToBeWorthAParseGetsNone() {
        Sentence s = sentence("word ".repeat(DeepParser.MAX_TOKENS + 1).trim() + ".");
        assertThat(PARSER.parse(s)).isNull();
    }
}
