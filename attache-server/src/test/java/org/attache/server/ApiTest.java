package org.attache.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The JSON API over a store filled through the real pipeline with {@link Corpus}. */
class ApiTest {
    @TempDir
    static Path dir;

    private static ServerFixture fixture;

    @BeforeAll
    static void start() {
        fixture = new ServerFixture(dir);
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void listsAllRecordsByDateWithTheirCountsAndEvidence() {
        JsonNode page = ok("/api/events");

        assertThat(page.get("total").asInt()).isEqualTo(6);
        // "Xi visited Pyongyang … and held talks with Kim": the talks are read by the deep pass.
        assertThat(texts(page.get("events"), "kind"))
                .containsExactly("military_test", "accusation", "visit", "meeting", "message", "meeting");
        JsonNode visit = page.get("events").get(2);
        assertThat(visit.at("/source/0/name").asText()).isEqualTo("Xi Jinping");
        assertThat(visit.at("/target/0/country").asText()).isEqualTo("PRK");
        assertThat(visit.at("/date/start").asText()).isEqualTo("2019-06-20");
        assertThat(visit.at("/plover/type").asText()).isEqualTo("CONSULT");
        assertThat(visit.get("stance").asText()).isEqualTo("cooperation");
        assertThat(visit.get("articles").asInt()).isEqualTo(1);
        assertThat(visit.get("sources").asInt()).isEqualTo(1);
        assertThat(visit.get("evidence").asText()).startsWith("Chinese President Xi Jinping visited Pyongyang");
    }

    @Test
    void pagesWithOffsetAndLimitKeepingTheTotal() {
        JsonNode page = ok("/api/events?offset=1&limit=2");

        assertThat(page.get("total").asInt()).isEqualTo(6);
        assertThat(texts(page.get("events"), "kind")).containsExactly("accusation", "visit");
        assertThat(ok("/api/events?limit=0").get("events")).isEmpty();
    }

    @Test
    void filtersByDyadInEitherOrderKindPloverTypeDatesAndText() {
        assertThat(texts(ok("/api/events?dyad=PRK,CHN").get("events"), "kind"))
                .containsExactly("visit", "meeting", "message");
        assertThat(texts(ok("/api/events?dyad=chn,%20prk").get("events"), "kind"))
                .containsExactly("visit", "meeting", "message");
        assertThat(texts(ok("/api/events?actor=moon").get("events"), "kind")).containsExactly("meeting");
        assertThat(texts(ok("/api/events?kind=visit").get("events"), "kind")).containsExactly("visit");
        assertThat(texts(ok("/api/events?plover=accuse").get("events"), "kind")).containsExactly("accusation");
        assertThat(texts(ok("/api/events?from=2019-01-01&to=2019-06-30").get("events"), "kind"))
                .containsExactly("visit", "meeting", "message");
        assertThat(texts(ok("/api/events?text=BALLISTIC").get("events"), "kind")).containsExactly("military_test");
    }

    @Test
    void oneEventHasItsMentionsWithEvidenceSlicedFromTheArticle() {
        String id = ok("/api/events?kind=visit").at("/events/0/id").asText();

        JsonNode answer = ok("/api/events/" + id);

        assertThat(answer.at("/event/id").asText()).isEqualTo(id);
        JsonNode mention = answer.at("/mentions/0");
        assertThat(mention.at("/article/key").asText()).isEqualTo("xi-visit");
        assertThat(mention.at("/article/title").asText()).isEqualTo("Xi in Pyongyang");
        String text = ok("/api/article?key=xi-visit").get("text").asText();
        assertThat(mention.at("/evidence/text").asText()).isEqualTo(
                text.substring(mention.at("/evidence/start").asInt(), mention.at("/evidence/end").asInt()));
        JsonNode quote = answer.at("/quotes/0");
        assertThat(answer.get("quotes")).hasSize(1);
        assertThat(quote.get("text").asText()).isEqualTo("The friendship between our countries will last");
        assertThat(quote.get("text").asText()).isEqualTo(
                text.substring(quote.get("start").asInt(), quote.get("end").asInt()));
        assertThat(quote.at("/speaker/name").asText()).isEqualTo("Xi Jinping");
        assertThat(quote.get("direct").asBoolean()).isTrue();
        assertThat(quote.get("event").asText()).isEqualTo(id);
        assertThat(ok("/api/article?key=xi-visit").at("/quotes/0/id")).isEqualTo(quote.get("id"));
        assertThat(ok("/api/article?key=kim-letter").get("quotes")).isEmpty();
        assertThat(answer.get("replies").isArray()).isTrue();
        assertThat(answer.get("in_reply_to").isNull()).isTrue();
    }

    @Test
    void anArticleCarriesItsTextVerbatimEvenWhenItHoldsMarkup() {
        JsonNode article = ok("/api/article?key=" + Corpus.SCRIPT_KEY);

        String text = article.get("text").asText();
        assertThat(text).startsWith(Corpus.SCRIPT + Corpus.IMG);
        assertThat(article.get("title").asText()).isEqualTo(Corpus.SCRIPT + "Summit in Beijing");
        assertThat(slices(text, article.get("actors"))).anyMatch(a -> a.endsWith("Xi Jinping"))
                .anyMatch(a -> a.endsWith("Moon Jae-in"));
        assertThat(slices(text, article.get("times"))).contains("December 23, 2019");
        JsonNode meeting = article.at("/events/0");
        assertThat(meeting.get("kind").asText()).isEqualTo("meeting");
        assertThat(slices(text, meeting.get("spans"))).singleElement().asString().contains("met South Korean President");
    }

    @Test
    void articlesAreListedNewestFirst() {
        JsonNode page = ok("/api/articles?limit=2");

        assertThat(page.get("total").asInt()).isEqualTo(4);
        assertThat(texts(page.get("articles"), "key")).containsExactly(Corpus.SCRIPT_KEY, "kim-letter");
        assertThat(page.at("/articles/1/published/date").asText()).isEqualTo("2019-06-28");
    }

    @Test
    void actorsAreCountedForTheMatchingRecords() {
        JsonNode all = ok("/api/actors").get("actors");
        assertThat(all.get(0).get("country").asText()).isEqualTo("PRK");
        assertThat(all.get(0).get("name").isNull()).isTrue();
        assertThat(all.get(0).get("events").asInt()).isEqualTo(5);

        List<String> withMoon = new ArrayList<>();
        ok("/api/actors?actor=moon").get("actors").forEach(a -> withMoon.add(a.get("country").asText() + "/"
                + a.get("name").asText()));
        assertThat(withMoon).containsExactly("CHN/null", "CHN/Xi Jinping", "KOR/null", "KOR/Moon Jae-in");
    }

    @Test
    void timelineCountsCooperationAndConflictPerPeriod() {
        JsonNode months = ok("/api/timeline?actor=PRK");
        assertThat(months.get("by").asText()).isEqualTo("month");
        assertThat(texts(months.get("periods"), "period")).containsExactly("2017-11-01", "2019-06-01");
        JsonNode november = months.at("/periods/0");
        assertThat(november.get("conflict").asInt()).isEqualTo(2);
        assertThat(november.get("cooperation").asInt()).isZero();
        assertThat(november.at("/kinds/military_test").asInt()).isEqualTo(1);

        JsonNode weeks = ok("/api/timeline?dyad=PRK,CHN&by=week");
        assertThat(texts(weeks.get("periods"), "period")).containsExactly("2019-06-17", "2019-06-24");
        assertThat(weeks.at("/periods/0/cooperation").asInt()).isEqualTo(2);
        assertThat(texts(ok("/api/timeline?kind=meeting&by=day").get("periods"), "period"))
                .containsExactly("2019-06-20", "2019-12-23");
    }

    @Test
    void searchFindsArticlesAndEventsWithMatchesInTheSnippet() {
        JsonNode answer = ok("/api/search?q=letters");

        assertThat(answer.get("total").asInt()).isEqualTo(2);
        assertThat(texts(answer.get("hits"), "type")).containsExactlyInAnyOrder("article", "event");
        for (JsonNode hit : answer.get("hits")) {
            assertThat(slices(hit.get("snippet").asText(), hit.get("matches"))).allMatch(m -> m.equalsIgnoreCase("letter"));
        }
        JsonNode events = ok("/api/search?q=letter&type=event");
        assertThat(texts(events.get("hits"), "type")).containsExactly("event");
        assertThat(events.at("/hits/0/title").asText()).startsWith("message: PRK:Kim Jong Un");
    }

    @Test
    void storiesHoldEveryArticleOnceWithItsIndependentSources() {
        JsonNode page = ok("/api/stories?limit=1000");
        List<String> keys = new ArrayList<>();
        for (JsonNode story : page.get("stories")) {
            List<String> members = texts(story.get("articles"), "key");
            List<String> grouped = new ArrayList<>();
            story.get("sources").forEach(source -> source.get("articles").forEach(key -> grouped.add(key.asText())));
            assertThat(grouped).containsExactlyInAnyOrderElementsOf(members);
            assertThat(story.get("independent_sources").asInt()).isEqualTo(story.get("sources").size());
            keys.addAll(members);
        }
        assertThat(keys).doesNotHaveDuplicates().hasSize(ok("/api/articles").get("total").asInt());
        assertThat(page.get("total").asInt()).isEqualTo(page.get("stories").size()).isGreaterThan(1);
        assertThat(ok("/api/stories?offset=1&limit=1").get("stories")).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/events?kind=party", "/api/events?from=2019-13-01", "/api/events?limit=-1",
            "/api/events?limit=1001", "/api/events?offset=x", "/api/events?dyad=PRK",
            "/api/events?dyad=PRK,CHN&actor=USA", "/api/events?from=2019-02-01&to=2019-01-01",
            "/api/events?plover=CONSULT;DROP", "/api/timeline?by=year", "/api/search", "/api/search?q=the",
            "/api/search?q=kim&type=people", "/api/search?q=kim&limit=0", "/api/article", "/api/actors?limit=x"})
    void badParametersAreAJson400WithAMessage(String request) {
        ServerFixture.Answer answer = fixture.get(request);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/json");
        assertThat(answer.json().get("error").asText()).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/events/e0000000000000000", "/api/article?key=nothing-here", "/api/nothing"})
    void unknownIdsAreAJson404(String request) {
        ServerFixture.Answer answer = fixture.get(request);

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().get("error").asText()).containsAnyOf("no ", "not found");
    }

