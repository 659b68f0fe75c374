package org.attache.actors.petrarch;

import java.io.Reader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A PETRARCH/TABARI actor dictionary in memory: each phrase (in capitals, words one space apart) with its
 * codes in dictionary order. Synonyms ({@code +} lines) are phrases of their own with their actor's codes.
 */
public final class ActorDictionary {
    private static final ActorDictionary EMPTY = new ActorDictionary(Map.of());

    private final Map<String, List<DatedCode>> codes;

    private ActorDictionary(Map<String, List<DatedCode>> codes) {
        this.codes = Collections.unmodifiableMap(new LinkedHashMap<>(codes));
    }

    public static ActorDictionary empty() {
        return EMPTY;
    }

    public static ActorDictionary read(Path file) {
        return new ActorDictionary(ActorDictionaryParser.parse(DictionaryLines.read(file, "actor dictionary")));
    }

    /** Reads a dictionary's text; {@code source} names it in error messages. */
    public static ActorDictionary parse(String source, Reader text) {
        return new ActorDictionary(ActorDictionaryParser.parse(DictionaryLines.read(source, text)));
    }

    public Set<String> phrases() {
        return codes.keySet();
    }

    /** The phrase's codes as the dictionary lists them, or an empty list. */
    public List<DatedCode> codes(String phrase) {
        return codes.getOrDefault(phrase, List.of());
    }

    /**
     * The code in force on that day, as PETRARCH decides it: the first date-restricted code that covers the
     * day, else the default. With no day known, the default. Empty when neither applies (an actor whose only
     * code ended before the day is not coded at all).
     */
    public Optional<String> codeOn(String phrase, LocalDate day) {
        List<DatedCode> list = codes(phrase);
        if (day != null) {
            for (DatedCode c : list) {
                if (c.restricted() && c.covers(day)) {
                    return Optional.of(c.code());
                }
            }
        }
        return list.stream().filter(c -> !c.restricted()).map(DatedCode::code).findFirst();
    }
}
