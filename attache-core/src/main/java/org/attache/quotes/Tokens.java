package org.attache.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attache.model.ActorMention;
import org.attache.model.Document;
import org.attache.model.Sentence;
import org.attache.model.Span;
import org.attache.model.TimeExpression;
import org.attache.model.Token;

/**
 * The article's tokens outside noise, in one list, with the sentence each belongs to and the actor mentions
 * and time expressions placed on them, so that the quote readers can walk across sentence ends.
 */
final class Tokens {
    /** An actor mention on tokens {@code [from, to)}. */
    record Slot(int from, int to, ActorMention mention) {
    }

    private final String text;
    private final List<Token> tokens = new ArrayList<>();
    private final List<Sentence> sentenceOf = new ArrayList<>();
    private final List<Integer> sentenceStart = new ArrayList<>();
    /** The mentions by the token they start at and by the token they end at. */
    private final Map<Integer, List<Slot>> byFrom = new HashMap<>();
    private final Map<Integer, List<Slot>> byLast = new HashMap<>();
    private final boolean[] inTime;

    Tokens(Document document) {
        text = document.text();
        for (Sentence sentence : document.sentences()) {
            if (document.isNoise(sentence.span())) {
                continue;
            }
            int start = tokens.size();
            for (Token token : sentence.tokens()) {
                tokens.add(token);
                sentenceOf.add(sentence);
                sentenceStart.add(start);
            }
        }
        for (ActorMention m : document.actors()) {
            int from = firstAtOrAfter(m.span().start());
            int to = lastBefore(m.span().end()) + 1;
            if (from >= 0 && to > from) {
                Slot slot = new Slot(from, to, m);
                byFrom.computeIfAbsent(from, k -> new ArrayList<>()).add(slot);
                byLast.computeIfAbsent(to - 1, k -> new ArrayList<>()).add(slot);
            }
        }
        inTime = new boolean[tokens.size()];
        for (TimeExpression t : document.times()) {
            for (int i = Math.max(0, firstAtOrAfter(t.span().start())); i >= 0 && i < tokens.size()
                    && tokens.get(i).span().end() <= t.span().end(); i++) {
                inTime[i] = true;
            }
        }
    }

    String text() {
        return text;
    }

    List<Token> list() {
        return tokens;
    }

    int size() {
        return tokens.size();
    }

    Token get(int i) {
        return tokens.get(i);
    }

    String word(int i) {
        return tokens.get(i).text();
    }

    Sentence sentence(int i) {
        return sentenceOf.get(i);
    }

    /** The index of the first token of token {@code i}'s sentence. */
    int sentenceStart(int i) {
        return sentenceStart.get(i);
    }

    /** The index just past the last token of token {@code i}'s sentence. */
    int sentenceEnd(int i) {
        int end = i;
        while (end < tokens.size() && sentenceStart.get(end) == sentenceStart.get(i)) {
            end++;
        }
        return end;
    }

    /** The first token starting at or after the offset, or -1. */
    int firstAtOrAfter(int offset) {
        int low = 0;
        int high = tokens.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (tokens.get(mid).span().start() < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low < tokens.size() ? low : -1;
    }

    /** The last token ending at or before the offset, or -1. */
    int lastBefore(int offset) {
        int low = 0;
        int high = tokens.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (tokens.get(mid).span().end() <= offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low - 1;
    }

    /** Whether no line break stands between tokens {@code a} and {@code b}. */
    boolean sameLine(int a, int b) {
        int from = Math.min(tokens.get(a).span().start(), tokens.get(b).span().start());
        int to = Math.max(tokens.get(a).span().end(), tokens.get(b).span().end());
        return text.substring(from, to).indexOf('\n') < 0;
    }

    boolean inTime(int i) {
        return inTime[i];
    }

    /** The mentions starting at a token of {@code [from, to)}, in text order. */
    List<Slot> startingIn(int from, int to) {
        List<Slot> found = new ArrayList<>();
        for (int i = from; i < to; i++) {
            found.addAll(byFrom.getOrDefault(i, List.of()));
        }
        return found;
    }

    /** The mentions whose last token is {@code i}. */
    List<Slot> endingAt(int i) {
        return byLast.getOrDefault(i, List.of());
    }

    /** The characters of tokens {@code [from, to)}, as a span of the text. */
    Span span(int from, int to) {
        return new Span(tokens.get(from).span().start(), tokens.get(to - 1).span().end());
    }

    /** The text of tokens {@code [from, to)}. */
    String text(int from, int to) {
        return span(from, to).of(text);
    }

    /** Whether the token has no letter or digit. */
    boolean isPunctuation(int i) {
        String w = word(i);
        return !w.isEmpty() && w.codePoints().noneMatch(Character::isLetterOrDigit);
    }
}
