package org.attache.actors.petrarch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an agent dictionary: {@code PHRASE {PLURAL} [~CODE]} lines and {@code !MARKER! = A, B} substitution
 * sets. Without braces the regular plural is added (S; IES for a final Y; ES after SS); {@code {}} adds none;
 * {@code {FORM}} adds that form. A phrase with a marker stands for one phrase per member of its set, with no
 * plural added ({@code CONGRESS!PERSON!}: CONGRESSMAN, CONGRESSMEN ...).
 */
final class AgentDictionaryParser {
    private static final Pattern SUBSTITUTION = Pattern.compile("(![A-Z0-9_]+!)\\s*=\\s*(.+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ENTRY = Pattern.compile("([^\\[{]+?)\\s*(?:\\{([^}]*)\\})?\\s*\\[([^\\]]*)\\]");
    private static final Pattern MARKER = Pattern.compile("![A-Z0-9_]+!", Pattern.CASE_INSENSITIVE);
    private static final Pattern CODE = Pattern.compile("~([A-Z0-9]+)|([A-Z0-9]+)~");

    private final Map<String, List<String>> substitutions = new HashMap<>();
    private final Map<String, AgentCode> codes = new LinkedHashMap<>();

    private AgentDictionaryParser() {
    }

    static Map<String, AgentCode> parse(List<DictionaryLines.Line> lines) {
        AgentDictionaryParser parser = new AgentDictionaryParser();
        lines.forEach(parser::line);
        return parser.codes;
    }

    private void line(DictionaryLines.Line line) {
        Matcher substitution = SUBSTITUTION.matcher(line.text());
        if (substitution.matches()) {
            List<String> members = new ArrayList<>();
            for (String member : substitution.group(2).split(",")) {
                if (!member.isBlank()) {
                    members.add(member.strip());
                }
            }
            substitutions.put(substitution.group(1).toUpperCase(Locale.ROOT), members);
            return;
        }
        Matcher entry = ENTRY.matcher(line.text());
        if (!entry.matches()) {
            throw line.error("expected PHRASE {PLURAL} [~CODE], found '" + line.text() + "'");
        }
        AgentCode code = code(line, entry.group(3).strip().toUpperCase(Locale.ROOT));
        String written = entry.group(1);
        if (MARKER.matcher(written).find()) {
            expand(line, written).forEach(p -> put(line, p, code));
            return;
        }
        put(line, written, code);
        String plural = entry.group(2);
        if (plural == null) {
            put(line, regularPlural(DictionaryLines.phrase(written)), code);
        } else if (!plural.isBlank()) {
            put(line, plural, code);
        }
    }

    private void put(DictionaryLines.Line line, String written, AgentCode code) {
        String phrase = DictionaryLines.phrase(written);
        if (phrase.isEmpty()) {
            throw line.error("empty phrase");
        }
        codes.put(phrase, code);
    }

    /** The phrase once for each member of its first marker's set, and so on for the markers left. */
    private List<String> expand(DictionaryLines.Line line, String written) {
        Matcher marker = MARKER.matcher(written);
        if (!marker.find()) {
            return List.of(written);
        }
        List<String> members = substitutions.get(marker.group().toUpperCase(Locale.ROOT));
        if (members == null) {
            throw line.error("substitution marker " + marker.group() + " is not defined above");
        }
        List<String> phrases = new ArrayList<>();
        for (String member : members) {
            phrases.addAll(expand(line, written.substring(0, marker.start()) + member + written.substring(marker.end())));
        }
        return phrases;
    }

    private static String regularPlural(String phrase) {
        if (phrase.endsWith("Y")) {
            return phrase.substring(0, phrase.length() - 1) + "IES";
        }
        return phrase + (phrase.endsWith("SS") ? "ES" : "S");
    }

    private static AgentCode code(DictionaryLines.Line line, String written) {
        Matcher m = CODE.matcher(written);
        if (!m.matches()) {
            throw line.error("an agent code starts or ends with ~: '" + written + "'");
        }
        return m.group(1) != null ? new AgentCode(m.group(1), false) : new AgentCode(m.group(2), true);
    }
}
