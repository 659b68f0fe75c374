package org.attache.events.petrarch;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.attache.events.TokenRange;
import org.attache.model.Token;

/**
 * Matches one verb pattern around a verb found in a sentence, as a token sequence: words before the verb
 * outward from it, words after it onward, each within a few tokens of its neighbour (or right next to it when
 * joined with {@code _}), never across a semicolon or colon. A slot matches an actor of the sentence there.
 */
final class PatternMatch {
    /**
     * Where the slots of a matched pattern fell (actor indexes, -1 for a slot the pattern does not have) and
     * {@code end}, the token after the last one it matched after the verb.
     */
    record Slots(int source, int target, int compound, int end) {
        static Slots none(int end) {
            return new Slots(-1, -1, -1, end);
        }

        Slots with(Element.Type type, int actor) {
            return switch (type) {
                case SOURCE -> new Slots(actor, target, compound, end);
                case TARGET -> new Slots(source, actor, compound, end);
                case COMPOUND -> new Slots(source, target, actor, end);
                default -> this;
            };
        }
    }

    /** Words that may come between two elements of a pattern written with a space. */
    static final int MAX_GAP = 6;
    private static final Set<String> BREAKS = Set.of(";", ":");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");

    private final List<Token> tokens;
    private final List<TokenRange> actors;
    private final VerbDictionary dictionary;

    PatternMatch(List<Token> tokens, List<TokenRange> actors, VerbDictionary dictionary) {
        this.tokens = tokens;
        this.actors = actors;
        this.dictionary = dictionary;
    }

    /** The pattern's slots if it matches around the verb at {@code verb}, else null. */
    Slots match(VerbPattern pattern, TokenRange verb) {
        Slots after = after(pattern.after(), 0, verb.to(), Slots.none(verb.to()));
        return after == null ? null : before(pattern.before(), 0, verb.from() - 1, after);
    }

    private Slots after(List<Element> elements, int k, int pos, Slots slots) {
        if (k == elements.size()) {
            return new Slots(slots.source(), slots.target(), slots.compound(), pos);
        }
        Element e = elements.get(k);
        int last = e.joined() ? pos : Math.min(tokens.size() - 1, pos + MAX_GAP);
        for (int q = pos; q <= last && q < tokens.size(); q++) {
            if (q > pos && BREAKS.contains(tokens.get(q - 1).text())) {
                return null;
            }
            for (int[] hit : forward(e, q)) {
                Slots found = after(elements, k + 1, hit[0], slots.with(e.type(), hit[1]));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private Slots before(List<Element> elements, int k, int pos, Slots slots) {
        if (k == elements.size()) {
            return slots;
        }
        Element e = elements.get(k);
        int last = e.joined() ? pos : Math.max(0, pos - MAX_GAP);
        for (int q = pos; q >= last && q >= 0; q--) {
            if (q < pos && BREAKS.contains(tokens.get(q + 1).text())) {
                return null;
            }
            for (int[] hit : backward(e, q)) {
                Slots found = before(elements, k + 1, hit[0], slots.with(e.type(), hit[1]));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Ways the element matches from token {@code q} on: {next position, actor index or -1}. */
    private List<int[]> forward(Element e, int q) {
        return switch (e.type()) {
            case WORD -> matches(e.value(), tokens.get(q)) ? List.of(new int[] {q + 1, -1}) : List.of();
            case SYNSET -> dictionary.synset(e.value()).stream().filter(p -> phraseAt(p, q))
                    .map(p -> new int[] {q + p.size(), -1}).toList();
            case SKIP -> {
                int actor = actorFrom(q);
                yield List.of(new int[] {actor >= 0 ? actors.get(actor).to() : q + 1, -1});
            }
            default -> {
                int actor = actorFrom(q);
                if (actor < 0 && ARTICLES.contains(tokens.get(q).lower()) && q + 1 < tokens.size()) {
                    actor = actorFrom(q + 1);
                }
                yield actor < 0 ? List.of() : List.of(new int[] {actors.get(actor).to(), actor});
            }
        };
    }

    /** Ways the element matches ending at token {@code q}: {next position leftward, actor index or -1}. */
    private List<int[]> backward(Element e, int q) {
        return switch (e.type()) {
            case WORD -> matches(e.value(), tokens.get(q)) ? List.of(new int[] {q - 1, -1}) : List.of();
            case SYNSET -> dictionary.synset(e.value()).stream().filter(p -> phraseAt(p, q - p.size() + 1))
                    .map(p -> new int[] {q - p.size(), -1}).toList();
            case SKIP -> {
                int actor = actorEndingAt(q);
                yield List.of(new int[] {actor >= 0 ? actors.get(actor).from() - 1 : q - 1, -1});
            }
            default -> {
                int actor = actorEndingAt(q);
                yield actor < 0 ? List.of() : List.of(new int[] {actors.get(actor).from() - 1, actor});
            }
        };
    }

    private boolean phraseAt(List<String> phrase, int from) {
        if (from < 0 || from + phrase.size() > tokens.size()) {
            return false;
        }
        for (int i = 0; i < phrase.size(); i++) {
            if (!matches(phrase.get(i), tokens.get(from + i))) {
                return false;
            }
        }
        return true;
    }

    /** A dictionary word matches the token written the same, or with a plural or third-person ending. */
    static boolean matches(String word, Token token) {
        String t = token.text().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        return t.equals(word) || t.equals(word + "s") || t.equals(word + "es");
    }

    private int actorFrom(int q) {
        for (int i = 0; i < actors.size(); i++) {
            if (actors.get(i).from() == q) {
                return i;
            }
        }
        return -1;
    }

    private int actorEndingAt(int q) {
        for (int i = 0; i < actors.size(); i++) {
            if (actors.get(i).to() == q + 1) {
                return i;
            }
        }
        return -1;
    }
}
