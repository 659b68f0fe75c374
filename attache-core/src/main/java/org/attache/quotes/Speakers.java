package org.attache.quotes;

import java.util.Comparator;
import java.util.List;
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
