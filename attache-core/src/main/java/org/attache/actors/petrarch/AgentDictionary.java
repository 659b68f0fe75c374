package org.attache.actors.petrarch;

import java.io.Reader;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A PETRARCH agent dictionary in memory: each agent phrase (in capitals, words one space apart), its plural
 * forms and substitution-marker expansions included, with the code it adds to an actor.
 */
public final class AgentDictionary {
    private static final AgentDictionary EMPTY = new AgentDictionary(Map.of());

    private final Map<String, AgentCode> codes;

    private AgentDictionary(Map<String, AgentCode> codes) {
        this.codes = Collections.unmodifiableMap(new LinkedHashMap<>(codes));
    }

    public static AgentDictionary empty() {
        return EMPTY;
    }

    public static AgentDictionary read(Path file) {
        return new AgentDictionary(AgentDictionaryParser.parse(DictionaryLines.read(file, "agent dictionary")));
    }

    /** Reads a dictionary's text; {@code source} names it in error messages. */
    public static AgentDictionary parse(String source, Reader text) {
        return new AgentDictionary(AgentDictionaryParser.parse(DictionaryLines.read(source, text)));
    }

    public Set<String> phrases() {
        return codes.keySet();
    }

    public Optional<AgentCode> code(String phrase) {
        return Optional.ofNullable(codes.get(phrase));
    }
}
