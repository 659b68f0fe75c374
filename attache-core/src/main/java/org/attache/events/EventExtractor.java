package org.attache.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.attache.model.Actor;
import org.attache.model.ActorMention;
import org.attache.model.DateInterval;
import org.attache.model.Document;
import org.attache.model.EventMention;
import org.attache.model.Ids;
import org.attache.model.Provenance;
import org.attache.model.Sentence;
import org.attache.model.Span;
import org.attache.model.TimeExpression;
import org.attache.model.Token;
import org.attache.pipeline.Stage;

/**
 * Reads event mentions from each sentence that is not noise: a trigger from the lexicon, no factuality cue
 * before it, a source and a target read from where the actors stand around the trigger, and the date of
 * the nearest event-time expression. This is the cheap, parse-free reading; the evidence is the sentence.
 */
public final class EventExtractor implements Stage {
    private static final String STAGE = "events";
    /** An actor right after one of these is an object, not the one who acted. */
    private static final Set<String> PREPOSITIONS = Set.of("to", "with", "from", "of", "in", "on", "against",
            "for", "between", "by", "at", "into", "toward", "towards", "about", "over", "amid", "including",
            "among", "across", "through", "via", "like", "as");
    private static final Set<String> TARGET_PREPOSITIONS = Set.of("to", "with", "against", "on", "in", "for", "at",
            "into", "toward", "towards", "between");
    private static final Set<String> AGENT_PREPOSITIONS = Set.of("from", "by");
    private static final Set<String> POSSESSIVE = Set.of("'s", "\u2019s", "'", "\u2019", "s");
    private static final Set<String> CLAUSE_BREAKS = Set.of(";", ":", "--", "\u2014", "\u2013");
    private static final int OBJECT_REACH = 8;
    private static final int POSSESSIVE_REACH = 3;

    private final EventKnowledge knowledge;

    public EventExtractor(EventKnowledge knowledge) {
        this.knowledge = knowledge;
    }

    @Override
    public Document apply(Document document) {
        List<EventMention> found = new ArrayList<>();
        for (Sentence sentence : document.sentences()) {
            if (!document.isNoise(sentence.span())) {
                new SentenceReading(document, sentence, found).read();
            }
        }
        return document.withEvents(MentionConsolidator.consolidate(found));
    }

    /** An actor mention placed on the sentence's token positions {@code [from, to)}. */
    private record Slot(int from, int to, ActorMention mention) {
        Actor actor() {
            return mention.actor();
        }
    }

    private final class SentenceReading {
        private final Document document;
        private final Sentence sentence;
        private final List<Token> tokens;
        private final List<Slot> slots = new ArrayList<>();
        private final List<EventMention> found;

        SentenceReading(Document document, Sentence sentence, List<EventMention> found) {
            this.document = document;
            this.sentence = sentence;
            this.tokens = sentence.tokens();
            this.found = found;
            for (ActorMention m : document.actorsIn(sentence.span())) {
                int from = tokenAt(m.span().start());
                int to = tokenAt(m.span().end() - 1) + 1;
                if (from >= 0 && to > from) {
                    slots.add(new Slot(from, to, m));
                }
            }
        }

        void read() {
            for (PhraseMatcher.Hit<TriggerGroup> hit : knowledge.triggers(tokens)) {
                TriggerGroup group = hit.value();
                if (!requirementsMet(group) || insideActor(hit)
                        || knowledge.blockingCue(tokens, 0, hit.from()) != null) {
                    continue;
                }
                if (group.isExchange()) {
                    exchange(hit);
                } else {
                    single(hit);
                }
            }
        }

        private void single(PhraseMatcher.Hit<TriggerGroup> hit) {
            Slot source = agentAfter(hit);
            String rule = "agent-after";
            if (source == null) {
                source = possessorBefore(hit);
                rule = "possessor";
            }
            if (source == null) {
                source = subjectBefore(hit);
                rule = "subject";
            }
            if (source == null) {
                return;
            }
            Slot target = objectAfter(hit, source);
            Actor targetActor = target == null ? null : target.actor();
            if (target == null && hit.value().kind().isSymmetric()) {
                Slot partner = coordinatedWith(source);
                targetActor = partner == null ? null : partner.actor();
            }
            if (targetActor == null && hit.value().kind() == org.attache.model.EventKind.MESSAGE) {
                targetActor = correspondent(source.actor());
                rule += "+correspondent";
            }
            boolean needsTarget = hit.value().kind() != org.attache.model.EventKind.MILITARY_TEST;
            if (needsTarget && targetActor == null) {
                return;
            }
            emit(hit, source.actor(), targetActor, rule);
        }

        /** "A and B exchanged messages", "A exchanging messages with B": one message each way. */
        private void exchange(PhraseMatcher.Hit<TriggerGroup> hit) {
            Slot a = subjectBefore(hit);
            Slot b = a == null ? null : objectAfter(hit, a);
            if (a != null && b == null) {
                b = coordinatedWith(a);
            }
            if (a == null || b == null) {
                return;
            }
            emit(hit, a.actor(), b.actor(), "exchange");
            emit(hit, b.actor(), a.actor(), "exchange");
        }

        private void emit(PhraseMatcher.Hit<TriggerGroup> hit, Actor source, Actor target, String rule) {
            if (target != null && source.country().equals(target.country())) {
                return;
            }
            TriggerGroup group = hit.value();
            DateInterval date = dateNear(hit);
            Span evidence = sentence.span();
            List<Actor> targets = target == null ? List.of() : List.of(target);
            String id = Ids.of("m", document.article().key(), group.kind(), evidence, source, targets,
                    tokens.get(hit.from()).span());
            double confidence = rule.contains("correspondent") ? 0.5 : 0.8;
            found.add(new EventMention(id, document.article().key(), group.kind(), group.coding(), List.of(source),
                    targets, date, evidence, confidence, null,
                    Provenance.of(STAGE, group.id() + "/" + rule)));
        }

