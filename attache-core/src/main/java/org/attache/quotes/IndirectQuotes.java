package org.attache.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.attache.events.PhraseMatcher;
import org.attache.model.ActorMention;
import org.attache.model.Span;

/**
 * Reads reported words, sentence by sentence: after a verb of saying ("Kim said (that) …", "Xi stressed in the
 * message that …"), before a closing attribution ("…, the ministry said"), after a participle ("…, saying …"),
 * and around "according to". Verbs inside direct quotes, or already the cue of one, are left alone.
 */
final class IndirectQuotes {
    /** "that" follows a verb within this many tokens ("said in a message to Kim on Monday that"). */
    private static final int THAT_REACH = 10;
    /** A closing attribution ("…, the ministry said on Tuesday.") starts at most this many tokens before its verb. */
    private static final int TAIL_SUBJECT = 7;
    /** … and has at most this many tokens after its verb. */
    private static final int TAIL_REST = 6;
    /** "According to X," names X in at most this many tokens. */
    private static final int SOURCE_REACH = 12;
    /** Reported words have at least this many tokens. */
    private static final int MIN_WORDS = 2;
    private static final Set<String> FINAL = Set.of(".", "!", "?", ";", ":");
    private static final Set<String> MARKS = Set.of("\u201c", "\u201d", "\"", "\u2018", "\u2019", "``", "''");

    private final QuoteKnowledge knowledge;
    private final Tokens tokens;
    private final Speakers speakers;

    IndirectQuotes(QuoteKnowledge knowledge, Tokens tokens, Speakers speakers) {
        this.knowledge = knowledge;
        this.tokens = tokens;
        this.speakers = speakers;
    }

    /** The reported words of every sentence, outside the direct quotes {@code quoted} and their cues. */
    List<Found> read(Set<Integer> usedCues, List<Span> quoted) {
        List<Found> found = new ArrayList<>();
        int s = 0;
        while (s < tokens.size()) {
            int e = tokens.sentenceEnd(s);
            for (int k = s; k < e; k++) {
                if (usedCues.contains(k) || inside(quoted, k)) {
                    continue;
                }
                PhraseMatcher.Hit<CueType> hit = knowledge.cueAt(tokens.list(), k);
                if (hit == null) {
                    continue;
                }
                if (k == s || !knowledge.isWord(tokens.list(), k - 1, CueType.BLOCK)) {
                    Found f = hit.value() == CueType.SOURCE ? according(hit, s, e) : reported(hit, s, e);
                    if (f != null) {
                        found.add(f);
                    }
                }
                k = hit.to() - 1;
            }
            s = e;
        }
        return found;
    }

    private Found reported(PhraseMatcher.Hit<CueType> hit, int s, int e) {
        int k = hit.from();
        int end = contentEnd(s, e);
        boolean afterComma = k - 1 > s && tokens.word(k - 1).equals(",");
        if (afterComma && tokens.word(k).toLowerCase(Locale.ROOT).endsWith("ing")) {
            int from = skipThat(hit.to(), end);
            ActorMention subject = speakers.within(s, k);
            return found(from, closingAttribution(from, end, s), hit, subject, "indirect-participle");
        }
        Found closing = afterComma ? inverted(hit, s, end) : null;
        ActorMention speaker = speakers.before(k, s);
        if (closing == null) {
            closing = closing(hit, s, end, speaker);
        }
        if (closing != null || k == s) {
            return closing;
        }
        return following(hit, end, speaker);
    }

    /** "…, said the ministry.": the words before the comma, the speaker after the verb. */
    private Found inverted(PhraseMatcher.Hit<CueType> hit, int s, int end) {
        ActorMention speaker = speakers.after(hit.to(), end);
        int rest = speaker == null ? hit.to() : Math.max(hit.to(), tokens.lastBefore(speaker.span().end()) + 1);
        // (Kim, responding to the report, said that …) is no closing attribution: its words follow the verb
        return endsClause(rest, end) ? found(s, hit.from() - 1, hit, speaker, "indirect-before-cue") : null;
    }

    /** "…, the ministry said on Tuesday.": the words before the comma that opens the attribution. */
    private Found closing(PhraseMatcher.Hit<CueType> hit, int s, int end, ActorMention speaker) {
        int comma = tailComma(s, hit.from());
        if (comma > s && endsClause(hit.to(), end) && wordsOutsideTimes(s, comma) > MIN_WORDS) {
            return found(s, comma, hit, speaker, "indirect-before-cue");
        }
        return null;
    }

