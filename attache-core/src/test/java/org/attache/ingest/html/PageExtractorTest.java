package org.attache.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.attache.testing.Resources;
import org.junit.jupiter.api.Test;

class PageExtractorTest {
    private final PageExtractor extractor = new PageExtractor();

    @Test
    void aNewsPageGivesItsStoryAsParagraphsAndItsMetadata() {
        ExtractedPage page = extractor.page(Resources.text("ingest/html/news-site.html"), "");

        assertThat(page.text()).isEqualTo("""
                The foreign ministers of Norway and Chile signed an agreement in Oslo on Tuesday to share \
                scientific data on fish stocks in the southern oceans, ending two years of negotiations between \
                the two governments.

                Under the accord, research vessels from both countries will exchange survey results every \
                quarter, and a joint committee will meet once a year to review catch limits for species that \
                migrate between their waters.

                “This is a practical agreement between two fishing nations that depend on the same oceans,” the \
                Norwegian minister told reporters after the ceremony. Her Chilean counterpart said the deal would \
                help both countries argue for stronger conservation rules at international meetings.

                Years of talks

                Negotiators first met in Santiago in 2021, but the talks stalled over how much of each country's \
                commercial catch data would be made public. Officials said the final text leaves commercial \
                figures confidential while publishing the scientific surveys in full.

                The agreement still has to be approved by the parliaments of both countries before it takes \
                effect, which officials expect before the end of the year.""");
        assertThat(page.title()).isEqualTo("Norway and Chile sign fisheries accord in Oslo");
        assertThat(page.author()).isEqualTo("Ingrid Solberg");
        assertThat(page.published()).isEqualTo("2023-05-09T14:20:00+02:00");
        assertThat(page.canonicalUrl())
                .isEqualTo("https://harbourtimes.example.com/world/2023/05/09/norway-chile-fisheries-accord");
        assertThat(page.siteName()).isEqualTo("The Harbour Times");
    }

    @Test
    void theFurnitureAroundTheStoryIsLeftOut() {
        String text = extractor.page(Resources.text("ingest/html/news-site.html"), "").text();

        assertThat(text).doesNotContain("cookies", "Politics", "Home", "Share on", "Photograph", "Related",
                "Chile tightens fishing quotas", "Advertisement", "newsletter", "seafarer42", "krill question",
                "Most read", "Storm closes ports", "All rights reserved", "Nordic correspondent");
    }

    @Test
    void aBlogLayoutWithoutArticleTagsLosesCaptionsReadMoreListsAndComments() {
        ExtractedPage page = extractor.page(Resources.text("ingest/html/blog-layout.html"), "");

        assertThat(page.text()).startsWith("Kenya recalled its ambassador from a neighbouring capital on Friday")
                .endsWith("accusing patrols of seizing boats and nets.")
                .contains("\n\nThe ministry said the recall was meant to show the government's concern")
                .doesNotContain("border post", "Read more", "Border talks resume", "Dialogue", "Trending", "Posted on",
                        "Share this", "Leave a Reply", "WordPress", "uses cookies");
        assertThat(page.text().split("\n\n")).hasSize(4);
        assertThat(page.title()).isEqualTo("Kenya recalls ambassador after border clash");
        assertThat(page.author()).isEqualTo("Amani Otieno");
        assertThat(page.published()).isEqualTo("2022-10-14");
        assertThat(page.canonicalUrl()).isEqualTo("https://lakesidemonitor.example.net/news/kenya-recalls-ambassador");
    }

