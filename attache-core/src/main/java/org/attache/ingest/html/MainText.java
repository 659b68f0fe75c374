package org.attache.ingest.html;

import java.util.List;
import java.util.regex.Pattern;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds a page's story with Readability (Mozilla's algorithm, as readability4j), after {@link Boilerplate} has
 * removed the furniture it tends to keep (captions, inline related links, metadata lines), and gives its text.
 */
final class MainText {
    /** Labels left behind by removed boxes: "Advertisement", "Read more:", "Related stories". */
    private static final Pattern LABEL = Pattern.compile("(?i)(?:advertisement|sponsored(?: content)?|read more"
            + "|related(?: articles| stories| content)?|see also|more on this(?: story)?|share this(?: article)?"
            + "|continue reading)\\W*");
    /** Less than one real sentence is not a story: a sign-in form, a section front, a video page. */
    private static final int MIN_WORDS = 8;
    /** A blank line, as in the project's plain-text articles; the sentence splitter breaks there. */
    private static final String PARAGRAPH_BREAK = "\n\n";

    private MainText() {
    }

    /** The story's paragraphs separated by a blank line, or "" when the page has none. Changes {@code page}. */
    static String of(Document page, String baseUri) {
        Boilerplate.strip(page.body());
        // The headline is the article's title, kept apart; Readability drops it only when it matches <title>.
        page.body().select("h1").remove();
        Article story = new Readability4J(baseUri, page).parse();
        Element content = story.getArticleContent();
        if (content == null) {
            return "";
        }
        List<String> paragraphs = paragraphs(BlockText.of(content));
        boolean aSentence = paragraphs.stream().anyMatch(p -> p.split(" ").length >= MIN_WORDS);
        return aSentence ? String.join(PARAGRAPH_BREAK, paragraphs) : "";
    }

    /** The text of a fragment that is already the story (a feed item's content), furniture removed. */
    static String ofFragment(Element fragment) {
        Boilerplate.strip(fragment);
        return String.join(PARAGRAPH_BREAK, paragraphs(BlockText.of(fragment)));
    }

    private static List<String> paragraphs(List<Block> blocks) {
        return blocks.stream()
                .filter(block -> !block.mostlyLinks() && !LABEL.matcher(block.text()).matches())
                .map(Block::text)
                .toList();
    }
}
