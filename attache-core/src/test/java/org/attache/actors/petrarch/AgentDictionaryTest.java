package org.attache.actors.petrarch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.attache.knowledge.KnowledgeException;
import org.attache.model.Actor;
import org.junit.jupiter.api.Test;

class AgentDictionaryTest {
    private static final String TEXT = """
            <!-- A test agent dictionary -->
            !CLERK! = CLERK, CLERKS, SCRIBE
            HARBOUR_WARDEN [~GOV]   # regular plural
            TOWN_COUNCIL {} [~LEG]  # no plural
            GOOSE_HERD {GEESE_HERD} [~AGR]
            DEPUTY [~GOVDEP]
            ASSEMBLY_OF_GUILDS_ACCESS [~BUS]
            LAND!CLERK! [~GOV]
            CHARITY_BOARD [NGO~]
            WATCH {} [ ~COP]
            """;

    private static AgentDictionary dictionary() {
        return AgentDictionary.parse("test", new StringReader(TEXT));
    }

    @Test
    void pluralsAreRegularUnlessGivenOrNulled() {
        assertThat(dictionary().phrases()).contains("HARBOUR WARDEN", "HARBOUR WARDENS", "TOWN COUNCIL",
                "GOOSE HERD", "GEESE HERD", "DEPUTY", "DEPUTIES", "ASSEMBLY OF GUILDS ACCESSES", "WATCH")
                .doesNotContain("TOWN COUNCILS", "GOOSE HERDS", "WATCHS", "WATCHES");
    }

    @Test
    void substitutionMarkersStandForEachMemberWithoutPlurals() {
        assertThat(dictionary().phrases()).contains("LANDCLERK", "LANDCLERKS", "LANDSCRIBE")
                .doesNotContain("LANDSCRIBES", "LAND!CLERK!");
    }

    @Test
    void anAgentAddsItsSectorsAfterTheActorOnce() {
        AgentDictionary d = dictionary();
        Actor nrl = Actor.state("NRL");
        assertThat(d.code("HARBOUR WARDENS").orElseThrow().applyTo(nrl)).isEqualTo(new Actor("NRL", null, "GOV"));
        Actor government = new Actor("NRL", null, "GOV");
        assertThat(d.code("DEPUTY").orElseThrow().applyTo(government)).isEqualTo(new Actor("NRL", null, "GOVDEP"));
        assertThat(d.code("WATCH").orElseThrow().applyTo(government)).isEqualTo(new Actor("NRL", null, "GOVCOP"));
    }

    @Test
    void anAgentWrittenBeforeTheTildeGoesBeforeTheActorsCode() {
        assertThat(dictionary().code("CHARITY BOARD").orElseThrow().applyTo(Actor.state("NRL")))
                .isEqualTo(new Actor("NGO", null, "NRL"));
    }

    @Test
    void mistakesAreReportedWithTheirLine() {
        assertThatThrownBy(() -> AgentDictionary.parse("a.txt", new StringReader("CLERK [GOV]\n")))
                .isInstanceOf(KnowledgeException.class).hasMessageContaining("a.txt:1").hasMessageContaining("~");
        assertThatThrownBy(() -> AgentDictionary.parse("a.txt", new StringReader("\nX!NONE! [~GOV]\n")))
                .isInstanceOf(KnowledgeException.class).hasMessageContaining("a.txt:2");
        assertThatThrownBy(() -> AgentDictionary.parse("a.txt", new StringReader("CLERK\n")))
                .isInstanceOf(KnowledgeException.class).hasMessageContaining("a.txt:1");
    }
}
