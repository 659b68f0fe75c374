package org.attache.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.attache.model.Actor;
import org.attache.model.Article;
import org.attache.model.Coding;
import org.attache.model.DateBasis;
import org.attache.model.DateInterval;
import org.attache.model.DateOrigin;
import org.attache.model.EventKind;
import org.attache.model.EventMention;
import org.attache.model.EventRecord;
import org.attache.model.Provenance;
import org.attache.model.PublishedDate;
import org.attache.model.Span;
import org.attache.store.EventStore;
import org.attache.store.SqliteEventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexTest {
    private static final String VISIT_TEXT = "Padding words before. The Ruritanian envoy visited Zenda on Monday "
            + "and met Élodie Marchand for talks on the border.";

    @TempDir
    Path dir;

    private EventStore store;
    private SearchIndex index;

    @BeforeEach
    void open() {
        store = SqliteEventStore.open(dir.resolve("attache.db"));
        index = SearchIndex.open(SearchIndex.beside(dir.resolve("attache.db")));
    }

    @AfterEach
    void close() {
        index.close();
        store.close();
    }

    @Test
    void theIndexLivesBesideTheStoreFile() {
        assertThat(SearchIndex.beside(dir.resolve("x/attache.db"))).isEqualTo(dir.resolve("x/attache.db.lucene"));
    }

    @Test
    void theIndexOfAPostgresqlStoreIsNamedAfterItsDatabase() {
        assertThat(SearchIndex.forStore(dir.resolve("x/attache.db").toString()))
                .isEqualTo(dir.resolve("x/attache.db.lucene"));
        assertThat(SearchIndex.forStore("postgresql://u:p@localhost/events"))
                .isEqualTo(Path.of(".attache", "lucene-events").toAbsolutePath());
    }

    @Test
    void findsArticlesByStemmedCaseAndAccentFoldedWords() {
        storeVisit();
        index.rebuild(store);

        SearchResults results = index.search("VISITS elodie", SearchHit.Type.ARTICLE, 10);

        assertThat(results.total()).isEqualTo(1);
        SearchHit hit = results.hits().get(0);
        assertThat(hit.id()).isEqualTo("visit-1");
        assertThat(hit.title()).isEqualTo("Envoy in Zenda");
        assertThat(hit.matches()).extracting(m -> m.of(hit.snippet())).containsExactly("visited", "Élodie");
    }

    @Test
    void aNewIndexIsEmptyUntilBuilt() {
        assertThat(index.isEmpty()).isTrue();
        storeVisit();
        index.rebuild(store);

        assertThat(index.isEmpty()).isFalse();
    }

    @Test
    void everyWordMustMatch() {
        storeVisit();
        index.rebuild(store);

        assertThat(index.search("zenda sanctions", null, 10).total()).isZero();
    }

    @Test
    void findsRecordsByEvidenceActorsAndKind() {
        storeVisit();
        index.rebuild(store);

        SearchResults byEvidence = index.search("border talks", SearchHit.Type.EVENT, 10);
        assertThat(byEvidence.hits()).extracting(SearchHit::id).containsExactly("e-visit");
        assertThat(byEvidence.hits().get(0).title()).isEqualTo("visit: RUR \u2192 ZND, 2021-03-22");
        assertThat(index.search("ZND visit", SearchHit.Type.EVENT, 10).total()).isEqualTo(1);
        assertThat(index.search("zenda", null, 10).hits()).extracting(SearchHit::type)
                .containsExactlyInAnyOrder(SearchHit.Type.ARTICLE, SearchHit.Type.EVENT);
    }

    @Test
    void updateFollowsChangedArticlesAndRelinkedRecords() {
        storeVisit();
        index.rebuild(store);
        store.saveArticle(new Article("visit-1", null, "Envoy recalled", null, PublishedDate.unknown(),
                "The envoy was recalled from Zenda."), List.of());
        store.replaceRecords(List.of());

        index.update(store, List.of("visit-1", "never-stored"));

        assertThat(index.search("recalled", null, 10).hits()).extracting(SearchHit::id).containsExactly("visit-1");
        assertThat(index.search("border", null, 10).total()).isZero();
    }

    @Test
    void anotherIndexOnTheSameFolderSeesCommittedUpdates() {
        try (SearchIndex other = SearchIndex.open(SearchIndex.beside(dir.resolve("attache.db")))) {
            assertThat(other.search("zenda", null, 10).total()).isZero();
            storeVisit();
            index.rebuild(store);

            assertThat(other.search("zenda", null, 10).total()).isEqualTo(2);
        }
    }

    @Test
    void aQueryWithoutWordsIsRejected() {
        assertThatThrownBy(() -> index.search("the of ...", null, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> index.search("zenda", null, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private void storeVisit() {
        Article article = new Article("visit-1", "https://example.org/v", "Envoy in Zenda", "Example",
                PublishedDate.of(LocalDate.of(2021, 3, 23), DateOrigin.METADATA), VISIT_TEXT);
        int start = VISIT_TEXT.indexOf("The Ruritanian");
        EventMention mention = new EventMention("m1", "visit-1", EventKind.VISIT, new Coding("CONSULT", "visit", "042"),
                List.of(Actor.state("RUR")), List.of(Actor.state("ZND")),
                DateInterval.day(LocalDate.of(2021, 3, 22), DateBasis.RELATIVE), new Span(start, VISIT_TEXT.length()),
                0.9, null, Provenance.of("events", "visit"));
        store.saveArticle(article, List.of(mention));
        store.replaceRecords(List.of(new EventRecord("e-visit", EventKind.VISIT, mention.coding(), mention.source(),
                mention.target(), mention.date(), List.of(mention), null)));
    }
}
