package org.attache.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.attache.model.Actor;
import org.attache.model.DateBasis;
import org.attache.model.DateInterval;
import org.attache.model.Document;
import org.attache.model.EventKind;
import org.attache.model.EventMention;
import org.attache.model.Provenance;
import org.attache.model.Sentence;
import org.attache.model.Token;
import org.attache.pipeline.Stage;

/**
 * Dates an event the text gives no time for by another event of the same article that a cue ties it to
 * ({@code anchors.tsv}): "the talks last week came after the ministers travelled to Tokyo" puts the travel in
 * the week up to the talks; "during his visit to Seoul, he criticised …" puts the criticism within the visit.
 * An event still undated in a sentence that dates its report ("KCNA said on Saturday that the two had held
 * talks") is put in the week up to the report. Such dates have basis inferred. Runs after the event stage,
 * and leaves dated events alone.
 */
public final class TemporalAnchoring implements Stage {
    private static final String STAGE = "anchoring";
    /** "Shortly before" read as at most a week: a longer gap is told with its own date. */
    private static final int PRECEDING_DAYS = 7;
    /** How far after a "during" cue its event's trigger and party may stand: "during his first visit to". */
    private static final int DURING_REACH = 6;

    /** A subject before a "came after" cue this short with no event in it points to the news: "It also", "This". */
    private static final int PRONOUN_SUBJECT_WORDS = 2;

    private static final Set<String> CLAUSE_ENDS = Set.of(",", ";", ":", ".", "--", "\u2014");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("to", "in", "with");

    private final EventKnowledge knowledge;

    public TemporalAnchoring(EventKnowledge knowledge) {
        this.knowledge = knowledge;
    }

    @Override
    public Document apply(Document document) {
        List<EventMention> events = new ArrayList<>(document.events());
        // Precedence first: a visit dated by it can then date what happened during the visit.
        for (AnchorRelation relation : List.of(AnchorRelation.PRECEDES, AnchorRelation.DURING)) {
            for (Sentence sentence : document.sentences()) {
                if (!document.isNoise(sentence.span())) {
                    anchorIn(document, sentence, relation, events);
                }
            }
        }
        for (Sentence sentence : document.sentences()) {
            if (!document.isNoise(sentence.span())) {
                reported(document, sentence, events);
            }
        }
        return events.equals(document.events()) ? document : document.withEvents(events);
    }

    private void anchorIn(Document document, Sentence sentence, AnchorRelation relation, List<EventMention> events) {
        List<Token> tokens = sentence.tokens();
        List<PhraseMatcher.Hit<TriggerGroup>> triggers = knowledge.triggers(tokens);
        for (PhraseMatcher.Hit<AnchorRelation> cue : knowledge.anchorCues(tokens)) {
            if (cue.value() != relation) {
                continue;
            }
            if (relation == AnchorRelation.PRECEDES) {
                precedes(sentence, cue, triggers, events);
            } else {
                during(document, sentence, cue, triggers, events);
            }
        }
    }

    /**
     * "A came after B": the undated events told after the cue take the week up to A's end. With no event named
     * before the cue ("It comes a day after …"), A is the news the article leads with: its first dated event.
     */
    private static void precedes(Sentence sentence, PhraseMatcher.Hit<AnchorRelation> cue,
            List<PhraseMatcher.Hit<TriggerGroup>> triggers, List<EventMention> events) {
        EventKind anchorKind = triggers.stream().filter(t -> t.to() <= cue.from())
                .reduce((first, second) -> second).map(t -> t.value().kind()).orElse(null);
        EventMention anchor;
        if (anchorKind != null) {
            anchor = latestDated(events, sentence.span().end(), e -> e.kind() == anchorKind);
        } else if (cue.from() <= PRONOUN_SUBJECT_WORDS) {
            anchor = leadEvent(events, sentence.span().start());
        } else {
            return;
        }
        Set<EventKind> told = kinds(triggers, t -> t.from() >= cue.to());
        if (anchor == null) {
            return;
        }
        date(events, sentence, told, weekUpTo(anchor.date()), "precedes:" + anchor.id());
    }

