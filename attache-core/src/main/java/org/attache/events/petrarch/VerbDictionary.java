package org.attache.events.petrarch;

import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attache.actors.petrarch.DictionaryLines;

/**
 * A PETRARCH/TABARI verb dictionary in memory: every form of every verb, indexed by its first word, and the
 * synsets its patterns refer to, each expanded to its member phrases (lower-case words).
 */
final class VerbDictionary {
    private static final VerbDictionary EMPTY = new VerbDictionary(List.of(), Map.of());

    private final Map<String, List<VerbForm>> byFirstWord = new HashMap<>();
    private final Map<String, List<List<String>>> synsets;

    VerbDictionary(List<VerbForm> forms, Map<String, List<List<String>>> synsets) {
        for (VerbForm f : forms) {
            byFirstWord.computeIfAbsent(f.words().get(0), k -> new ArrayList<>()).add(f);
        }
        // The longest form first: "called off" is a form of CALL OFF before "called" is one of CALL.
        byFirstWord.values().forEach(l -> l.sort(Comparator.comparingInt((VerbForm f) -> -f.words().size())));
        this.synsets = Map.copyOf(synsets);
    }

    static VerbDictionary empty() {
        return EMPTY;
    }

    static VerbDictionary read(Path file) {
        return VerbDictionaryParser.parse(DictionaryLines.read(file, "verb dictionary"));
    }

    static VerbDictionary read(String source, Reader reader) {
        return VerbDictionaryParser.parse(DictionaryLines.read(source, reader));
    }

    boolean isEmpty() {
        return byFirstWord.isEmpty();
    }

    /** The forms that begin with {@code word} (lower case), longest first. */
    List<VerbForm> formsStartingWith(String word) {
        return byFirstWord.getOrDefault(word, List.of());
    }

    /** The member phrases of a synset; empty if there is none of that name. */
    List<List<String>> synset(String name) {
        return synsets.getOrDefault(name, List.of());
    }
}
