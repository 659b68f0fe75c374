package org.attache.actors.petrarch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import org.attache.knowledge.KnowledgeException;
import org.junit.jupiter.api.Test;

class ActorDictionaryTest {
    private static final String TEXT = """
            <!-- A test dictionary: the names are made up.
            # more comment inside the block -->
            NORLAND [NRL]  # a trailing comment
            +NORLANDIC
            +THE_NORTHERN_REALM
            <! -- TABARI's looser comment -->

            OLD_CAPITAL_ [NRLGOV]
            QUEEN MAREN    # several codes, dated
            \t[NRLGOV 19900101-19991231]
            \t[NRLREB >000101]
            \t[NRLCIV <891231]
            #\t[NRLXXX 19950101-19960101]  a commented-out code line
            \t[NRL]
            FERRY_GUILD
            \t[NRLBUS <20100315]
            VALE_TOWNS [VAL/DAL]
            SOUTHLANDER [sth]
            QUIET_WATCHER [---]
            """;

    private static ActorDictionary dictionary() {
        return ActorDictionary.parse("test", new StringReader(TEXT));
    }

    @Test
    void phrasesAndSynonymsAreStoredInCapitalsWithUnderscoresAsSpaces() {
        ActorDictionary d = dictionary();
        assertThat(d.phrases()).containsExactlyInAnyOrder("NORLAND", "NORLANDIC", "THE NORTHERN REALM",
                "OLD CAPITAL", "QUEEN MAREN", "FERRY GUILD", "VALE TOWNS", "SOUTHLANDER", "QUIET WATCHER");
        assertThat(d.codes("NORLANDIC")).isEqualTo(d.codes("NORLAND"))
                .containsExactly(new DatedCode("NRL", null, null));
        assertThat(d.codes("SOUTHLANDER")).extracting(DatedCode::code).containsExactly("STH");
    }

    @Test
    void dateRestrictionsReadBothDateFormsInclusively() {
        assertThat(dictionary().codes("QUEEN MAREN")).containsExactly(
                new DatedCode("NRLGOV", LocalDate.of(1990, 1, 1), LocalDate.of(1999, 12, 31)),
                new DatedCode("NRLREB", LocalDate.of(2000, 1, 1), null),
                new DatedCode("NRLCIV", null, LocalDate.of(1989, 12, 31)),
                new DatedCode("NRL", null, null));
    }

    @Test
    void theCodeOnADayIsTheRestrictedOneCoveringItElseTheDefault() {
        ActorDictionary d = dictionary();
        assertThat(d.codeOn("QUEEN MAREN", LocalDate.of(1989, 12, 31))).contains("NRLCIV");
        assertThat(d.codeOn("QUEEN MAREN", LocalDate.of(1990, 1, 1))).contains("NRLGOV");
        assertThat(d.codeOn("QUEEN MAREN", LocalDate.of(1999, 12, 31))).contains("NRLGOV");
        assertThat(d.codeOn("QUEEN MAREN", LocalDate.of(2024, 5, 1))).contains("NRLREB");
        assertThat(d.codeOn("QUEEN MAREN", null)).contains("NRL");
    }

    @Test
    void anActorWhoseOnlyCodeHasEndedIsNotCoded() {
        ActorDictionary d = dictionary();
        assertThat(d.codeOn("FERRY GUILD", LocalDate.of(2010, 3, 15))).contains("NRLBUS");
        assertThat(d.codeOn("FERRY GUILD", LocalDate.of(2010, 3, 16))).isEmpty();
        assertThat(d.codeOn("NO SUCH PHRASE", LocalDate.of(2010, 3, 16))).isEmpty();
    }

    @Test
    void twoDigitYearsBefore31AreThisCentury() {
        ActorDictionary d = ActorDictionary.parse("t", new StringReader("A [AAA <300101]\nB [BBB >310101]\n"));
        assertThat(d.codes("A")).containsExactly(new DatedCode("AAA", null, LocalDate.of(2030, 1, 1)));
        assertThat(d.codes("B")).containsExactly(new DatedCode("BBB", LocalDate.of(1931, 1, 1), null));
    }

    @Test
    void codesNamingSeveralActorsOrNoneMapToThatManyActors() {
        assertThat(CameoCodes.actors(dictionary().codeOn("VALE TOWNS", null).orElseThrow()))
                .extracting(a -> a.country()).containsExactly("VAL", "DAL");
        assertThat(CameoCodes.actors(dictionary().codeOn("QUIET WATCHER", null).orElseThrow())).isEmpty();
    }

    @Test
    void theCountryIsTheFirstThreeLettersAndTheSectorsAreTheRole() {
        assertThat(CameoCodes.actors("NRLGOVMED")).singleElement().satisfies(a -> {
            assertThat(a.country()).isEqualTo("NRL");
            assertThat(a.role()).isEqualTo("GOVMED");
            assertThat(a.person()).isNull();
        });
        assertThat(CameoCodes.actors("NRL")).singleElement().satisfies(a -> assertThat(a.role()).isNull());
    }

    @Test
    void mistakesAreReportedWithTheirLine() {
        assertThatThrownBy(() -> ActorDictionary.parse("bad.txt", new StringReader("A [AAA]\nB\nC [CCC]\n")))
                .isInstanceOf(KnowledgeException.class).hasMessageContaining("bad.txt:2").hasMessageContaining("no code");
        assertThatThrownBy(() -> ActorDictionary.parse("bad.txt", new StringReader("A\n [950601-990815]\n")))
                .isInstanceOf(KnowledgeException.class).hasMessageContaining("bad.txt:2");
        assertThatThrownBy(() -> ActorDictionary.parse("bad.txt", new StringReader("A [AAA <951301]\n")))
                .isInstanceOf(KnowledgeException.class).hasMessageContaining("not a date");
        assertThatThrownBy(() -> ActorDictionary.parse("bad.txt", new StringReader("+ORPHAN\n")))
                .isInstanceOf(KnowledgeException.class).hasMessageContaining("bad.txt:1");
    }
}
