package org.attache.quotes;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.attache.model.ActorMention;

/** Finds who speaks at a verb of saying among the actor mentions placed on the tokens. */
final class Speakers {
    /** An appositive ("Hua, a spokeswoman for the ministry, said") is no longer than this many tokens. */
    private static final int APPOSITIVE_REACH = 12;
    /** The words before a verb end a noun phrase whose actor may stand this many tokens back ("Korea's foreign ministry said"). */
    private static final int PHRASE_REACH = 4;
    /** After a verb, an actor starts within this many tokens ("said the ministry"). */
    private static final int AFTER_REACH = 3;
    /** After a verb, a named person starts within this many tokens ("said Chinese Foreign Ministry spokeswoman Hua"). */
    private static final int PERSON_AFTER_REACH = 6;
    private static final Set<String> POSSESSIVE = Set.of("'s", "\u2019s", "'", "\u2019");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her", "its", "their");

    private final QuoteKnowledge knowledge;
    private final Tokens tokens;

    Speakers(QuoteKnowledge knowledge, Tokens tokens) {
        this.knowledge = knowledge;
        this.tokens = tokens;
    }

    /**
     * The actor of the words that end right before the verb at token {@code cue}, looking no further back than
     * {@code from}: words that may stand between ("Kim also said"), a time ("Kim on Monday said") and an
     * appositive ("Hua, a spokeswoman, said") are passed over. Null when those words name no actor ("officials
     * said").
     */
    ActorMention before(int cue, int from) {
        int i = skipBetween(cue - 1, from);
        if (i >= from && tokens.word(i).equals(",")) {
            int j = i - 1;
            while (j >= from && j > i - APPOSITIVE_REACH && !tokens.word(j).equals(",")) {
                j--;
            }
            if (j < from || !tokens.word(j).equals(",")) {
                return null;
            }
            i = skipBetween(j - 1, from);
        }
        for (int k = i; k >= from && k > i - PHRASE_REACH; k--) {
            if (k < i && (tokens.isPunctuation(k) || knowledge.cueAt(tokens.list(), k) != null)) {
                return null;
            }
            ActorMention found = best(tokens.endingAt(k));
            if (found != null) {
                return found;
            }
            if (knowledge.isWord(tokens.list(), k, CueType.STOP)) {
                return null;
            }
        }
        return null;
    }

    /** The actor named right after a verb ending at token {@code from} ("said Kim"), before token {@code to}. */
    ActorMention after(int from, int to) {
        List<Tokens.Slot> near = tokens.startingIn(from, Math.min(to, from + PERSON_AFTER_REACH));
        ActorMention person = near.stream().map(Tokens.Slot::mention).filter(m -> m.actor().isPerson())
                .findFirst().orElse(null);
        if (person != null) {
            return person;
        }
        return best(near.stream().filter(s -> s.from() < from + AFTER_REACH).toList());
    }

    /** The actor named in tokens {@code [from, to)}: the first person, else the first actor. */
    ActorMention within(int from, int to) {
        List<Tokens.Slot> in = tokens.startingIn(from, to);
        return in.stream().map(Tokens.Slot::mention).filter(m -> m.actor().isPerson()).findFirst()
                .orElse(in.isEmpty() ? null : in.get(0).mention());
    }

    /**
     * The subject of a verb at token {@code cue}, from token {@code from} on: of the actors before it that no
     * preposition governs and that possess nothing, the last ("Mr Xi in his message to Mr Kim described" is Xi;
     * "North Korea's news agency said Kim called for" is Kim), or the first for a participle, whose subject is
     * the sentence's ("North Korea ignored US efforts, saying").
     */
    ActorMention subject(int cue, int from) {
        List<Tokens.Slot> candidates = tokens.startingIn(from, cue).stream()
                .filter(s -> s.to() <= cue && !governed(s, from) && !possesses(s)).toList();
        boolean participle = tokens.word(cue).toLowerCase(Locale.ROOT).endsWith("ing");
        int at = candidates.stream().mapToInt(Tokens.Slot::from).reduce(participle ? Math::min : Math::max).orElse(-1);
        return best(candidates.stream().filter(s -> s.from() == at).toList());
    }

    /** Whether a preposition or conjunction stands before the mention, or before its article ("with the US"). */
    private boolean governed(Tokens.Slot s, int from) {
        int before = s.from() - 1;
        if (before > from && ARTICLES.contains(tokens.word(before).toLowerCase(Locale.ROOT))) {
            before--;
        }
        return before >= from && knowledge.isWord(tokens.list(), before, CueType.ADJUNCT);
    }

    private boolean possesses(Tokens.Slot s) {
        return s.to() < tokens.size() && POSSESSIVE.contains(tokens.word(s.to()))
                || s.to() - s.from() == 1 && POSSESSIVE_PRONOUNS.contains(tokens.word(s.from()).toLowerCase(Locale.ROOT));
    }

    private int skipBetween(int i, int from) {
        while (i >= from && (knowledge.isWord(tokens.list(), i, CueType.BETWEEN) || tokens.inTime(i)
                || (i + 1 < tokens.size() && tokens.inTime(i + 1) && knowledge.isWord(tokens.list(), i, CueType.ADJUNCT)))) {
            i--;
        }
        return i;
    }

    /** Of mentions at the same place, a person before a state, then the longest. */
    private static ActorMention best(List<Tokens.Slot> slots) {
        return slots.stream().max(Comparator.comparing((Tokens.Slot s) -> s.mention().actor().isPerson())
                .thenComparingInt(s -> s.to() - s.from()).thenComparingInt(s -> -s.from()))
                .map(Tokens.Slot::mention).orElse(null);
    }
}