    @Test
    void lineBreaksBetweenUnmarkedParagraphsSeparateThem() {
        ExtractedPage page = extractor.page(Resources.text("ingest/html/wire-page.html"), "");

        assertThat(page.text().split("\n\n")).containsExactly(
                "BRASILIA, Aug 3 - Brazil and Argentina agreed on Tuesday to restart talks on tariffs within their "
                        + "customs union, the Brazilian foreign ministry said, after months of disagreement over how "
                        + "far to cut the common external tariff.",
                "The two economy ministers will meet in Buenos Aires next month to prepare a joint proposal for "
                        + "the other members of the bloc, the ministry said.",
                "Argentina's government has resisted deep tariff cuts, saying its manufacturers need time to "
                        + "adjust, while Brazil has pushed for a faster opening of the market.");
        assertThat(page.title()).isEqualTo("Brazil and Argentina agree to restart trade talks");
        assertThat(page.published()).isEqualTo("2021-08-03");
        assertThat(page.canonicalUrl()).isNull();
    }

    @Test
    void aPageWithoutAStoryHasNoText() {
        ExtractedPage page = extractor.page(Resources.text("ingest/html/no-main-text.html"), "");

        assertThat(page.text()).isEmpty();
        assertThat(page.title()).isEqualTo("Sign in - The Harbour Times");
    }

    @Test
    void aWrapperNamedLikeFurnitureKeepsTheStoryItHolds() {
        String html = """
                <html><body><div class="page-header-layout">
                <div class="menu"><a href="/">Home</a> <a href="/news">News</a></div>
                <div class="content"><p>The foreign minister of Ghana met his Nigerian counterpart in Abuja on \
                Monday to discuss trade across their borders and the free movement of goods.</p>
                <p>Both ministers said they would report to their presidents before a regional summit next month.</p>
                </div></div></body></html>""";

        String text = extractor.page(html, "").text();

        assertThat(text).startsWith("The foreign minister of Ghana met").contains("regional summit")
                .doesNotContain("Home");
    }

    @Test
    void commentsWrittenAsArticlesAreStillComments() {
        String html = """
                <html><body><article class="story"><p>The president of Chile received the Bolivian foreign \
                minister in Santiago on Wednesday to discuss access to the sea and water rights.</p>
                <p>The two sides agreed to set up a working group that will meet every three months.</p></article>
                <section class="comments"><article class="comment"><p>This meeting is long overdue and I hope it \
                leads somewhere this time, unlike the last five attempts at talks.</p></article></section>
                </body></html>""";

        String text = extractor.page(html, "").text();

        assertThat(text).contains("working group").doesNotContain("long overdue");
    }

    @Test
    void hiddenElementsAreNotText() {
        String html = """
                <html><body><article><p>The defence minister of Poland visited Vilnius on Monday to inspect a                 brigade stationed near the border with Belarus.</p>
                <div style="display: none">Tracking pixel fallback text that no reader ever sees on the page.</div>
                <p hidden>An old paragraph hidden by the editors after a correction was published.</p>
                <div aria-hidden="true">Decorative duplicate of the headline for screen layouts only.</div>
                </article></body></html>""";

        assertThat(extractor.page(html, "").text()).contains("brigade").doesNotContain("Tracking", "correction",
                "Decorative");
    }

    @Test
    void relativeCanonicalLinksResolveAgainstTheFetchedAddressOnly() {
        String html = """
                <html><head><link rel="canonical" href="/politics/story-1"></head><body><p>The prime minister of \
                Portugal visited Madrid on Thursday for talks with his Spanish counterpart on energy links.</p>\
                </body></html>""";

        assertThat(extractor.page(html, "https://news.example.pt/x?ref=rss").canonicalUrl())
                .isEqualTo("https://news.example.pt/politics/story-1");
        assertThat(extractor.page(html, "").canonicalUrl()).isNull();
    }

    @Test
    void aFeedItemsMarkupLosesCaptionsAndRelatedLinksButKeepsShortText() {
        String html = """
                <p>Kazakhstan hosted talks on shipping.</p>
                <figure><img src="x.jpg"><figcaption>The port of Aktau. Photo: agency</figcaption></figure>
                <p>Related: <a href="/older">Earlier talks ended without agreement</a></p>""";

        assertThat(extractor.fragmentText(html)).isEqualTo("Kazakhstan hosted talks on shipping.");
    }
}
