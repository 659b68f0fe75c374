package org.attache.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.attache.link.story.SourceGroup;
import org.attache.link.story.Story;
import org.attache.model.Actor;
import org.attache.model.ActorMention;
import org.attache.model.Article;
import org.attache.model.Coding;
import org.attache.model.DateBasis;
import org.attache.model.DateInterval;
import org.attache.model.DateOrigin;
import org.attache.model.Document;
import org.attache.model.EventKind;
import org.attache.model.EventMention;
import org.attache.model.EventRecord;
import org.attache.model.MentionForm;
import org.attache.model.Provenance;
import org.attache.model.PublishedDate;
import org.attache.model.Quote;
import org.attache.model.Span;
import org.attache.model.TimeExpression;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link EventStore} must do. A store implementation's test extends this and says how to open it;
 * the same behaviours then hold for SQLite, PostgreSQL and whatever follows.
 */
abstract class EventStoreContract {
    private static final Actor PRK = Actor.state("PRK");
    private static final Actor KIM = new Actor("PRK", "Kim Jong Un", "leader");
    private static final Actor USA = Actor.state("USA");
    private static final Actor FRA_PM = new Actor("FRA", "Édouard Philippe", "prime minister");
    private static final Actor KOR = Actor.state("KOR");

    private EventStore store;

    /** Opens the store under test; every call in one test must open the same, initially empty, database. */
    protected abstract EventStore openStore();

    @BeforeEach
    void openFreshStore() {
        store = openStore();
    }

    @AfterEach
    void closeStore() {
        // Null when opening was skipped or failed; that outcome is the test's, not this one's.
        if (store != null) {
            store.close();
        }
    }

    @Test
    void articleRoundTripsWithAllFields() {
        Article full = new Article("a1", "https://example.org/a1", "Title", "Example News",
                PublishedDate.of(LocalDate.of(2021, 3, 23), DateOrigin.METADATA), "Line one.\nLine two — ü.",
                "Ana Ruiz", true, "es");
        Article bare = new Article("a2", null, null, null, PublishedDate.unknown(), "Text only.");

        store.saveArticle(full, List.of());
        store.saveArticle(bare, List.of());

        assertThat(store.article("a1")).contains(full);
        assertThat(store.article("a2")).contains(bare);
        assertThat(store.article("a3")).isEmpty();
        assertThat(store.articleCount()).isEqualTo(2);
    }

    @Test
    void hashLookupGivesTheStoredArticlesContentHash() {
        Article article = article("a1");
        store.saveArticle(article, List.of());

        assertThat(store.articleHash("a1")).contains(article.contentHash());
        assertThat(store.articleHash("missing")).isEmpty();
    }

    @Test
    void savingAnArticleAgainUpdatesItInPlace() {
        store.saveArticle(article("a1"), List.of());
        Article changed = new Article("a1", null, "New title", null, PublishedDate.unknown(), "Changed.");

        store.saveArticle(changed, List.of());

        assertThat(store.article("a1")).contains(changed);
        assertThat(store.articleHash("a1")).contains(changed.contentHash());
        assertThat(store.articleCount()).isEqualTo(1);
    }

    @Test
    void findsTheKeyOfAnArticleByItsUrl() {
        store.saveArticle(article("b"), List.of());
        store.saveArticle(new Article("a", "https://example.org/b", null, null, PublishedDate.unknown(), "Other."),
                List.of());
        store.saveArticle(new Article("c", null, null, null, PublishedDate.unknown(), "No URL."), List.of());

        assertThat(store.articleKeyByUrl("https://example.org/b")).contains("a");
        assertThat(store.articleKeyByUrl("https://example.org/c")).isEmpty();
    }

    @Test
    void findsTheKeyOfAnArticleByItsTextHashWhateverItsWhitespace() {
        store.saveArticle(new Article("a1", null, null, null, PublishedDate.unknown(), "One.\n\nTwo  words."),
                List.of());
        Article copy = new Article("copy", "https://example.org/copy", "Copy", null, PublishedDate.unknown(),
                " One.\r\nTwo words.\n");

        assertThat(store.articleKeyByTextHash(copy.textHash())).contains("a1");
        assertThat(store.articleKeyByTextHash(article("other").textHash())).isEmpty();
    }

