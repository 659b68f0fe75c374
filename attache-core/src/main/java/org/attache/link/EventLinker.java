package org.attache.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.attache.model.Actor;
import org.attache.model.DateBasis;
import org.attache.model.DateInterval;
import org.attache.model.EventMention;
import org.attache.model.EventRecord;
import org.attache.model.Ids;

/**
 * Groups mentions from different articles into event records, in two passes so the result never depends on
 * the order articles came in. First, closely dated mentions join when the kind and the countries on each side
 * agree (either order for meetings, calls and agreements), the persons named do not conflict and the dates
 * agree. Then a mention without a precise date joins the one record it fits, and takes the record's date with
 * basis {@code linked}: a vaguely dated one ("in March") when its dates agree; an undated one only when its
 * article is in the same story as an article of the record, since the same exchange between the same leaders
 * recurs every year, told in the same words. Where several records fit, or none, the mention stays on its own
 * rather than be merged on a guess.
 */
public final class EventLinker {
    /** Intervals wider than this (a whole month or year) are too vague to prove two reports are one event. */
    private static final long MAX_LINKABLE_DAYS = 10;

    private EventLinker() {
    }

    /** Links mentions knowing nothing of stories: undated mentions stay alone, each article is its own source. */
    public static List<EventRecord> link(List<EventMention> mentions) {
        return link(mentions, ArticleGroups.none());
    }

    /** Links mentions, with the articles' stories as evidence for undated mentions and their sources counted. */
    public static List<EventRecord> link(List<EventMention> mentions, ArticleGroups groups) {
        List<EventMention> ordered = new ArrayList<>(mentions);
        ordered.sort(Comparator.comparing(EventMention::id));
        List<List<EventMention>> clusters = new ArrayList<>();
        for (EventMention m : ordered) {
            if (linkable(m.date())) {
                List<EventMention> home = clusters.stream().filter(c -> joins(c, m)).findFirst().orElse(null);
                if (home == null) {
                    clusters.add(new ArrayList<>(List.of(m)));
                } else {
                    home.add(m);
                }
            }
        }
        List<List<EventMention>> precise = List.copyOf(clusters);
        Map<List<EventMention>, List<EventMention>> joiners = new HashMap<>();
        for (EventMention m : ordered) {
            if (linkable(m.date())) {
                continue;
            }
            Predicate<List<EventMention>> evidence = m.date().isKnown()
                    ? c -> c.stream().allMatch(o -> o.date().compatibleWith(m.date()))
                    : c -> c.stream().anyMatch(o -> groups.sameStory(m.articleKey(), o.articleKey()));
            List<List<EventMention>> fits = precise.stream().filter(c -> fits(c, m) && evidence.test(c)).toList();
            List<EventMention> joined = fits.size() == 1 ? joiners.computeIfAbsent(fits.get(0), k -> new ArrayList<>())
                    : null;
            if (joined != null && joined.stream().noneMatch(o -> o.articleKey().equals(m.articleKey()))) {
                joined.add(m);
            } else {
                clusters.add(new ArrayList<>(List.of(m)));
            }
        }
        joiners.forEach((cluster, extra) -> cluster.addAll(extra));
        Map<String, String> recordOfMention = new HashMap<>();
        List<EventRecord> records = new ArrayList<>();
        for (List<EventMention> cluster : clusters) {
            String id = Ids.of("e", cluster.get(0).id());
            cluster.forEach(m -> recordOfMention.put(m.id(), id));
        }
        for (List<EventMention> cluster : clusters) {
            records.add(record(cluster, recordOfMention, groups));
        }
        records.sort(Comparator.comparing(EventRecord::id));
        return records;
    }

    /** A mention fits a precise cluster of other articles when the kind and parties agree with every member. */
    private static boolean fits(List<EventMention> cluster, EventMention m) {
        return cluster.stream().noneMatch(o -> o.articleKey().equals(m.articleKey()))
                && cluster.stream().allMatch(o -> o.kind() == m.kind() && o.sameParties(m));
    }

    private static boolean joins(List<EventMention> cluster, EventMention m) {
        Set<String> articles = cluster.stream().map(EventMention::articleKey).collect(Collectors.toSet());
        return !articles.contains(m.articleKey()) && cluster.stream().allMatch(o -> sameEvent(o, m));
    }

    private static boolean sameEvent(EventMention a, EventMention b) {
        return a.kind() == b.kind() && a.date().compatibleWith(b.date()) && a.sameParties(b);
    }

    private static boolean linkable(DateInterval d) {
        return d.isKnown() && d.days() <= MAX_LINKABLE_DAYS;
    }

    /**
     * The record's fields are those of its best-dated mention, with persons filled in from the others; a mention
     * without a precise date of its own takes the record's, with basis linked.
     */
    private static EventRecord record(List<EventMention> cluster, Map<String, String> recordOfMention,
            ArticleGroups groups) {
        EventMention best = cluster.stream()
                .min(Comparator.comparingLong((EventMention m) -> m.date().days()).thenComparing(EventMention::id))
                .orElseThrow();
        String inReplyTo = cluster.stream().map(EventMention::inReplyTo).filter(r -> r != null)
                .map(recordOfMention::get).filter(r -> r != null).sorted().findFirst().orElse(null);
        DateInterval linked = best.date().withBasis(DateBasis.LINKED);
        List<EventMention> mentions = cluster.stream()
                .map(m -> linkable(best.date()) && !linkable(m.date()) ? m.withDate(linked) : m)
                .sorted(Comparator.comparing(EventMention::articleKey).thenComparing(EventMention::id)).toList();
        return new EventRecord(recordOfMention.get(cluster.get(0).id()), best.kind(), best.coding(),
                withPersons(best.source(), cluster, true), withPersons(best.target(), cluster, false), best.date(),
                mentions, inReplyTo, groups.sources(mentions.stream().map(EventMention::articleKey).toList()));
    }

    private static List<Actor> withPersons(List<Actor> side, List<EventMention> cluster, boolean source) {
        List<Actor> out = new ArrayList<>();
        for (Actor a : side) {
            Actor named = a;
            if (a.person() == null) {
                named = cluster.stream().flatMap(m -> (source ? m.source() : m.target()).stream())
                        .filter(o -> o.country().equals(a.country()) && o.person() != null)
                        .findFirst().orElse(a);
            }
            out.add(named);
        }
        return out;
    }
}