    /** "During his visit to Seoul, …": the clause's undated events take the visit's days. */
    private static void during(Document document, Sentence sentence, PhraseMatcher.Hit<AnchorRelation> cue,
            List<PhraseMatcher.Hit<TriggerGroup>> triggers, List<EventMention> events) {
        PhraseMatcher.Hit<TriggerGroup> named = triggers.stream()
                .filter(t -> t.from() >= cue.to() && t.from() - cue.to() < DURING_REACH).findFirst().orElse(null);
        if (named == null) {
            return;
        }
        EventKind kind = named.value().kind();
        List<Token> tokens = sentence.tokens();
        int end = named.to();
        // The party of "his visit to Seoul" stands before the clause's comma; the actor after it is the doer.
        while (end < Math.min(tokens.size(), named.to() + DURING_REACH) && !CLAUSE_ENDS.contains(tokens.get(end).text())) {
            end++;
        }
        int reach = Math.max(named.to(), end);
        Set<String> parties = document.actorsIn(sentence.span()).stream()
                .filter(a -> a.span().start() >= tokens.get(named.to() - 1).span().end()
                        && a.span().end() <= tokens.get(reach - 1).span().end())
                .map(a -> a.actor().country()).collect(Collectors.toSet());
        if (parties.isEmpty() && named.to() < tokens.size() && PLACE_PREPOSITIONS.contains(tokens.get(named.to()).lower())) {
            return; // "during his visit to Paris" with Paris unknown: not any visit
        }
        EventMention anchor = latestDated(events, sentence.span().end(),
                e -> e.kind() == kind && (parties.isEmpty() || involves(e, parties)));
        if (anchor == null) {
            return;
        }
        Set<EventKind> told = kinds(triggers, t -> t != named);
        date(events, sentence, told, anchor.date().withBasis(DateBasis.INFERRED), "during:" + anchor.id());
    }

    /** "KCNA said on Saturday that …": the sentence's undated events happened in the week up to the report. */
    private static void reported(Document document, Sentence sentence, List<EventMention> events) {
        document.timesIn(sentence.span()).stream()
                .filter(t -> t.reportingTime() && t.interval().isKnown())
                .findFirst()
                .ifPresent(report -> date(events, sentence, EnumSet.allOf(EventKind.class),
                        weekUpTo(report.interval()), "reported:" + report.provenance().rule()));
    }

    /** The week up to an interval's end, or the interval itself where it is longer. */
    private static DateInterval weekUpTo(DateInterval interval) {
        LocalDate end = interval.end();
        LocalDate start = interval.start().isBefore(end.minusDays(PRECEDING_DAYS - 1)) ? interval.start()
                : end.minusDays(PRECEDING_DAYS - 1);
        return new DateInterval(start, end, DateBasis.INFERRED);
    }

    private static Set<EventKind> kinds(List<PhraseMatcher.Hit<TriggerGroup>> triggers,
            Predicate<PhraseMatcher.Hit<TriggerGroup>> which) {
        return triggers.stream().filter(which).map(t -> t.value().kind()).collect(Collectors.toSet());
    }

    private static boolean involves(EventMention e, Set<String> countries) {
        return e.source().stream().map(Actor::country).anyMatch(countries::contains)
                || e.target().stream().map(Actor::country).anyMatch(countries::contains);
    }

    /** The dated event of the kind told last before {@code before}, the one a definite reference points back to. */
    private static EventMention latestDated(List<EventMention> events, int before, Predicate<EventMention> which) {
        return events.stream()
                .filter(e -> e.date().isKnown() && e.evidence().start() < before && which.test(e))
                .max(Comparator.comparingInt((EventMention e) -> e.evidence().start()))
                .orElse(null);
    }

    /** The first dated event told before {@code before}: what the article leads with. */
    private static EventMention leadEvent(List<EventMention> events, int before) {
        return events.stream().filter(e -> e.date().isKnown() && e.evidence().start() < before)
                .min(Comparator.comparingInt((EventMention e) -> e.evidence().start())).orElse(null);
    }

    private static void date(List<EventMention> events, Sentence sentence, Set<EventKind> kinds, DateInterval date,
            String rule) {
        for (int i = 0; i < events.size(); i++) {
            EventMention e = events.get(i);
            if (!e.date().isKnown() && kinds.contains(e.kind()) && sentence.span().contains(e.evidence())) {
                events.set(i, new EventMention(e.id(), e.articleKey(), e.kind(), e.coding(), e.source(), e.target(),
                        date, e.evidence(), e.confidence(), e.inReplyTo(),
                        Provenance.of(e.provenance().stage(), e.provenance().rule() + "+" + STAGE + ":" + rule)));
            }
        }
    }
}
