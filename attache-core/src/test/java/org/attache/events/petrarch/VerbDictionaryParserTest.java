package org.attache.events.petrarch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.attache.knowledge.KnowledgeException;
import org.junit.jupiter.api.Test;

/** The verb dictionary importer on a small dictionary of its own: synsets, verb forms, patterns and codes. */
class VerbDictionaryParserTest {
    private static final String VERBS = """
            <!-- a test dictionary -->
            &COIN
            +CROWNS
            +GOLD_MARKS
            &GIFTS     # members may name other synsets
            +&COIN
            +GRAIN

            --- PLEDGE  [050] ---
            PLEDGE    # regular forms are made
            - * &GIFTS  [071]
            - NOT_* [013]
            - + WAS * BY $ [###]

            --- DEPART  [032:033] ---
            DEPART
            LEAVE_FOR {+LEFT_FOR}
            FLEE [035]

            --- FALL [---] ---
            +FALL_OUT {+FELL_OUT +FALLEN_OUT}
            COLD_+SHOULDER
            """;

    private static VerbDictionary dictionary() {
        return VerbDictionary.read("verbs", new StringReader(VERBS));
    }

    private static VerbForm form(VerbDictionary d, String... words) {
        return d.formsStartingWith(words[0]).stream().filter(f -> f.words().equals(List.of(words))).findFirst()
                .orElseThrow(() -> new AssertionError("no form " + List.of(words)));
    }

    @Test
    void synsetsAreExpandedToTheirMemberPhrasesThroughNestedSynsets() {
        VerbDictionary d = dictionary();
        assertThat(d.synset("COIN")).containsExactly(List.of("crowns"), List.of("gold", "marks"));
        assertThat(d.synset("GIFTS")).containsExactly(List.of("crowns"), List.of("gold", "marks"), List.of("grain"));
    }

    @Test
    void verbsGetTheirRegularAndListedFormsAndTheirCode() {
        VerbDictionary d = dictionary();
        assertThat(form(d, "pledged").code()).isEqualTo(new VerbCode("050", null));
        assertThat(form(d, "pledging").block().name()).isEqualTo("PLEDGE");
        assertThat(form(d, "departs").code()).isEqualTo(new VerbCode("032", "033"));
        assertThat(form(d, "left", "for").code()).isEqualTo(new VerbCode("032", "033"));
        assertThat(form(d, "leaving", "for").block().name()).isEqualTo("DEPART");
        assertThat(form(d, "flees").code()).isEqualTo(new VerbCode("035", null));
        assertThat(form(d, "fell", "out").code().codes()).isFalse();
        assertThat(form(d, "falls", "out").block().name()).isEqualTo("FALL");
        assertThat(form(d, "cold", "shouldered").block().name()).isEqualTo("FALL");
        assertThat(d.formsStartingWith("pledge").get(0).block().patterns()).hasSize(3);
    }

    @Test
    void patternsKeepTheirElementsOnEachSideOfTheVerbWithTheirJoints() {
        List<VerbPattern> patterns = form(dictionary(), "pledge").block().patterns();
        VerbPattern gifts = patterns.get(0);
        assertThat(gifts.before()).isEmpty();
        assertThat(gifts.after()).containsExactly(new Element(Element.Type.SYNSET, "GIFTS", false));
        assertThat(gifts.code()).isEqualTo(new VerbCode("071", null));
        assertThat(gifts.id()).isEqualTo("verbs:11");
        assertThat(patterns.get(1).before()).containsExactly(new Element(Element.Type.WORD, "not", true));
        VerbPattern passive = patterns.get(2);
        assertThat(passive.before()).containsExactly(new Element(Element.Type.WORD, "was", false),
                new Element(Element.Type.TARGET, "+", false));
        assertThat(passive.after()).containsExactly(new Element(Element.Type.WORD, "by", false),
                new Element(Element.Type.SOURCE, "$", false));
        assertThat(passive.code().codes()).as("[###] is a code, not a comment").isFalse();
    }

    @Test
    void mistakesStopTheLoadWithTheLine() {
        assertThatThrownBy(() -> VerbDictionary.read("v", new StringReader("--- GO [031] ---\nGO\n- * &NONE [032]\n")))
                .isInstanceOf(KnowledgeException.class).hasMessageContaining("v:3").hasMessageContaining("&NONE");
        assertThatThrownBy(() -> VerbDictionary.read("v", new StringReader("--- GO [031] ---\nGO\n- TO THERE [032]\n")))
                .hasMessageContaining("v:3").hasMessageContaining("*");
        assertThatThrownBy(() -> VerbDictionary.read("v", new StringReader("- * THERE [032]\n")))
                .hasMessageContaining("v:1").hasMessageContaining("outside");
    }
}
