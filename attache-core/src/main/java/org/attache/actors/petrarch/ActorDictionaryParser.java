package org.attache.actors.petrarch;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the records of an actor dictionary: a phrase line, optionally with its codes; {@code +} lines with
 * synonyms; indented {@code [CODE]} lines, each code optionally restricted to dates ({@code <YYMMDD},
 * {@code >YYMMDD}, {@code YYMMDD-YYMMDD}, or the same with YYYYMMDD). A record ends where the next phrase begins.
 */
final class ActorDictionaryParser {
    private static final Pattern BLOCK = Pattern.compile("\\[([^\\]]*)\\]");
    private static final String DAY = "(\\d{8}|\\d{6})";
    private static final Pattern CODE = Pattern.compile(
            "(\\S+?)\\s*(?:([<>])\\s*" + DAY + "|" + DAY + "\\s*-\\s*" + DAY + ")?");
    /** A state or actor code, several joined by {@code /}; or PETRARCH's codes for "known, but not coded". */
    private static final Pattern VALID_CODE = Pattern.compile("[A-Z][A-Z0-9]*(/[A-Z][A-Z0-9]*)*|---|\\+\\+\\+|###");
    /** TABARI's reading of two-digit years, kept by PETRARCH: 00 to 30 are 20YY, the rest 19YY. */
    private static final int LAST_YEAR_OF_2000S = 30;

    private final Map<String, List<DatedCode>> codes = new LinkedHashMap<>();
    /** The record being read: its phrase line, its phrases (synonyms too) and its codes so far. */
    private DictionaryLines.Line head;
    private final List<String> phrases = new ArrayList<>();
    private final List<DatedCode> current = new ArrayList<>();

    private ActorDictionaryParser() {
    }

    static Map<String, List<DatedCode>> parse(List<DictionaryLines.Line> lines) {
        ActorDictionaryParser parser = new ActorDictionaryParser();
        lines.forEach(parser::line);
        parser.finish();
        return parser.codes;
    }

    private void line(DictionaryLines.Line line) {
        String text = line.text();
        if (text.startsWith("+")) {
            if (head == null) {
                throw line.error("a synonym before any actor");
            }
            if (text.contains("[")) {
                throw line.error("a synonym takes its actor's codes and has none of its own");
            }
            phrases.add(phrase(line, text.substring(1)));
        } else if (text.startsWith("[")) {
            if (head == null) {
                throw line.error("a code before any actor");
            }
            codesOf(line, text);
        } else {
            finish();
            head = line;
            int bracket = text.indexOf('[');
            phrases.add(phrase(line, bracket < 0 ? text : text.substring(0, bracket)));
            if (bracket >= 0) {
                codesOf(line, text.substring(bracket));
            }
        }
    }

    private void finish() {
        if (head == null) {
            return;
        }
        if (current.isEmpty()) {
            throw head.error("actor '" + phrases.get(0) + "' has no code");
        }
        List<DatedCode> list = List.copyOf(current);
        phrases.forEach(p -> codes.put(p, list));
        phrases.clear();
        current.clear();
        head = null;
    }

    private void codesOf(DictionaryLines.Line line, String text) {
        Matcher blocks = BLOCK.matcher(text);
        if (!blocks.replaceAll("").isBlank()) {
            throw line.error("expected [CODE] or [CODE date restriction], found '" + text + "'");
        }
        blocks.reset();
        while (blocks.find()) {
            Matcher m = CODE.matcher(blocks.group(1).strip());
            if (!m.matches()) {
                throw line.error("bad code block '" + blocks.group() + "'");
            }
            String code = m.group(1).toUpperCase(Locale.ROOT);
            if (!VALID_CODE.matcher(code).matches()) {
                throw line.error("bad code '" + m.group(1) + "' in '" + blocks.group() + "'");
            }
            if (m.group(2) != null) {
                LocalDate day = day(line, m.group(3));
                current.add(m.group(2).equals("<") ? new DatedCode(code, null, day) : new DatedCode(code, day, null));
            } else if (m.group(4) != null) {
                current.add(new DatedCode(code, day(line, m.group(4)), day(line, m.group(5))));
            } else {
                current.add(new DatedCode(code, null, null));
            }
        }
    }

    private static String phrase(DictionaryLines.Line line, String written) {
        String phrase = DictionaryLines.phrase(written);
        if (phrase.isEmpty()) {
            throw line.error("empty phrase");
        }
        return phrase;
    }

    private static LocalDate day(DictionaryLines.Line line, String digits) {
        try {
            if (digits.length() == 8) {
                return LocalDate.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)),
                        Integer.parseInt(digits.substring(6)));
            }
            int yy = Integer.parseInt(digits.substring(0, 2));
            return LocalDate.of(yy <= LAST_YEAR_OF_2000S ? 2000 + yy : 1900 + yy,
                    Integer.parseInt(digits.substring(2, 4)), Integer.parseInt(digits.substring(4)));
        } catch (DateTimeException e) {
            throw line.error("not a date: " + digits);
        }
    }
}