    /** "Kim said (on Monday) (that) …": the words after "that", or right after a verb of the say type. */
    private Found following(PhraseMatcher.Hit<CueType> hit, int end, ActorMention speaker) {
        for (int j = hit.to(); j < end && j < hit.to() + THAT_REACH; j++) {
            if (MARKS.contains(tokens.word(j))) {
                break;
            }
            if (tokens.word(j).equalsIgnoreCase("that")) {
                return found(j + 1, end, hit, speaker, "indirect-that");
            }
        }
        if (hit.value() != CueType.SAY) {
            return null;
        }
        int from = hit.to();
        while (from < end && (tokens.inTime(from)
                || (from + 1 < end && tokens.inTime(from + 1) && knowledge.isWord(tokens.list(), from, CueType.ADJUNCT)))) {
            from++;
        }
        if (from >= end || tokens.isPunctuation(from) || knowledge.isWord(tokens.list(), from, CueType.ADJUNCT)
                || end - from < MIN_WORDS + 1) {
            return null;
        }
        return found(from, end, hit, speaker, "indirect-bare");
    }

    /** "According to X, …" and "…, according to X." */
    private Found according(PhraseMatcher.Hit<CueType> hit, int s, int e) {
        int end = contentEnd(s, e);
        if (hit.from() == s) {
            for (int j = hit.to(); j < end && j < hit.to() + SOURCE_REACH; j++) {
                if (tokens.word(j).equals(",")) {
                    return found(j + 1, end, hit, speakers.within(hit.to(), j), "according-to-before");
                }
            }
            return null;
        }
        if (!tokens.word(hit.from() - 1).equals(",")) {
            return null;
        }
        int to = hit.to();
        while (to < end && !tokens.word(to).equals(",")) {
            to++;
        }
        return found(s, hit.from() - 1, hit, speakers.within(hit.to(), to), "according-to-after");
    }

    /**
     * Where words reported from {@code from} end: at the comma of a closing attribution after them ("…, saying
     * he hoped for peace, the agency said"), else at {@code end}.
     */
    private int closingAttribution(int from, int end, int s) {
        for (int k = from; k < end; k++) {
            PhraseMatcher.Hit<CueType> hit = knowledge.cueAt(tokens.list(), k);
            if (hit != null && hit.value() != CueType.SOURCE) {
                int comma = tailComma(s, k);
                if (comma > from && endsClause(hit.to(), end)) {
                    return comma;
                }
            }
        }
        return end;
    }

    /** The comma that opens a closing attribution ("…, the ministry said"), or -1. */
    private int tailComma(int s, int k) {
        for (int j = k - 1; j > s && j >= k - TAIL_SUBJECT; j--) {
            String w = tokens.word(j);
            if (w.equals(",")) {
                return j;
            }
            if (MARKS.contains(w) || FINAL.contains(w)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether the words after a verb only say where or when it was said ("on Tuesday", "in a statement"), so
     * that the reported words are those before it.
     */
    private boolean endsClause(int from, int end) {
        return from >= end || (end - from <= TAIL_REST && !hasThat(from, end)
                && (tokens.inTime(from) || knowledge.isWord(tokens.list(), from, CueType.ADJUNCT)));
    }

    /** How many tokens of {@code [from, to)} are not part of a time expression: "On Monday," reports nothing. */
    private int wordsOutsideTimes(int from, int to) {
        int n = 0;
        for (int j = from; j < to; j++) {
            if (!tokens.inTime(j)) {
                n++;
            }
        }
        return n;
    }

    private boolean hasThat(int from, int to) {
        for (int j = from; j < to; j++) {
            if (tokens.word(j).equalsIgnoreCase("that")) {
                return true;
            }
        }
        return false;
    }

    private int skipThat(int from, int end) {
        return from < end && tokens.word(from).equalsIgnoreCase("that") ? from + 1 : from;
    }

    /** The end of a sentence's words: before its final stop. */
    private int contentEnd(int s, int e) {
        int end = e;
        while (end > s && FINAL.contains(tokens.word(end - 1))) {
            end--;
        }
        return end;
    }

    private Found found(int from, int to, PhraseMatcher.Hit<CueType> hit, ActorMention speaker, String rule) {
        if (to - from < MIN_WORDS) {
            return null;
        }
        String cue = tokens.text(hit.from(), hit.to()).toLowerCase(Locale.ROOT);
        return new Found(tokens.span(from, to), false, cue, hit.from(), speaker, rule);
    }

    private boolean inside(List<Span> quoted, int k) {
        Span span = tokens.get(k).span();
        return quoted.stream().anyMatch(q -> q.contains(span));
    }
}
