package org.attache.events.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.attache.actors.petrarch.ActorDictionary;
import org.attache.actors.petrarch.AgentDictionary;
import org.attache.actors.petrarch.PetrarchDictionaries;
import org.attache.model.EventKind;
import org.attache.model.EventMention;
import org.attache.pipeline.Knowledge;
import org.attache.pipeline.Pipeline;
import org.attache.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A verb dictionary of its own driving the standard pipeline's coding, on sentences of its own. */
class VerbCoderTest {
    private static final String ACTORS = """
            NORVIA [NRV]
            OSTLAND [OST]
            KARSK [KRS]
            BELMAR [BLM]
            """;
    private static final String VERBS = """
            &COIN
            +CROWNS
            +GOLD_MARKS
            &GIFTS
            +&COIN
            +GRAIN

            --- SCOLD  [111] ---
            SCOLD
            - * SHARPLY  [112]
            - * IN_PUBLIC  [114]
            - NOT *  [013]

            --- PLEDGE  [050] ---
            PLEDGE
            - * &GIFTS  [071]

            --- DEPART  [032:033] ---
            DEPART
            LEAVE_FOR {+LEFT_FOR}

            --- HOLD  [---] ---
            HOLD {HELD}
            - % * TALKS  [036]

            --- SNUB  [112] ---
            SNUB
            - + WAS * AT_DINNER BY $  [125]

            --- ACCUSE  [121] ---
            ACCUSE
            """;
    private static final String DISCARDS = """
            FOOTBALL
            +WEATHER_REPORT
            """;

    private static Pipeline pipeline;

    @BeforeAll
    static void load() {
        PetrarchDictionaries actors = new PetrarchDictionaries(
                ActorDictionary.parse("actors", new StringReader(ACTORS)), AgentDictionary.empty());
        PetrarchCoding coding = PetrarchCoding.of(VerbDictionary.read("verbs", new StringReader(VERBS)),
                Discards.read("discards", new StringReader(DISCARDS)));
        pipeline = Pipeline.standard(Knowledge.load(List.of(), actors, coding));
    }

    /** Each event as "SOURCE>TARGET code", in the order the pipeline gives them. */
    private static List<String> events(String text) {
        return mentions(text).stream().map(m -> m.source().get(0).country() + ">"
                + (m.target().isEmpty() ? "-" : m.target().get(0).country()) + " " + m.coding().cameo()).toList();
    }

    private static List<EventMention> mentions(String text) {
        return pipeline.analyse(Fixtures.article("t", "2021-03-04", text)).events();
    }

    @Test
    void aBareVerbCodesWithItsOwnCodeFromSubjectToObject() {
        assertThat(events("Norvia scolded Ostland on Monday.")).containsExactly("NRV>OST 111");
        EventMention m = mentions("Norvia scolded Ostland on Monday.").get(0);
        assertThat(m.kind()).isEqualTo(EventKind.ACCUSATION);
        assertThat(m.coding().ploverType()).isEqualTo("ACCUSE");
        assertThat(m.provenance().rule()).contains("verb SCOLD");
    }

    @Test
    void theMostSpecificMatchingPatternGivesTheCode() {
        assertThat(events("Norvia scolded Ostland sharply.")).containsExactly("NRV>OST 112");
        assertThat(events("Norvia did not scold Ostland.")).containsExactly("NRV>OST 013");
        assertThat(events("Norvia scolded Ostland in public.")).containsExactly("NRV>OST 114");
        assertThat(events("Norvia scolded Ostland in the public square.")).as("IN_PUBLIC is joined")
                .containsExactly("NRV>OST 111");
    }

    @Test
    void aSynsetMatchesAnyOfItsMembersNestedOnes() {
        assertThat(events("Norvia pledged 500 gold marks to Ostland.")).containsExactly("NRV>OST 071");
        assertThat(events("Norvia pledged grain to Ostland.")).containsExactly("NRV>OST 071");
        assertThat(events("Norvia pledged support to Ostland.")).containsExactly("NRV>OST 050");
    }

    @Test
    void aCodeAfterAColonCodesTheEventBack() {
        assertThat(events("Norvia left for Ostland on Tuesday.")).containsExactlyInAnyOrder("NRV>OST 032",
                "OST>NRV 033");
    }

    @Test
    void theSlotsOfAPatternPlaceSourceAndTarget() {
        assertThat(events("Ostland was snubbed at dinner by Norvia.")).containsExactly("NRV>OST 125");
        assertThat(events("Norvia and Ostland held talks in Karsk.")).containsExactlyInAnyOrder("NRV>OST 036",
                "OST>NRV 036");
    }

    @Test
    void aPassiveWithAnAgentIsTurnedRound() {
        assertThat(events("Ostland was scolded by Norvia.")).containsExactly("NRV>OST 111");
    }

    @Test
    void anEventIsSpreadOverACompoundActor() {
        assertThat(events("Norvia, Ostland and the small Karsk scolded Belmar.")).containsExactlyInAnyOrder(
                "NRV>BLM 111", "OST>BLM 111", "KRS>BLM 111");
        assertThat(events("Belmar scolded Norvia and Ostland.")).containsExactlyInAnyOrder("BLM>NRV 111",
                "BLM>OST 111");
    }

    @Test
    void aVerbFormReadAsANounCodesNothing() {
        assertThat(events("Norvia said the public scolding of Ostland was over.")).isEmpty();
    }

    @Test
    void whereTheDictionaryHasTheVerbTheBundledLexiconStaysOut() {
        assertThat(events("Norvia accused Ostland of lying.")).containsExactly("NRV>OST 121");
    }

    @Test
    void aDiscardPhraseKeepsItsSentenceOrWithPlusItsStoryFromBeingCoded() {
        assertThat(events("Norvia scolded Ostland after the football match. Karsk scolded Belmar."))
                .containsExactly("KRS>BLM 111");
        assertThat(events("Norvia scolded Ostland. Karsk read the weather report.")).isEmpty();
    }
}