    @Test
    void theOpenApiDescriptionCoversEveryRoute() {
        JsonNode paths = ok("/openapi.json").get("paths");

        assertThat(paths.fieldNames()).toIterable().containsExactlyInAnyOrder("/api/events", "/api/events/{id}",
                "/api/articles", "/api/article", "/api/actors", "/api/timeline", "/api/search", "/api/stories");
    }

    @Test
    void pagesAndTheirAssetsAreServedUnderAStrictContentSecurityPolicy() {
        for (String page : List.of("/", "/event.html", "/article.html", "/articles.html", "/actor.html",
                "/search.html", "/app.js", "/style.css", "/webjars/uplot/1.6.30/dist/uPlot.iife.min.js")) {
            ServerFixture.Answer answer = fixture.get(page);
            assertThat(answer.status()).as(page).isEqualTo(200);
            assertThat(answer.contentSecurityPolicy()).as(page).contains("script-src 'self'")
                    .doesNotContain("unsafe-eval").doesNotContain("script-src 'self' 'unsafe-inline'");
        }
        assertThat(fixture.get("/").contentType()).startsWith("text/html");
    }

    private static JsonNode ok(String request) {
        ServerFixture.Answer answer = fixture.get(request);
        assertThat(answer.status()).as(request + " -> " + answer.json()).isEqualTo(200);
        return answer.json();
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(item -> values.add(item.get(field).asText()));
        return values;
    }

    private static List<String> slices(String text, JsonNode spans) {
        List<String> values = new ArrayList<>();
        spans.forEach(s -> values.add(text.substring(s.get("start").asInt(), s.get("end").asInt())));
        return values;
    }
}
