package org.attache.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns markup into paragraphs of plain text: every block element and line break ends a paragraph, and within
 * one all whitespace is a single space, as a browser would show it.
 */
final class BlockText {
    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body", "br",
            "center", "dd", "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
            "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
            "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul");
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u200B]+");

    private BlockText() {
    }

    static List<Block> of(Element root) {
        Collector collector = new Collector();
        NodeTraversor.traverse(collector, root);
        collector.flush();
        return collector.blocks;
    }

    private static final class Collector implements NodeVisitor {
        private final List<Block> blocks = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private int linkChars;
        private int linkDepth;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                String value = t.getWholeText();
                text.append(value);
                if (linkDepth > 0) {
                    linkChars += SPACE.matcher(value).replaceAll(" ").strip().length();
                }
            } else if (node instanceof Element e) {
                if (e.nameIs("a")) {
                    linkDepth++;
                }
                if (BLOCKS.contains(e.normalName())) {
                    flush();
                } else if (e.nameIs("img")) {
                    text.append(' ');
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e) {
                if (e.nameIs("a")) {
                    linkDepth--;
                }
                if (BLOCKS.contains(e.normalName())) {
                    flush();
                }
            }
        }

        void flush() {
            String paragraph = SPACE.matcher(text).replaceAll(" ").strip();
            if (!paragraph.isEmpty()) {
                blocks.add(new Block(paragraph, Math.min(linkChars, paragraph.length())));
            }
            text.setLength(0);
            linkChars = 0;
        }
    }
}
