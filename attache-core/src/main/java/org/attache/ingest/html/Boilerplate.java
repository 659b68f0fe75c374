package org.attache.ingest.html;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Removes what a news page wraps around its story: navigation, headers and footers, asides of related and most
 * read links, figures and captions, share and newsletter boxes, cookie banners, comments, scripts and forms.
 * Elements are found by tag, by ARIA role and by the words of their class and id. A container that holds the
 * story is never removed, whatever it is called, so a site that names its wrapper "page-header" keeps its text:
 * one that holds an {@code article} or {@code main}, or, on pages without them, most of the paragraph text.
 */
final class Boilerplate {
    private static final String TAGS = "script, style, noscript, template, iframe, object, embed, svg, canvas, "
            + "form, button, input, select, textarea, nav, header, footer, aside, figure, figcaption, dialog, menu";
    private static final String ATTRIBUTES = "[role=navigation], [role=banner], [role=contentinfo], "
            + "[role=complementary], [role=search], [role=dialog], [role=alertdialog], [aria-hidden=true], [hidden], "
            + "[style~=(?i)display\\s*:\\s*none], [style~=(?i)visibility\\s*:\\s*hidden]";
    /** Words of a class or id that mark furniture; a word is delimited by spaces, hyphens or underscores. */
    private static final Pattern FURNITURE = Pattern.compile("(?i)(?:^|[\\s_-])(?:comments?|respond|discussion|disqus"
            + "|related|read-?more|more-?stories|recommended|most-?read|most-?popular|popular|trending|share|sharing"
            + "|social|sharedaddy|newsletter|sign-?up|subscribe|subscription|cookies?|consent|gdpr|banner|advert"
            + "|advertisement|ads?|ad-?slot|promo|sponsored|breadcrumbs?|caption|credit|byline|author-?bio|meta"
            + "|entry-?meta|post-?meta|tags|tag-?list|widget|sidebar|menu|nav|navbar|navigation|header|footer"
            + "|masthead|skip-?link|paywall|outbrain|taboola|top-?bar|toolbar|modal|popup|print-?only|sr-only"
            + "|visually-?hidden)(?=$|[\\s_-])");
    /** Readers' comments can outweigh the story, so holding most of the text does not protect them. */
    private static final Pattern DISCUSSION = Pattern.compile("(?i)(?:^|[\\s_-])(?:comments?|respond|discussion"
            + "|disqus)(?=$|[\\s_-])");
    private static final String STORY = "article, main, [role=main], [itemprop=articleBody]";

    private final int pageText;

    private Boilerplate(Element root) {
        this.pageText = paragraphText(root);
    }

    /** Removes the furniture under {@code root}, in place. */
    static void strip(Element root) {
        Boilerplate boilerplate = new Boilerplate(root);
        root.select(TAGS).forEach(boilerplate::removeUnlessStory);
        root.select(ATTRIBUTES).forEach(boilerplate::removeUnlessStory);
        for (Element element : root.getAllElements()) {
            if (element != root && isFurniture(element)) {
                boilerplate.removeUnlessStory(element);
            }
        }
    }

    private void removeUnlessStory(Element element) {
        // An element whose ancestor went already is detached; removing it again would be harmless but wasted.
        if (element.parent() != null && element.ownerDocument() != null && !holdsStory(element)) {
            element.remove();
        }
    }

    private static boolean isFurniture(Element element) {
        return FURNITURE.matcher(element.className()).find() || FURNITURE.matcher(element.id()).find();
    }

    private boolean holdsStory(Element element) {
        if (element.nameIs("body") || element.nameIs("html")) {
            return true;
        }
        for (Element story : element.select(STORY)) {
            if (!isFurniture(story)) {
                return true;
            }
        }
        boolean discussion = DISCUSSION.matcher(element.className()).find()
                || DISCUSSION.matcher(element.id()).find();
        return !discussion && pageText > 0 && paragraphText(element) * 2 > pageText;
    }

    private static int paragraphText(Element root) {
        int length = 0;
        for (Element p : root.select("p")) {
            length += p.text().length();
        }
        return length;
    }
}
