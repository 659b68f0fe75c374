package org.attache.quotes;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.attache.events.PhraseMatcher;
import org.attache.knowledge.KnowledgeFiles;
import org.attache.knowledge.TsvRow;
import org.attache.model.EventKind;
import org.attache.model.Token;

/** The cues of quotes and the nouns naming the occasion of reported words, loaded once from the knowledge files. */
public final class QuoteKnowledge {
    /** One matcher a type, since a word may be of several types ("to" blocks a verb and starts an adjunct). */
    private final Map<CueType, PhraseMatcher<CueType>> cues = new EnumMap<>(CueType.class);
    private final PhraseMatcher<Set<EventKind>> occasions = new PhraseMatcher<>();

    private QuoteKnowledge(KnowledgeFiles files) {
        for (TsvRow row : files.rows("quote-cues.tsv")) {
            CueType type;
            try {
                type = CueType.valueOf(row.cell(0).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw row.error("unknown cue type '" + row.cell(0) + "'");
            }
            PhraseMatcher<CueType> matcher = cues.computeIfAbsent(type, t -> new PhraseMatcher<>());
            row.alternatives(1).forEach(p -> matcher.add(p, type));
        }
        for (TsvRow row : files.rows("quote-occasions.tsv")) {
            Set<EventKind> kinds = EnumSet.noneOf(EventKind.class);
            for (String kind : row.alternatives(1)) {
                try {
                    kinds.add(EventKind.fromCode(kind));
                } catch (IllegalArgumentException e) {
                    throw row.error("unknown event kind '" + kind + "'");
                }
            }
            Set<EventKind> value = Set.copyOf(kinds);
            row.alternatives(0).forEach(p -> occasions.add(p, value));
        }
    }

    public static QuoteKnowledge load(KnowledgeFiles files) {
        return new QuoteKnowledge(files);
    }

    /** The longest phrase starting at token {@code at} that introduces quoted or reported words, or null. */
    PhraseMatcher.Hit<CueType> cueAt(List<Token> tokens, int at) {
        PhraseMatcher.Hit<CueType> best = null;
        for (CueType type : CueType.values()) {
            PhraseMatcher.Hit<CueType> hit = type.introduces() ? at(tokens, at, type) : null;
            if (hit != null && (best == null || hit.to() > best.to())) {
                best = hit;
            }
        }
        return best;
    }

    /** The longest phrase of this type starting at token {@code at}, or null. */
    PhraseMatcher.Hit<CueType> at(List<Token> tokens, int at, CueType type) {
        PhraseMatcher<CueType> matcher = cues.get(type);
        return matcher == null || at < 0 || at >= tokens.size() ? null : matcher.at(tokens, at);
    }

    /** Whether the token at {@code at} is, alone, a word of this type. */
    boolean isWord(List<Token> tokens, int at, CueType type) {
        PhraseMatcher.Hit<CueType> hit = at(tokens, at, type);
        return hit != null && hit.to() == at + 1;
    }

    /** The occasion noun phrase starting at token {@code at} with the event kinds it names, or null. */
    PhraseMatcher.Hit<Set<EventKind>> occasionAt(List<Token> tokens, int at) {
        return occasions.at(tokens, at);
    }
}
