package org.attache.actors.petrarch;

import java.nio.file.Path;

/** A user's PETRARCH actor and agent dictionaries, given to the actor knowledge base beside its own files. */
public record PetrarchDictionaries(ActorDictionary actors, AgentDictionary agents) {
    public static PetrarchDictionaries none() {
        return new PetrarchDictionaries(ActorDictionary.empty(), AgentDictionary.empty());
    }

    /** Reads the dictionaries from their files; a null path means no dictionary of that kind. */
    public static PetrarchDictionaries read(Path actors, Path agents) {
        return new PetrarchDictionaries(actors == null ? ActorDictionary.empty() : ActorDictionary.read(actors),
                agents == null ? AgentDictionary.empty() : AgentDictionary.read(agents));
    }
}
