package org.attache.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.attache.model.Article;
import org.attache.model.DateOrigin;
import org.attache.model.PublishedDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublishedDateDetectorTest {
    private final PublishedDateDetector detector = new PublishedDateDetector();

    @Test
    void keepsTheMetadataDateOverAnythingInTheText() {
        PublishedDate metadata = PublishedDate.of(LocalDate.of(2021, 3, 23), DateOrigin.METADATA);
        Article article = article("https://example.org/2019/06/21/talks", metadata,
                "Date: 2020-01-01\nSEOUL, Nov 2 (Reuters) - Talks resumed.");

        assertThat(detector.detect(article)).isEqualTo(metadata);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            date 2021-03-23\\nThe envoy left Seoul on Monday. | 2021-03-23 | TEXT_TAG
            Border talks\\nDate: 2021-03-23\\nThe envoy left Seoul on Monday. | 2021-03-23 | TEXT_TAG
            WASHINGTON, March 3, 2019 (AP) — The envoy met his counterpart. | 2019-03-03 | DATELINE
            Trade row deepens\\nLONDON, 14 May 2020 (Reuters) - Ministers met. | 2020-05-14 | DATELINE
            Published: 12 March 2021\\nThe navy held drills near the strait. | 2021-03-12 | PUBLISHED_LINE
            Updated 3 March 2021 10:02 GMT\\nThe minister resigned on Tuesday. | 2021-03-03 | PUBLISHED_LINE
            The minister resigned.\\nPublished on March 3, 2021 | 2021-03-03 | PUBLISHED_LINE
            Updated 3 hours ago\\nPublished: Wednesday 10 February 2021\\nTalks stalled. | 2021-02-10 | PUBLISHED_LINE
            """)
    void readsTheDateFromTheText(String text, LocalDate expected, DateOrigin origin) {
        Article article = article(null, PublishedDate.unknown(), text.replace("\\n", "\n"));

        assertThat(detector.detect(article)).isEqualTo(PublishedDate.of(expected, origin));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "https://news.example.com/world/2019/06/21/summit-ends/, 2019-06-21",
            "https://news.example.com/article/20190621/summit-ends, 2019-06-21",
            "https://news.example.com/summit-ends-2019-06-21-story.html, 2019-06-21",
            "https://news.example.com/a/20191399/2019/06/21/summit, 2019-06-21"})
    void readsTheDateFromTheUrl(String url, LocalDate expected) {
        Article article = article(url, PublishedDate.unknown(), "The summit ended without a statement.");

        assertThat(detector.detect(article)).isEqualTo(PublishedDate.of(expected, DateOrigin.URL));
    }

    @Test
    void aYearlessDatelineTakesItsYearFromTheUrl() {
        Article article = article("https://news.example.com/2017/11/02/missiles", PublishedDate.unknown(),
                "SEOUL, Nov 2 (Reuters) - North Korea said on Thursday it would not negotiate.");

        assertThat(detector.detect(article))
                .isEqualTo(PublishedDate.of(LocalDate.of(2017, 11, 2), DateOrigin.DATELINE));
    }

    @Test
    void aYearlessDatelineAcrossNewYearTakesTheYearClosestToItsSource() {
        Article article = article("https://news.example.com/2021/01/01/ceasefire", PublishedDate.unknown(),
                "BEIJING, Dec. 31 (Xinhua) -- The ceasefire held through the night.");

        assertThat(detector.detect(article))
                .isEqualTo(PublishedDate.of(LocalDate.of(2020, 12, 31), DateOrigin.DATELINE));
    }

    @Test
    void aYearlessDatelineWithNoYearElsewhereIsSkipped() {
        Article article = article("https://news.example.com/world/missiles", PublishedDate.unknown(),
                "BEIJING, Oct. 26 (Xinhua) -- The envoy arrived for talks.");

        assertThat(detector.detect(article)).isEqualTo(PublishedDate.unknown());
    }

    @Test
    void withNoDateAnywhereTheDateIsUnknownNotToday() {
        Article article = article("https://news.example.com/world/missiles", PublishedDate.unknown(),
                "Updated today\nThe envoy arrived yesterday for talks that began on Monday.");

        assertThat(detector.detect(article)).isEqualTo(PublishedDate.unknown());
    }

    private static Article article(String url, PublishedDate published, String text) {
        return new Article("key-1", url, "A title", "test", published, text);
    }
}