    @Test
    void anUpdatedArticleIsFoundByItsNewTextOnly() {
        Article before = new Article("a1", null, null, null, PublishedDate.unknown(), "Before.");
        Article after = new Article("a1", null, null, null, PublishedDate.unknown(), "After.");
        store.saveArticle(before, List.of());

        store.saveArticle(after, List.of());

        assertThat(store.articleKeyByTextHash(before.textHash())).isEmpty();
        assertThat(store.articleKeyByTextHash(after.textHash())).contains("a1");
    }

    @Test
    void remembersIngestedSourceFilesByContentHash() {
        assertThat(store.hasSourceFile("f00d")).isFalse();

        store.recordSourceFile("f00d", "inbox/a.html");
        store.recordSourceFile("f00d", "inbox/a-again.html");

        assertThat(store.hasSourceFile("f00d")).isTrue();
        assertThat(store.hasSourceFile("beef")).isFalse();
        store.close();
        store = openStore();
        assertThat(store.hasSourceFile("f00d")).isTrue();
    }

    @Test
    void mentionsRoundTripWithAllFieldsInIdOrder() {
        EventMention full = new EventMention("m2", "a1", EventKind.MEETING, new Coding("CONSULT", "visit", "042"),
                List.of(KIM, PRK), List.of(FRA_PM), new DateInterval(LocalDate.of(2021, 3, 1),
                LocalDate.of(2021, 3, 31), DateBasis.RELATIVE), new Span(3, 40), 0.875, "m1",
                Provenance.of("events", "meet-verb"));
        EventMention sparse = new EventMention("m1", "a1", EventKind.STATEMENT, new Coding("ASSERT", null, null),
                List.of(USA), List.of(), DateInterval.unknown(), new Span(0, 2), 0.5, null,
                Provenance.of("events", null));

        store.saveArticle(article("a1"), List.of(full, sparse));

        assertThat(store.allMentions()).containsExactly(sparse, full);
    }

    @Test
    void savingAnArticleReplacesOnlyItsOwnMentions() {
        store.saveArticle(article("a1"), List.of(mention("m1", "a1"), mention("m2", "a1")));
        store.saveArticle(article("a2"), List.of(mention("m3", "a2")));

        store.saveArticle(article("a1"), List.of(mention("m4", "a1")));

        assertThat(store.allMentions()).extracting(EventMention::id).containsExactly("m3", "m4");
    }