        private Slot agentAfter(PhraseMatcher.Hit<TriggerGroup> hit) {
            for (int i = hit.to(); i < Math.min(tokens.size() - 1, hit.to() + OBJECT_REACH); i++) {
                if (isClauseBreak(i)) {
                    return null;
                }
                if (AGENT_PREPOSITIONS.contains(tokens.get(i).lower())) {
                    Slot s = slotAt(skipArticle(i + 1));
                    if (s != null) {
                        return s;
                    }
                }
            }
            return null;
        }

        /** "Kim's congratulatory message": the possessor, a few words before the trigger. */
        private Slot possessorBefore(PhraseMatcher.Hit<TriggerGroup> hit) {
            for (Slot s : slots) {
                if (s.to() < tokens.size() && POSSESSIVE.contains(tokens.get(s.to()).text())
                        && s.to() < hit.from() && hit.from() - s.to() - 1 <= POSSESSIVE_REACH
                        && !precededByPreposition(s)) {
                    return s;
                }
            }
            return null;
        }

        /** The nearest actor before the trigger that is no preposition's object, within the clause. */
        private Slot subjectBefore(PhraseMatcher.Hit<TriggerGroup> hit) {
            Slot best = null;
            for (Slot s : slots) {
                if (s.to() <= hit.from() && !precededByPreposition(s) && !clauseBreakBetween(s.to(), hit.from())) {
                    best = s;
                }
            }
            return best;
        }

        /** The first actor after the trigger that is its object: right after it, or after a preposition. */
        private Slot objectAfter(PhraseMatcher.Hit<TriggerGroup> hit, Slot source) {
            int direct = skipArticle(hit.to());
            Slot first = slotAt(direct);
            if (first != null && !sameActor(first, source)) {
                return first;
            }
            for (Slot s : slots) {
                if (s.from() >= hit.to() && s.from() - hit.to() <= OBJECT_REACH && !sameActor(s, source)
                        && !clauseBreakBetween(hit.to(), s.from())) {
                    int before = s.from() - 1;
                    if (before >= 0 && tokens.get(before).lower().equals("the")) {
                        before--;
                    }
                    if (before >= 0 && TARGET_PREPOSITIONS.contains(tokens.get(before).lower())) {
                        return s;
                    }
                }
            }
            return null;
        }

        /** "A and B": the actor coordinated with {@code s}, on either side. */
        private Slot coordinatedWith(Slot s) {
            for (Slot other : slots) {
                if (other.from() == s.to() + 1 && tokens.get(s.to()).lower().equals("and")
                        || other.to() == s.from() - 1 && tokens.get(other.to()).lower().equals("and")) {
                    return other;
                }
            }
            return null;
        }

        /** For a message with no addressee in its sentence: the last person of another country named before. */
        private Actor correspondent(Actor source) {
            List<ActorMention> before = document.actors().stream()
                    .filter(m -> m.span().end() <= sentence.span().start()).toList();
            for (int k = before.size() - 1; k >= 0; k--) {
                Actor a = before.get(k).actor();
                if (a.isPerson() && !a.country().equals(source.country())) {
                    return a;
                }
            }
            return null;
        }

        private DateInterval dateNear(PhraseMatcher.Hit<TriggerGroup> hit) {
            int at = tokens.get(hit.from()).span().start();
            LocalDate published = document.article().published().date();
            return document.timesIn(sentence.span()).stream()
                    .filter(t -> !t.reportingTime() && t.interval().isKnown())
                    .min(Comparator.comparingInt((TimeExpression t) -> Math.abs(t.span().start() - at)))
                    .map(t -> published == null ? t.interval() : t.interval().notAfter(published))
                    .orElse(DateInterval.unknown());
        }

        private boolean requirementsMet(TriggerGroup group) {
            if (group.requires().isEmpty()) {
                return true;
            }
            return tokens.stream().anyMatch(t -> group.requires().contains(PhraseMatcher.fold(t)));
        }

        private boolean insideActor(PhraseMatcher.Hit<TriggerGroup> hit) {
            return slots.stream().anyMatch(s -> s.from() < hit.to() && hit.from() < s.to());
        }

        private boolean precededByPreposition(Slot s) {
            int before = s.from() - 1;
            if (before >= 0 && tokens.get(before).lower().equals("the")) {
                before--;
            }
            return before >= 0 && PREPOSITIONS.contains(tokens.get(before).lower());
        }

        private boolean clauseBreakBetween(int from, int to) {
            for (int i = from; i < to; i++) {
                if (isClauseBreak(i)) {
                    return true;
                }
            }
            return false;
        }

        private boolean isClauseBreak(int i) {
            return CLAUSE_BREAKS.contains(tokens.get(i).text());
        }

        private int skipArticle(int i) {
            return i < tokens.size() && Set.of("the", "a", "an").contains(tokens.get(i).lower()) ? i + 1 : i;
        }

        private Slot slotAt(int tokenIndex) {
            return slots.stream().filter(s -> s.from() == tokenIndex).findFirst().orElse(null);
        }

        private boolean sameActor(Slot a, Slot b) {
            return a.actor().country().equals(b.actor().country());
        }

        private int tokenAt(int offset) {
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).span().start() <= offset && offset < tokens.get(i).span().end()) {
                    return i;
                }
            }
            return -1;
        }
    }
}
