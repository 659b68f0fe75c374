package org.attache.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.attache.model.Actor;
import org.attache.model.DateInterval;
import org.attache.model.EventKind;
import org.attache.model.EventMention;

/**
 * Makes one mention per event per article: sentences of one article that retell the same event (same kind,
 * same countries, dates that agree) become one mention, with the best-dated evidence and the named persons
 * of all; then a reply is linked to the message it answers.
 */
final class MentionConsolidator {
    private MentionConsolidator() {
    }

    static List<EventMention> consolidate(List<EventMention> mentions) {
        List<List<EventMention>> groups = new ArrayList<>();
        for (EventMention m : mentions) {
            if (m.date().isKnown()) {
                place(m, groups.stream().filter(g -> g.stream().allMatch(o -> sameEvent(o, m))).findFirst(), groups);
            }
        }
        // An undated retelling belongs with the article's latest dated telling of it: news is about what
        // happened last, and background is dated further back.
        for (EventMention m : mentions) {
            if (!m.date().isKnown()) {
                place(m, groups.stream().filter(g -> g.stream().allMatch(o -> sameEvent(o, m)))
                        .max(Comparator.comparing(g -> latestEnd(g))), groups);
            }
        }
        List<EventMention> merged = groups.stream().map(MentionConsolidator::merge)
                .sorted(Comparator.comparingInt((EventMention m) -> m.evidence().start()).thenComparing(EventMention::id))
                .toList();
        return linkReplies(merged);
    }

    private static void place(EventMention m, java.util.Optional<List<EventMention>> home, List<List<EventMention>> groups) {
        if (home.isPresent()) {
            home.get().add(m);
        } else {
            groups.add(new ArrayList<>(List.of(m)));
        }
    }

    private static java.time.LocalDate latestEnd(List<EventMention> group) {
        return group.stream().filter(m -> m.date().isKnown()).map(m -> m.date().end())
                .max(Comparator.naturalOrder()).orElse(java.time.LocalDate.MIN);
    }

    private static boolean sameEvent(EventMention a, EventMention b) {
        return a.kind() == b.kind() && a.date().compatibleWith(b.date()) && a.sameParties(b);
    }

    private static EventMention merge(List<EventMention> group) {
        EventMention best = group.stream()
                .min(Comparator.comparingLong((EventMention m) -> m.date().days())
                        .thenComparing(m -> -m.confidence())
                        .thenComparingInt(m -> m.evidence().start()))
                .orElseThrow();
        List<Actor> source = richest(group, true, best);
        List<Actor> target = richest(group, false, best);
        double confidence = group.stream().mapToDouble(EventMention::confidence).max().orElse(best.confidence());
        boolean reply = group.stream().anyMatch(MentionConsolidator::isReply);
        var provenance = reply && !isReply(best)
                ? org.attache.model.Provenance.of(best.provenance().stage(), "message.reply+" + best.provenance().rule())
                : best.provenance();
        return new EventMention(best.id(), best.articleKey(), best.kind(), best.coding(), source, target,
                best.date(), best.evidence(), confidence, null, provenance);
    }

    /** The side as given by the best mention, with a person filled in from any mention that names one. */
    private static List<Actor> richest(List<EventMention> group, boolean sourceSide, EventMention best) {
        List<Actor> base = sourceSide ? best.source() : best.target();
        List<Actor> out = new ArrayList<>();
        for (int i = 0; i < base.size(); i++) {
            Actor a = base.get(i);
            if (a.person() == null) {
                for (EventMention m : group) {
                    List<Actor> side = sideLike(m, best, sourceSide);
                    if (i < side.size() && side.get(i).person() != null && side.get(i).country().equals(a.country())) {
                        a = side.get(i);
                        break;
                    }
                }
            }
            out.add(a);
        }
        return out;
    }

    private static List<Actor> sideLike(EventMention m, EventMention best, boolean sourceSide) {
        boolean sameOrder = m.source().size() == best.source().size() && !m.source().isEmpty()
                && m.source().get(0).country().equals(best.source().get(0).country());
        return sourceSide == sameOrder ? m.source() : m.target();
    }

    static boolean isReply(EventMention m) {
        return m.provenance().rule().startsWith("message.reply");
    }

    /** A reply answers the message going the other way between the same two countries. */
    private static List<EventMention> linkReplies(List<EventMention> mentions) {
        List<EventMention> out = new ArrayList<>();
        for (EventMention m : mentions) {
            String answered = null;
            if (m.kind() == EventKind.MESSAGE && isReply(m)) {
                answered = mentions.stream()
                        .filter(o -> o != m && o.kind() == EventKind.MESSAGE && !isReply(o)
                                && countries(o.source()).equals(countries(m.target()))
                                && countries(o.target()).equals(countries(m.source()))
                                && !startsAfter(o.date(), m.date()))
                        .map(EventMention::id).findFirst().orElse(null);
            }
            out.add(Objects.equals(answered, null) ? m : m.withInReplyTo(answered));
        }
        return out;
    }

    private static boolean startsAfter(DateInterval a, DateInterval b) {
        return a.isKnown() && b.isKnown() && a.start().isAfter(b.end());
    }

    private static List<String> countries(List<Actor> actors) {
        return actors.stream().map(Actor::country).toList();
    }
}
