package org.attache.link.story;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.attache.knowledge.KnowledgeFiles;
import org.attache.knowledge.TsvRow;

/**
 * The few words story features treat specially: stopwords (from {@code stopwords.tsv}), which are no
 * content, and month and weekday names, which are capitalised but name no one.
 */
final class Lexicon {
    private static final Set<String> STOPWORDS = stopwords();
    private static final Map<String, Month> MONTHS = months();
    private static final Set<String> WEEKDAYS = weekdays();

    private Lexicon() {
    }

    static boolean isStopword(String lower) {
        return STOPWORDS.contains(lower);
    }

    static boolean isCalendarWord(String lower) {
        return MONTHS.containsKey(lower) || WEEKDAYS.contains(lower);
    }

    /** The month a lower-cased name or abbreviation ("march", "sept") names, or null. */
    static Month month(String lower) {
        return MONTHS.get(lower);
    }

    private static Set<String> stopwords() {
        Set<String> words = new HashSet<>();
        for (TsvRow row : KnowledgeFiles.bundled().rows("stopwords.tsv")) {
            words.addAll(row.alternatives(0));
        }
        return Set.copyOf(words);
    }

    private static Map<String, Month> months() {
        Map<String, Month> months = new HashMap<>();
        for (Month m : Month.values()) {
            months.put(m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT), m);
            months.put(m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT), m);
        }
        months.put("sep", Month.SEPTEMBER);
        months.put("sept", Month.SEPTEMBER);
        return Map.copyOf(months);
    }

    private static Set<String> weekdays() {
        Set<String> days = new HashSet<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            days.add(d.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(days);
    }
}
