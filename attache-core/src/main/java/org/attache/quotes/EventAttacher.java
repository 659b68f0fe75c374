package org.attache.quotes;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.attache.events.PhraseMatcher;
import org.attache.model.Actor;
import org.attache.model.ActorMention;
import org.attache.model.EventKind;
import org.attache.model.EventMention;
import org.attache.model.Sentence;
import org.attache.model.Span;

/**
 * Finds the event mention a quote belongs to: the event of the occasion its attribution names ("Xi said in the
 * message that …" belongs to that message), else an event told in the sentence of its cue or in its words,
 * among several one the speaker takes part in; else an event that sentence names and the article tells elsewhere,
 * with the speaker taking part.
 */
final class EventAttacher {
    /** An occasion is named after one of these ("in the message", "during the talks"). */
    private static final Set<String> OCCASION_PREPOSITIONS = Set.of("in", "during", "at", "on", "by", "after");
    /** Words such as "the", "his own" may stand between the preposition and the occasion. */
    private static final int OCCASION_GAP = 3;

    private final QuoteKnowledge knowledge;
    private final Tokens tokens;
    private final List<EventMention> events;

    EventAttacher(QuoteKnowledge knowledge, Tokens tokens, List<EventMention> events) {
        this.knowledge = knowledge;
        this.tokens = tokens;
        this.events = events;
    }

    /** The id of the event mention the quote belongs to, or null. */
    String eventOf(Found found) {
        Sentence sentence = tokens.sentence(found.cueToken());
        Set<EventKind> occasion = occasion(found);
        if (!occasion.isEmpty()) {
            EventMention e = ofOccasion(occasion, found, sentence.span());
            if (e != null) {
                return e.id();
            }
        }
        List<EventMention> here = events.stream()
                .filter(e -> e.evidence().overlaps(sentence.span()) || e.evidence().overlaps(found.span())).toList();
        EventMention e = here.isEmpty() ? retold(found) : best(here, found.speaker());
        return e == null ? null : e.id();
    }

    /**
     * An event the cue's sentence names ("Xi replied to Kim's message, saying …") that the article tells with its
     * evidence elsewhere, as it keeps one mention per event: of a kind named there, with the speaker taking part.
     */
    private EventMention retold(Found found) {
        Set<EventKind> named = EnumSet.noneOf(EventKind.class);
        int end = tokens.sentenceEnd(found.cueToken());
        for (int j = tokens.sentenceStart(found.cueToken()); j < end; j++) {
            PhraseMatcher.Hit<Set<EventKind>> hit = quoted(found, j) ? null : knowledge.occasionAt(tokens.list(), j);
            if (hit != null) {
                named.addAll(hit.value());
            }
        }
        return nearest(events.stream().filter(e -> named.contains(e.kind()) && part(e, found.speaker()) > 0).toList(),
                found.span());
    }

    /** The event kinds of an occasion named in the cue's sentence, outside the quoted words; empty for none. */
    private Set<EventKind> occasion(Found found) {
        int start = tokens.sentenceStart(found.cueToken());
        int end = tokens.sentenceEnd(found.cueToken());
        for (int j = start; j < end; j++) {
            if (!OCCASION_PREPOSITIONS.contains(tokens.word(j).toLowerCase(Locale.ROOT)) || quoted(found, j)) {
                continue;
            }
            for (int g = 1; g <= OCCASION_GAP && j + g < end; g++) {
                PhraseMatcher.Hit<Set<EventKind>> hit = knowledge.occasionAt(tokens.list(), j + g);
                if (hit != null && !quoted(found, j + g)) {
                    return hit.value();
                }
            }
        }
        return Set.of();
    }

    /**
     * An event of the occasion's kinds: told in the same sentence; else the nearest the speaker takes part in,
     * before the quote if there is one; else the nearest of those kinds.
     */
    private EventMention ofOccasion(Set<EventKind> kinds, Found found, Span sentence) {
        List<EventMention> candidates = events.stream().filter(e -> kinds.contains(e.kind())).toList();
        EventMention same = best(candidates.stream().filter(e -> e.evidence().overlaps(sentence)).toList(),
                found.speaker());
        if (same != null) {
            return same;
        }
        List<EventMention> withSpeaker = candidates.stream().filter(e -> part(e, found.speaker()) > 0).toList();
        EventMention near = nearest(withSpeaker, found.span());
        return near != null ? near : nearest(candidates, found.span());
    }

    /** The latest event told before the quote, else the first told after it. */
    private static EventMention nearest(List<EventMention> candidates, Span quote) {
        return candidates.stream().filter(e -> e.evidence().start() <= quote.start())
                .max(Comparator.comparingInt(e -> e.evidence().start()))
                .orElseGet(() -> candidates.stream().min(Comparator.comparingInt(e -> e.evidence().start()))
                        .orElse(null));
    }

    /** The event the speaker takes the greatest part in, the first told among equals. */
    private static EventMention best(List<EventMention> candidates, ActorMention speaker) {
        return candidates.stream().max(Comparator.comparingInt((EventMention e) -> part(e, speaker))
                .thenComparing(e -> -e.evidence().start())).orElse(null);
    }

    /** 2 when the speaker is a source of the event, 1 a target, else 0. */
    private static int part(EventMention event, ActorMention speaker) {
        if (speaker == null) {
            return 0;
        }
        if (event.source().stream().anyMatch(a -> same(a, speaker.actor()))) {
            return 2;
        }
        return event.target().stream().anyMatch(a -> same(a, speaker.actor())) ? 1 : 0;
    }

    private static boolean same(Actor a, Actor b) {
        return a.country().equals(b.country()) && (a.person() == null || b.person() == null || a.person().equals(b.person()));
    }

    private boolean quoted(Found found, int token) {
        return found.span().contains(tokens.get(token).span());
    }
}
