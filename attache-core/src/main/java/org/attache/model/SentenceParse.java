package org.attache.model;

import java.util.List;

/**
 * The deep pass's reading of one sentence: a part-of-speech tag per token and the dependency arcs between
 * them, positions counted from the sentence's first token. Only candidate sentences get one.
 */
public record SentenceParse(int sentence, List<String> tags, List<Dependency> dependencies) {
    public SentenceParse {
        tags = List.copyOf(tags);
        dependencies = List.copyOf(dependencies);
    }

    /** The arcs from {@code head} to its dependents, in parse order. */
    public List<Dependency> dependents(int head) {
        return dependencies.stream().filter(d -> d.head() == head).toList();
    }

    /** The arcs that attach {@code dependent} to its heads (the enhanced graph may give it several). */
    public List<Dependency> heads(int dependent) {
        return dependencies.stream().filter(d -> d.dependent() == dependent).toList();
    }

    /** Whether the token is a verb (a Penn Treebank VB* tag). */
    public boolean isVerb(int token) {
        return tags.get(token).startsWith("VB");
    }
}
