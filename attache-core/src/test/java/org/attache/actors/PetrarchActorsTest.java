package org.attache.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.attache.actors.petrarch.ActorDictionary;
import org.attache.actors.petrarch.AgentDictionary;
import org.attache.actors.petrarch.PetrarchDictionaries;
import org.attache.model.Actor;
import org.attache.model.ActorMention;
import org.attache.model.MentionForm;
import org.attache.pipeline.Knowledge;
import org.attache.pipeline.Pipeline;
import org.attache.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A user's PETRARCH dictionaries as actor knowledge: dated codes, agents, and precedence over bundled names. */
class PetrarchActorsTest {
    private static final String ACTORS = """
            NORLAND [NRL]
            +NR
            QUEEN_MAREN [NRL]
            \t[NRLCIV <891231]
            \t[NRLGOV 19900101-19991231]
            \t[NRLREB >000101]
            EGYPT
            \t[UAR <710902]
            \t[EGY]
            """;
    private static final String AGENTS = """
            HARBOUR_WARDEN [~GOV]
            TOWN_COUNCIL {} [~LEG]
            REFORMIST [~REF]
            """;

    private static Pipeline pipeline;

    @BeforeAll
    static void load() {
        pipeline = Pipeline.standard(Knowledge.load(List.of(), new PetrarchDictionaries(
                ActorDictionary.parse("actors", new StringReader(ACTORS)),
                AgentDictionary.parse("agents", new StringReader(AGENTS)))));
    }

    private static List<ActorMention> actors(String published, String text) {
        return pipeline.analyse(Fixtures.article("t", published, text)).actors();
    }

    private static List<Actor> resolved(String published, String text) {
        return actors(published, text).stream().map(ActorMention::actor).toList();
    }

    @Test
    void aDictionaryPhraseTakesTheCodeInForceOnTheArticlesDate() {
        String text = "Queen Maren spoke.";
        assertThat(resolved("1985-06-01", text)).containsExactly(new Actor("NRL", null, "CIV"));
        assertThat(resolved("1995-06-01", text)).containsExactly(new Actor("NRL", null, "GOV"));
        assertThat(resolved("2001-06-01", text)).containsExactly(new Actor("NRL", null, "REB"));
        assertThat(resolved(null, text)).containsExactly(Actor.state("NRL"));
        assertThat(actors("1995-06-01", text).get(0).form()).isEqualTo(MentionForm.DICTIONARY);
    }

    @Test
    void theUsersCodedPhraseWinsOverTheBundledNameOfTheSameWords() {
        assertThat(resolved("1970-01-05", "Egypt protested.")).containsExactly(Actor.state("UAR"));
        assertThat(resolved("1980-01-05", "Egypt protested.")).containsExactly(Actor.state("EGY"));
    }

    @Test
    void agentWordsAfterAnActorAddTheirSector() {
        assertThat(resolved("1995-06-01", "The Norland harbour wardens protested."))
                .containsExactly(new Actor("NRL", null, "GOV"));
        assertThat(resolved("1995-06-01", "Norland's town council protested."))
                .containsExactly(new Actor("NRL", null, "LEG"));
        assertThat(resolved("1995-06-01", "Norland reformist town council members met."))
                .containsExactly(new Actor("NRL", null, "REFLEG"));
    }

    @Test
    void agentWordsBeforeOfInOrFromAnActorAreItsAgents() {
        assertThat(resolved("1995-06-01", "The town council of Norland protested."))
                .containsExactly(new Actor("NRL", null, "LEG"));
        assertThat(resolved("1995-06-01", "The reformist town council of Norland met."))
                .containsExactly(new Actor("NRL", null, "REFLEG"));
        assertThat(resolved("1995-06-01", "Harbour wardens from Egypt arrived."))
                .containsExactly(new Actor("EGY", null, "GOV"));
        assertThat(resolved("1995-06-01", "The harbour wardens said nothing.")).isEmpty();
    }

    @Test
    void aShortDictionaryWordMatchesOnlyInCapitals() {
        assertThat(resolved("1995-06-01", "NR protested.")).containsExactly(Actor.state("NRL"));
        assertThat(resolved("1995-06-01", "The nr protested.")).isEmpty();
    }

    @Test
    void bundledTitlesStillNameOfficeHoldersBesideADictionary() {
        assertThat(resolved("2019-05-01", "The US president spoke."))
                .containsExactly(new Actor("USA", "Donald Trump", "head_of_state"));
    }

    @Test
    void aDictionaryNameOfTheTitlesOwnCountryIsTheHoldersName() {
        List<ActorMention> found = actors("1995-06-01", "Norland President Queen Maren spoke.");
        assertThat(found).singleElement().satisfies(m -> {
            assertThat(m.actor()).isEqualTo(new Actor("NRL", "Queen Maren", "head_of_state"));
            assertThat(m.form()).isEqualTo(MentionForm.ROLE_PHRASE);
        });
    }
}
