package org.attache.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaders;

/**
 * Parses feed XML safely and reads what Rome would lose. No DOCTYPE is accepted, so neither external entities
 * nor an entity bomb ("billion laughs") can be expanded; feeds never need one. Each item's date is kept as
 * written, since Rome turns it into an instant and so can move it to the day before or after.
 */
final class FeedDocuments {
    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

    private FeedDocuments() {
    }

    static Document parse(byte[] xml) throws Rejected {
        SAXBuilder builder = new SAXBuilder(XMLReaders.NONVALIDATING);
        builder.setFeature(DISALLOW_DOCTYPE, true);
        builder.setFeature("http://xml.org/sax/features/external-general-entities", false);
        builder.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        builder.setExpandEntities(false);
        try {
            return builder.build(new ByteArrayInputStream(xml));
        } catch (JDOMException e) {
            throw new Rejected("not well-formed XML: " + Inputs.brief(e.getMessage()));
        } catch (IOException e) {
            throw new Rejected("not well-formed XML: " + Inputs.reason(e));
        }
    }

    /** The date each item (RSS {@code pubDate} or {@code dc:date}, Atom {@code published}) gives, in item order. */
    static List<String> itemDates(Document feed) {
        List<String> dates = new ArrayList<>();
        for (Element item : items(feed.getRootElement())) {
            dates.add(firstChild(item, "pubDate", "date", "published"));
        }
        return dates;
    }

    /** RSS 2.0 and 0.9x hold items in the channel, RSS 1.0 beside it, Atom holds entries in the feed. */
    private static List<Element> items(Element root) {
        List<Element> items = new ArrayList<>();
        for (Element child : root.getChildren()) {
            if (child.getName().equals("item") || child.getName().equals("entry")) {
                items.add(child);
            } else if (child.getName().equals("channel")) {
                items.addAll(child.getChildren().stream().filter(c -> c.getName().equals("item")).toList());
            }
        }
        return items;
    }

    private static String firstChild(Element item, String... names) {
        for (String name : names) {
            for (Element child : item.getChildren()) {
                if (child.getName().equals(name) && !child.getTextTrim().isEmpty()) {
                    return child.getTextTrim();
                }
            }
        }
        return null;
    }
}