    @Test
    void mentionsOfAnotherArticleAreRejected() {
        assertThatThrownBy(() -> store.saveArticle(article("a1"), List.of(mention("m1", "a2"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store.articleCount()).isZero();
    }

    @Test
    void aFailedSaveChangesNothing() {
        store.saveArticle(article("a1"), List.of(mention("m1", "a1")));
        Article changed = new Article("a1", null, null, null, PublishedDate.unknown(), "Changed.");

        assertThatThrownBy(() -> store.saveArticle(changed, List.of(mention("m2", "a1"), mention("m2", "a1"))))
                .isInstanceOf(StoreException.class);

        assertThat(store.article("a1")).contains(article("a1"));
        assertThat(store.allMentions()).extracting(EventMention::id).containsExactly("m1");
    }

    @Test
    void recordRoundTripsWithItsMentionsInOrder() {
        EventMention m1 = mention("m1", "a1");
        EventMention m2 = mention("m2", "a2");
        store.saveArticle(article("a1"), List.of(m1));
        store.saveArticle(article("a2"), List.of(m2));
        EventRecord record = new EventRecord("e1", EventKind.VISIT, new Coding("CONSULT", "visit", "042"),
                List.of(KIM), List.of(USA, KOR), DateInterval.day(LocalDate.of(2021, 3, 23), DateBasis.EXPLICIT),
                List.of(m2, m1), "e0");

        store.replaceRecords(List.of(record));

        assertThat(store.event("e1")).contains(record);
        assertThat(store.event("e2")).isEmpty();
    }

    @Test
    void replaceRecordsReplacesAllRecords() {
        EventMention m1 = mention("m1", "a1");
        EventMention m2 = mention("m2", "a1");
        store.saveArticle(article("a1"), List.of(m1, m2));
        store.replaceRecords(List.of(record("e1", m1), record("e2", m2)));

        EventRecord replacement = record("e3", m1, m2);
        store.replaceRecords(List.of(replacement));

        assertThat(store.events(EventQuery.all())).containsExactly(replacement);
        assertThat(store.event("e1")).isEmpty();
    }

    @Test
    void resavingAnArticleKeepsRecordsLinkedToMentionsWithTheSameIds() {
        EventMention mention = mention("m1", "a1");
        store.saveArticle(article("a1"), List.of(mention));
        store.replaceRecords(List.of(record("e1", mention)));

        store.saveArticle(article("a1"), List.of(mention));

        assertThat(store.event("e1").orElseThrow().mentions()).extracting(EventMention::id).containsExactly("m1");
    }

    @Test
    void everyRecordGetsItsOwnMentions() {
        List<EventMention> mentions = new ArrayList<>();
        List<EventRecord> records = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            EventMention a = mention("m%03da".formatted(i), "a1");
            EventMention b = mention("m%03db".formatted(i), "a1");
            mentions.addAll(List.of(a, b));
            records.add(new EventRecord("e%03d".formatted(i), EventKind.CALL, coding(), List.of(PRK), List.of(USA),
                    DateInterval.unknown(), List.of(b, a), null));
        }
        store.saveArticle(article("a1"), mentions);

        store.replaceRecords(records);

        assertThat(store.events(EventQuery.all())).containsExactlyElementsOf(records);
    }

    @Test
    void filtersByKind() {
        seedQueryRecords();

        assertThat(ids(new EventQuery(null, EventKind.MEETING, null, null))).containsExactly("march", "unknown");
        assertThat(ids(new EventQuery(null, EventKind.AID, null, null))).isEmpty();
    }

    @Test
    void filtersByCountryCodeOnEitherSideIgnoringCase() {
        seedQueryRecords();

        assertThat(ids(new EventQuery("prk", null, null, null))).containsExactly("march", "april", "unknown");
        assertThat(ids(new EventQuery("USA", null, null, null))).containsExactly("march");
        assertThat(ids(new EventQuery("kor", null, null, null))).containsExactly("april");
    }

    @Test
    void countryCodesMustMatchWhole() {
        seedQueryRecords();

        assertThat(ids(new EventQuery("PR", null, null, null))).isEmpty();
    }

    @Test
    void filtersByPartOfAPersonsNameIgnoringCase() {
        seedQueryRecords();

        assertThat(ids(new EventQuery("jong un", null, null, null))).containsExactly("april");
        assertThat(ids(new EventQuery("ÉDOUARD", null, null, null))).containsExactly("unknown");
        assertThat(ids(new EventQuery("putin", null, null, null))).isEmpty();
    }

    @Test
    void filtersByDateOverlap() {
        seedQueryRecords();

        assertThat(ids(new EventQuery(null, null, LocalDate.of(2021, 3, 31), LocalDate.of(2021, 4, 5))))
                .containsExactly("march");
        assertThat(ids(new EventQuery(null, null, LocalDate.of(2021, 4, 1), LocalDate.of(2021, 4, 10))))
                .containsExactly("april");
        assertThat(ids(new EventQuery(null, null, LocalDate.of(2021, 4, 11), null))).isEmpty();
    }

    @Test
    void unknownDatesAreExcludedByAnyDateBound() {
        seedQueryRecords();

        assertThat(ids(new EventQuery(null, null, LocalDate.of(2000, 1, 1), null))).containsExactly("march", "april");
        assertThat(ids(new EventQuery(null, null, null, LocalDate.of(2100, 1, 1)))).containsExactly("march", "april");
    }

    @Test
    void combinesFilters() {
        seedQueryRecords();

        assertThat(ids(new EventQuery("PRK", EventKind.MEETING, LocalDate.of(2021, 3, 1), null)))
                .containsExactly("march");
    }

    @Test
    void ordersByStartDateWithUnknownLastThenById() {
        store.saveArticle(article("a1"), List.of());
        store.replaceRecords(List.of(
                dated("z-unknown", null), dated("b-may", LocalDate.of(2021, 5, 1)),
                dated("a-unknown", null), dated("c-jan", LocalDate.of(2021, 1, 9)),
                dated("a-may", LocalDate.of(2021, 5, 1))));

        assertThat(ids(EventQuery.all())).containsExactly("c-jan", "a-may", "b-may", "a-unknown", "z-unknown");
    }

    @Test
    void reopeningKeepsEverything() {
        Article article = article("a1");
        EventMention mention = mention("m1", "a1");
        EventRecord record = record("e1", mention);
        store.saveArticle(article, List.of(mention));
        store.replaceRecords(List.of(record));

        store.close();
        store = openStore();

        assertThat(store.article("a1")).contains(article);
        assertThat(store.allMentions()).containsExactly(mention);
        assertThat(store.events(EventQuery.all())).containsExactly(record);
    }

    @Test
    void concurrentSavesLoseNothing() throws Exception {
        int threads = 4;
        int perThread = 50;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        String key = "t" + thread + "-" + i;
                        store.saveArticle(article(key), List.of(mention(key + "-m1", key), mention(key + "-m2", key)));
                        store.articleHash(key).orElseThrow();
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(store.articleCount()).isEqualTo(threads * perThread);
        assertThat(store.allMentions()).hasSize(threads * perThread * 2);
    }

    @Test
    void aDocumentIsStoredWithItsAnnotationsInTextOrder() {
        ActorMention kim = new ActorMention(new Span(0, 12), KIM, MentionForm.FULL_NAME,
                Provenance.of("actors", "people"));
        ActorMention usa = new ActorMention(new Span(20, 23), USA, MentionForm.STATE_NAME,
                Provenance.of("actors", null));
        TimeExpression monday = new TimeExpression(new Span(30, 39),
                DateInterval.day(LocalDate.of(2021, 3, 22), DateBasis.RELATIVE), false, Provenance.of("time", "weekday"));
        TimeExpression said = new TimeExpression(new Span(45, 51), DateInterval.unknown(), true,
                Provenance.of("time", null));
        Document document = Document.of(article("a1")).withActors(List.of(usa, kim)).withTimes(List.of(said, monday))
                .withEvents(List.of(mention("m1", "a1")));

        store.saveDocument(document);

        assertThat(store.article("a1")).contains(article("a1"));
        assertThat(store.allMentions()).containsExactly(mention("m1", "a1"));
        assertThat(store.annotations("a1")).isEqualTo(new ArticleAnnotations(List.of(kim, usa), List.of(monday, said)));
        assertThat(store.annotations("missing")).isEqualTo(ArticleAnnotations.none());
    }

    @Test
    void storiesRoundTripWithTheirSourcesMostArticlesFirstAndPaged() {
        Story small = new Story("story-b", List.of("x1"), List.of(new SourceGroup("source-x1", List.of("x1"))));
        Story big = new Story("story-c", List.of("a1", "a2", "a3"), List.of(
                new SourceGroup("source-a1", List.of("a1", "a3")), new SourceGroup("source-a2", List.of("a2"))));
        Story other = new Story("story-a", List.of("y1"), List.of(new SourceGroup("source-y1", List.of("y1"))));

        store.replaceStories(List.of(small, big, other));

        assertThat(store.stories(0, 10)).isEqualTo(new Page<>(List.of(big, other, small), 3));
        assertThat(store.stories(1, 1)).isEqualTo(new Page<>(List.of(other), 3));
        assertThat(store.stories(0, 10).items().get(0).independentSources()).isEqualTo(2);
        store.replaceStories(List.of(small));
        assertThat(store.stories(0, 10)).isEqualTo(new Page<>(List.of(small), 1));
    }

    @Test
    void aMentionDatedByLinkingAndTheRecordsSourcesRoundTrip() {
        EventMention dated = mention("m1", "a1");
        EventMention undated = new EventMention("m2", "a2", EventKind.CALL, coding(), List.of(PRK), List.of(USA),
                DateInterval.unknown(), new Span(0, 4), 0.7, null, Provenance.of("events", "call-verb"));
        store.saveArticle(article("a1"), List.of(dated));
        store.saveArticle(article("a2"), List.of(undated));
        DateInterval day = DateInterval.day(LocalDate.of(2021, 3, 22), DateBasis.EXPLICIT);
        EventRecord record = new EventRecord("e1", EventKind.CALL, coding(), List.of(PRK), List.of(USA), day,
                List.of(dated, undated.withDate(day.withBasis(DateBasis.LINKED))), null, 1);

        store.replaceRecords(List.of(record));

        assertThat(store.event("e1")).contains(record);
        assertThat(store.allMentions()).contains(undated);
    }

    @Test
    void leadTimesAreTheTimesNearTheStartOfEachArticle() {
        TimeExpression early = new TimeExpression(new Span(10, 16),
                DateInterval.day(LocalDate.of(2021, 3, 22), DateBasis.RELATIVE), false, Provenance.of("time", "w"));
        TimeExpression late = new TimeExpression(new Span(400, 406),
                DateInterval.day(LocalDate.of(2021, 3, 20), DateBasis.RELATIVE), false, Provenance.of("time", "w"));
        store.saveDocument(Document.of(article("a1")).withTimes(List.of(late, early)));
        store.saveDocument(Document.of(article("a2")).withTimes(List.of(late)));

        assertThat(store.leadTimes(300)).isEqualTo(Map.of("a1", List.of(early)));
    }

    @Test
    void savingAnArticleAgainDropsItsAnnotations() {
        ActorMention usa = new ActorMention(new Span(0, 3), USA, MentionForm.STATE_NAME, Provenance.of("actors", null));
        store.saveDocument(Document.of(article("a1")).withActors(List.of(usa)));
        store.saveDocument(Document.of(article("a2")).withActors(List.of(usa)));

        store.saveArticle(article("a1"), List.of());

        assertThat(store.annotations("a1")).isEqualTo(ArticleAnnotations.none());
        assertThat(store.annotations("a2").actors()).containsExactly(usa);
    }

    @Test
    void quotesRoundTripWithAllFieldsByArticleAndByEvent() {
        Quote direct = quote("q1", "a1", 10, new Actor("PRK", "Kim Jong Un", "leader"), true, "m1");
        Quote unresolved = quote("q2", "a1", 2, null, false, null);
        Quote other = quote("q3", "a2", 0, USA, false, "m2");
        store.saveDocument(Document.of(article("a1")).withEvents(List.of(mention("m1", "a1")))
                .withQuotes(List.of(direct, unresolved)));
        store.saveDocument(Document.of(article("a2")).withEvents(List.of(mention("m2", "a2"))).withQuotes(List.of(other)));
        store.replaceRecords(List.of(record("r1", mention("m1", "a1")), record("r2", mention("m2", "a2"))));

        assertThat(store.quotes()).containsExactly(unresolved, direct, other);
        assertThat(store.quotesOfArticle("a1")).containsExactly(unresolved, direct);
        assertThat(store.quotesOfArticle("missing")).isEmpty();
        assertThat(store.quotesOfEvent("r1")).containsExactly(direct);
        assertThat(store.quotesOfEvent("r2")).containsExactly(other);
        assertThat(store.quotesOfEvent("missing")).isEmpty();
    }

    @Test
    void savingAnArticleAgainReplacesItsQuotes() {
        store.saveDocument(Document.of(article("a1")).withQuotes(List.of(quote("q1", "a1", 0, USA, true, null))));
        store.saveDocument(Document.of(article("a2")).withQuotes(List.of(quote("q2", "a2", 0, USA, true, null))));
        Quote again = quote("q3", "a1", 4, KOR, false, null);

        store.saveDocument(Document.of(article("a1")).withQuotes(List.of(again)));

        assertThat(store.quotesOfArticle("a1")).containsExactly(again);
        assertThat(store.quotesOfArticle("a2")).extracting(Quote::id).containsExactly("q2");
        store.saveArticle(article("a1"), List.of());
        assertThat(store.quotesOfArticle("a1")).isEmpty();
    }

    @Test
    void quotesOfAnotherArticleAreRejected() {
        Document document = Document.of(article("a1")).withQuotes(List.of(quote("q1", "a2", 0, USA, true, null)));
        assertThatThrownBy(() -> store.saveDocument(document)).isInstanceOf(IllegalArgumentException.class);
        assertThat(store.article("a1")).isEmpty();
    }

    @Test
    void articlesArePagedNewestFirstWithUnknownDatesLast() {
        store.saveArticle(new Article("old", null, null, null,
                PublishedDate.of(LocalDate.of(2019, 1, 1), DateOrigin.METADATA), "x"), List.of());
        store.saveArticle(new Article("undated", null, null, null, PublishedDate.unknown(), "x"), List.of());
        store.saveArticle(new Article("new-b", null, null, null,
                PublishedDate.of(LocalDate.of(2021, 1, 1), DateOrigin.URL), "x"), List.of());
        store.saveArticle(new Article("new-a", null, null, null,
                PublishedDate.of(LocalDate.of(2021, 1, 1), DateOrigin.URL), "x"), List.of());

        assertThat(store.articles(0, 10).items()).extracting(Article::key)
                .containsExactly("new-a", "new-b", "old", "undated");
        Page<Article> second = store.articles(1, 2);
        assertThat(second.items()).extracting(Article::key).containsExactly("new-b", "old");
        assertThat(second.total()).isEqualTo(4);
    }

    @Test
    void aPageOfRecordsKeepsTheListingOrderAndCountsAllMatches() {
        seedQueryRecords();

        Page<EventRecord> first = store.events(EventQuery.all(), 0, 2);
        Page<EventRecord> rest = store.events(EventQuery.all(), 2, 2);

        assertThat(first.items()).extracting(EventRecord::id).containsExactly("march", "april");
        assertThat(rest.items()).extracting(EventRecord::id).containsExactly("unknown");
        assertThat(first.total()).isEqualTo(3);
        assertThat(rest.total()).isEqualTo(3);
        assertThat(store.events(EventQuery.all().withActor("PRK"), 0, 0)).isEqualTo(new Page<EventRecord>(List.of(), 3));
        assertThat(store.events(EventQuery.all(), 5, 10).items()).isEmpty();
    }

    @Test
    void aPageCarriesTheRecordsWithTheirMentions() {
        EventMention m1 = mention("m1", "a1");
        EventMention m2 = mention("m2", "a1");
        store.saveArticle(article("a1"), List.of(m1, m2));
        EventRecord record = record("e1", m2, m1);
        store.replaceRecords(List.of(record));

        assertThat(store.events(EventQuery.all(), 0, 10).items()).containsExactly(record);
    }

    @Test
    void negativePagingIsRejected() {
        assertThatThrownBy(() -> store.events(EventQuery.all(), -1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.articles(0, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDyadMatchesActorsOnOppositeSidesInEitherDirection() {
        store.saveArticle(article("a1"), List.of());
        store.replaceRecords(List.of(
                between("kim-to-usa", List.of(KIM), List.of(USA)),
                between("usa-to-prk", List.of(USA), List.of(PRK)),
                between("prk-and-usa-together", List.of(PRK, USA), List.of()),
                between("prk-to-kor", List.of(PRK), List.of(KOR))));

        assertThat(ids(EventQuery.all().withDyad("prk", "USA"))).containsExactly("kim-to-usa", "usa-to-prk");
        assertThat(ids(EventQuery.all().withDyad("usa", "jong un"))).containsExactly("kim-to-usa");
        assertThat(ids(EventQuery.all().withDyad("KOR", "USA"))).isEmpty();
    }

    @Test
    void filtersByPloverTypeIgnoringCase() {
        store.saveArticle(article("a1"), List.of());
        store.replaceRecords(List.of(
                coded("talks", new Coding("CONSULT", null, "040")),
                coded("threat", new Coding("THREATEN", null, "130")),
                coded("uncoded", new Coding(null, null, null))));

        assertThat(ids(EventQuery.all().withPloverType("threaten"))).containsExactly("threat");
        assertThat(ids(EventQuery.all().withPloverType(" "))).containsExactly("talks", "threat", "uncoded");
    }

    @Test
    void filtersByTextOfTheEvidenceIgnoringCase() {
        // The emoji is two UTF-16 units: evidence offsets count them as Java does.
        Article article = new Article("a1", null, null, null, PublishedDate.unknown(),
                "\uD83D\uDE00 Kim Wrote a letter. Trump replied at once.");
        EventMention letter = new EventMention("m1", "a1", EventKind.MESSAGE, coding(), List.of(KIM), List.of(USA),
                DateInterval.unknown(), new Span(3, 22), 0.9, null, Provenance.of("events", "letter"));
        EventMention reply = new EventMention("m2", "a1", EventKind.MESSAGE, coding(), List.of(USA), List.of(KIM),
                DateInterval.unknown(), new Span(23, 45), 0.9, null, Provenance.of("events", "reply"));
        store.saveArticle(article, List.of(letter, reply));
        store.replaceRecords(List.of(record("letter", letter), record("reply", reply)));

        assertThat(ids(EventQuery.all().withText("kim wrote"))).containsExactly("letter");
        assertThat(ids(EventQuery.all().withText("REPLIED AT ONCE."))).containsExactly("reply");
        assertThat(ids(EventQuery.all().withText("letter. Trump"))).isEmpty();
    }

    @Test
    void filtersByArticleAndByTheRecordAnswered() {
        EventMention m1 = mention("m1", "a1");
        EventMention m2 = mention("m2", "a2");
        EventMention m3 = mention("m3", "a2");
        store.saveArticle(article("a1"), List.of(m1));
        store.saveArticle(article("a2"), List.of(m2, m3));
        EventRecord answer = new EventRecord("answer", EventKind.MESSAGE, coding(), List.of(USA), List.of(PRK),
                DateInterval.unknown(), List.of(m3), "first");
        store.replaceRecords(List.of(record("first", m1, m2), answer));

        assertThat(ids(EventQuery.all().withArticle("a2"))).containsExactly("first", "answer");
        assertThat(ids(EventQuery.all().withArticle("a1"))).containsExactly("first");
        assertThat(ids(EventQuery.all().withInReplyTo("first"))).containsExactly("answer");
    }

    @Test
    void aCounterpartNeedsAnActor() {
        assertThatThrownBy(() -> new EventQuery(null, "USA", null, null, null, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void timelineCountsDatedRecordsByPeriodKindAndType() {
        store.saveArticle(article("a1"), List.of());
        store.replaceRecords(List.of(
                onDay("mon", EventKind.MEETING, "CONSULT", LocalDate.of(2021, 3, 1)),
                onDay("sun", EventKind.MEETING, "CONSULT", LocalDate.of(2021, 3, 7)),
                onDay("next-mon", EventKind.THREAT, "THREATEN", LocalDate.of(2021, 3, 8)),
                onDay("april", EventKind.MEETING, "CONSULT", LocalDate.of(2021, 4, 2)),
                onDay("uncoded", EventKind.OTHER, null, LocalDate.of(2021, 4, 2)),
                onDay("undated", EventKind.MEETING, "CONSULT", null)));

        assertThat(store.timeline(EventQuery.all(), Granularity.WEEK)).containsExactly(
                new TimelineCount(LocalDate.of(2021, 3, 1), EventKind.MEETING, "CONSULT", 2),
                new TimelineCount(LocalDate.of(2021, 3, 8), EventKind.THREAT, "THREATEN", 1),
                new TimelineCount(LocalDate.of(2021, 3, 29), EventKind.MEETING, "CONSULT", 1),
                new TimelineCount(LocalDate.of(2021, 3, 29), EventKind.OTHER, null, 1));
        assertThat(store.timeline(EventQuery.all(), Granularity.MONTH)).containsExactly(
                new TimelineCount(LocalDate.of(2021, 3, 1), EventKind.MEETING, "CONSULT", 2),
                new TimelineCount(LocalDate.of(2021, 3, 1), EventKind.THREAT, "THREATEN", 1),
                new TimelineCount(LocalDate.of(2021, 4, 1), EventKind.MEETING, "CONSULT", 1),
                new TimelineCount(LocalDate.of(2021, 4, 1), EventKind.OTHER, null, 1));
        assertThat(store.timeline(EventQuery.all().withKind(EventKind.MEETING), Granularity.DAY)).extracting(
                TimelineCount::period).containsExactly(LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 7),
                LocalDate.of(2021, 4, 2));
    }

    @Test
    void weeksStartOnMondayAcrossYearEnds() {
        assertThat(Granularity.WEEK.periodOf(LocalDate.of(2021, 1, 2))).isEqualTo(LocalDate.of(2020, 12, 28));
        store.saveArticle(article("a1"), List.of());
        store.replaceRecords(List.of(onDay("sat", EventKind.CALL, "CONSULT", LocalDate.of(2021, 1, 2))));

        assertThat(store.timeline(EventQuery.all(), Granularity.WEEK)).extracting(TimelineCount::period)
                .containsExactly(LocalDate.of(2020, 12, 28));
    }

    @Test
    void actorsAreCountedByCountryAndByPerson() {
        seedQueryRecords();

        assertThat(store.actors(EventQuery.all(), 10)).containsExactly(
                new ActorCount("PRK", null, 3),
                new ActorCount("FRA", null, 1),
                new ActorCount("FRA", "Édouard Philippe", 1),
                new ActorCount("KOR", null, 1),
                new ActorCount("PRK", "Kim Jong Un", 1),
                new ActorCount("USA", null, 1));
        assertThat(store.actors(EventQuery.all().withKind(EventKind.VISIT), 2)).containsExactly(
                new ActorCount("KOR", null, 1), new ActorCount("PRK", null, 1));
    }

    /** Records for the query tests: a March meeting, an April visit, and a meeting of unknown date. */
    private void seedQueryRecords() {
        store.saveArticle(article("a1"), List.of());
        store.replaceRecords(List.of(
                new EventRecord("march", EventKind.MEETING, coding(), List.of(PRK), List.of(USA),
                        new DateInterval(LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 31), DateBasis.EXPLICIT),
                        List.of(), null),
                new EventRecord("april", EventKind.VISIT, coding(), List.of(KOR), List.of(KIM),
                        DateInterval.day(LocalDate.of(2021, 4, 10), DateBasis.EXPLICIT), List.of(), null),
                new EventRecord("unknown", EventKind.MEETING, coding(), List.of(FRA_PM), List.of(PRK),
                        DateInterval.unknown(), List.of(), null)));
    }

    private List<String> ids(EventQuery query) {
        return store.events(query).stream().map(EventRecord::id).toList();
    }

    private static Article article(String key) {
        return new Article(key, "https://example.org/" + key, "Title " + key, "Example",
                PublishedDate.of(LocalDate.of(2021, 3, 23), DateOrigin.METADATA), "Text of " + key + ".");
    }

    private static EventMention mention(String id, String articleKey) {
        return new EventMention(id, articleKey, EventKind.CALL, coding(), List.of(PRK), List.of(USA),
                DateInterval.day(LocalDate.of(2021, 3, 22), DateBasis.EXPLICIT), new Span(0, 4), 0.9, null,
                Provenance.of("events", "call-verb"));
    }

    private static Quote quote(String id, String articleKey, int start, Actor speaker, boolean direct, String mentionId) {
        return new Quote(id, articleKey, new Span(start, start + 4), "Text", speaker, direct, "said — ü", mentionId,
                Provenance.of("quotes", direct ? "direct-speaker-cue" : null));
    }

    private static EventRecord record(String id, EventMention... mentions) {
        return new EventRecord(id, EventKind.CALL, coding(), List.of(PRK), List.of(USA),
                DateInterval.day(LocalDate.of(2021, 3, 22), DateBasis.LINKED), List.of(mentions), null);
    }

    private static EventRecord dated(String id, LocalDate day) {
        DateInterval date = day == null ? DateInterval.unknown() : DateInterval.day(day, DateBasis.EXPLICIT);
        return new EventRecord(id, EventKind.STATEMENT, coding(), List.of(PRK), List.of(), date, List.of(), null);
    }

    private static EventRecord between(String id, List<Actor> source, List<Actor> target) {
        return new EventRecord(id, EventKind.MEETING, coding(), source, target, DateInterval.unknown(), List.of(), null);
    }

    private static EventRecord coded(String id, Coding coding) {
        return new EventRecord(id, EventKind.STATEMENT, coding, List.of(PRK), List.of(), DateInterval.unknown(),
                List.of(), null);
    }

    private static EventRecord onDay(String id, EventKind kind, String ploverType, LocalDate day) {
        DateInterval date = day == null ? DateInterval.unknown() : DateInterval.day(day, DateBasis.EXPLICIT);
        return new EventRecord(id, kind, new Coding(ploverType, null, null), List.of(PRK), List.of(USA), date,
                List.of(), null);
    }

    private static Coding coding() {
        return new Coding("CONSULT", null, "040");
    }
}
