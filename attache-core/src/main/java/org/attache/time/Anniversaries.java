package org.attache.time;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.knowledge.KnowledgeFiles;
import org.attache.knowledge.TsvRow;
import org.attache.model.Span;

/**
 * Dated occasions (foundings, treaties, wars) from {@code anniversaries.tsv}, and the anniversaries a text
 * marks: "the 80th anniversary of the founding of the Workers' Party of Korea" names 2025-10-10.
 */
public final class Anniversaries {
    private static final Pattern PHRASE = Pattern.compile("\\b(?<count>\\d{1,3})(?:st|nd|rd|th)\\s+anniversary"
            + "(?:\\s+(?:celebrations?|commemorations?|festivities))?\\s+of\\s+", Pattern.CASE_INSENSITIVE);
    /** What may stand between "anniversary of" and the occasion's name, each tried as a start of the name. */
    private static final Pattern LEAD = Pattern.compile("(?:the\\s+)?"
            + "(?:(?:founding|foundation|establishment|creation|formation)\\s+of\\s+(?:the\\s+)?)?"
            + "(?:[\\p{L}.-]+(?:\\s+[\\p{L}.-]+){0,2}['\u2019]s\\s+)?(?:ruling\\s+)?");
    private static final int NAME_REACH = 120;

    private record Occasion(String id, LocalDate date, List<String> names) {
    }

    /** An anniversary a text marks: the occasion, the day it falls on, and where the text says so. */
    public record Marked(String occasion, LocalDate day, Span span) {
    }

    private final List<Occasion> occasions = new ArrayList<>();

    private Anniversaries(KnowledgeFiles files) {
        for (TsvRow row : files.rows("anniversaries.tsv")) {
            LocalDate date;
            try {
                date = LocalDate.parse(row.cell(1));
            } catch (DateTimeParseException e) {
                throw row.error("not a date (YYYY-MM-DD): " + row.cell(1));
            }
            occasions.add(new Occasion(row.cell(0), date, row.alternatives(2).stream().map(Anniversaries::fold).toList()));
        }
    }

    public static Anniversaries load(KnowledgeFiles files) {
        return new Anniversaries(files);
    }

    /** The anniversaries marked in {@code text[within]}, in text order. */
    public List<Marked> find(String text, Span within) {
        List<Marked> found = new ArrayList<>();
        Matcher m = PHRASE.matcher(text).region(within.start(), within.end());
        while (m.find()) {
            int years = Integer.parseInt(m.group("count"));
            String rest = fold(text.substring(m.end(), Math.min(within.end(), m.end() + NAME_REACH)));
            occasionAt(rest).ifPresent(o -> found.add(new Marked(o.id(), o.date().plusYears(years),
                    new Span(m.start(), m.end()))));
        }
        return found;
    }

    /** The occasion whose name is longest among those that start the phrase at one of its possible starts. */
    private Optional<Occasion> occasionAt(String rest) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        Matcher lead = LEAD.matcher(rest);
        if (lead.lookingAt()) {
            // Every prefix of the lead ending at a space is a start: "north korea's ruling workers' party".
            for (int i = 1; i <= lead.end(); i++) {
                if (i == lead.end() || Character.isWhitespace(rest.charAt(i - 1))) {
                    starts.add(i);
                }
            }
        }
        Occasion best = null;
        int bestLength = 0;
        for (int start : starts) {
            for (Occasion o : occasions) {
                for (String name : o.names()) {
                    if (name.length() > bestLength && rest.startsWith(name, start) && endsWord(rest, start + name.length())) {
                        best = o;
                        bestLength = name.length();
                    }
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean endsWord(String s, int at) {
        return at >= s.length() || !Character.isLetterOrDigit(s.charAt(at));
    }

    /** Lower case with one kind of apostrophe and single spaces, so names match however they are typed. */
    private static String fold(String s) {
        return s.replace('\u2019', '\'').replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
