package org.attache.time;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.model.Span;

/**
 * Tells whether a time expression dates a report rather than an event: it sits right after a reporting
 * verb ("KCNA said on Thursday", "told reporters Monday", "a report published on Saturday") or right before one ("the ministry on Monday said").
 */
final class ReportingCue {
    /** Enough characters before the expression for a verb, an object of "told" and "in a statement on". */
    private static final int LOOK_BEFORE = 60;
    private static final int LOOK_AFTER = 20;

    private static final Pattern VERB_BEFORE = Pattern.compile("\\b(?:said|says|say|saying|reported|reports"
            + "|announced|announces|stated|added|confirmed|quoted|told(?:\\s+[\\p{L}\\p{N}'’.-]+){0,2}?"
            + "|(?:report|statement|article|dispatch|commentary|editorial|communique)\\s+"
            + "(?:published|released|issued|carried|aired|broadcast))"
            + "(?:\\s+in\\s+an?\\s+(?:statement|report|dispatch|commentary|interview|briefing))?"
            + "(?:\\s+(?:late|early))?(?:\\s+on)?\\s+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern VERB_AFTER = Pattern.compile(
            "\\s+(?:said|says|reported|reports|announced|announces|stated|told|quoted)\\b", Pattern.CASE_INSENSITIVE);
    /** "said Tuesday's launch": the possessive makes the day the launch's, not the report's. */
    private static final Pattern POSSESSIVE = Pattern.compile("(?:['’]|\\s)s\\b");

    private ReportingCue() {
    }

    static boolean datesReport(String text, Span within, Span expression) {
        Matcher after = VERB_AFTER.matcher(text)
                .region(expression.end(), Math.min(within.end(), expression.end() + LOOK_AFTER));
        if (after.lookingAt()) {
            return true;
        }
        if (POSSESSIVE.matcher(text).region(expression.end(), within.end()).lookingAt()) {
            return false;
        }
        return VERB_BEFORE.matcher(text)
                .region(Math.max(within.start(), expression.start() - LOOK_BEFORE), expression.start())
                .useTransparentBounds(true)
                .find();
    }
}
