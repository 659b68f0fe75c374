package org.attache.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.attache.model.Actor;
import org.attache.model.ActorMention;
import org.attache.model.DateInterval;
import org.attache.model.Document;
import org.attache.model.EventKind;
import org.attache.model.EventMention;
import org.attache.model.MentionForm;
import org.attache.model.Ids;
import org.attache.model.Provenance;
import org.attache.model.Sentence;
import org.attache.model.SentenceParse;
import org.attache.model.Span;
import org.attache.model.TimeExpression;
import org.attache.model.Token;
import org.attache.nlp.DeepParser;
import org.attache.pipeline.Stage;
import org.attache.time.CalendarNames;

/**
 * Reads event mentions from each sentence that is not noise: a trigger from the lexicon, no factuality cue
 * before it, a source and a target read from where the actors stand around the trigger (some deeds stand with a
 * source alone), and the date of the nearest event-time expression. This is the cheap, parse-free reading; the
 * evidence is the sentence.
 */
public final class EventExtractor implements Stage {
    private static final String STAGE = "events";
    /** An actor right after one of these is an object, not the one who acted. */
    private static final Set<String> PREPOSITIONS = Set.of("to", "with", "from", "of", "in", "on", "against",
            "for", "between", "by", "at", "into", "toward", "towards", "about", "over", "amid", "including",
            "among", "across", "through", "via", "like", "as", "outside", "inside", "near", "beyond", "behind",
            "along", "around", "off", "under", "within", "despite", "during");
    /** "on" is left out: after a meeting or message it names the topic ("talks on trade"), not a party. */
    private static final Set<String> TARGET_PREPOSITIONS = Set.of("to", "with", "against", "in", "for", "at",
            "into", "toward", "towards", "between");
    private static final Set<String> AGENT_PREPOSITIONS = Set.of("from", "by");
    /**
     * Prepositions that name the target of deeds of one PLOVER type only: one withdraws from a place, imposes a
     * curfew, sanctions or an attack on someone ("talks on trade" are about it), and rejects or yields to what came
     * from or by someone ("dismissed an appeal from the president").
     */
    private static final java.util.Map<String, Set<String>> TYPED_TARGET_PREPOSITIONS = java.util.Map.of(
            "RETREAT", Set.of("from"), "SANCTION", Set.of("on"), "COERCE", Set.of("on"), "ASSAULT", Set.of("on"),
            "REJECT", Set.of("from", "by"), "CONCEDE", Set.of("from", "by"));
    private static final Set<String> POSSESSIVE = Set.of("'s", "\u2019s", "'", "\u2019", "s");
    private static final Set<String> CLAUSE_BREAKS = Set.of(";", ":", "--", "\u2014", "\u2013");
    private static final Set<String> COORDINATORS = Set.of("and", "or");
    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her");
    private static final Set<String> QUOTES = Set.of("\"", "\u201c", "\u201d", "``", "''");
    /** A time expression further than this many tokens from the trigger dates some other clause. */
    private static final int TIME_REACH = 10;
    private static final Set<String> DEFINITE = Set.of("the", "their", "these", "those", "both", "this");
    private static final int OBJECT_REACH = 8;
    private static final int POSSESSIVE_REACH = 3;
    /** CAMEO's sector of civilians: those who protest in a country and are named no other way. */
    private static final String CIVILIANS = "CVL";
    /** Endings of words read as adjectives between a preposition and the actor it names ("from neighbouring Lebanon"). */
    private static final Set<String> ADJECTIVE_ENDINGS = Set.of("ing", "ern", "ed", "al", "ic", "ous", "ful", "ive",
            "ian", "ese", "ish");
    /** How far an owner may stand before the trigger its unnamed subject did: "Ankara's district administration has". */
    private static final int OWNED_SUBJECT_REACH = 5;
    /** PLOVER types of deeds read with their victims alone where no one is named as having done them. */
    private static final Set<String> VICTIM_ONLY = Set.of("ASSAULT", "COERCE");
    /** "complained to the UN over Israeli raids": the prepositions before the one a complaint is about. */
    private static final Set<String> COMPLAINED_OF = Set.of("over", "about", "against");
    private static final Set<String> NUMBER_WORDS = Set.of("two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "several", "some", "many", "repeated", "recent");
    /** Words that say when, between a verb and what follows it: "demanded on Friday that ...". */
    private static final Set<String> WHEN_WORDS = Set.of("on", "today", "yesterday", "tonight", "again", "also",
            "once", "repeatedly", ",");
    /** Determiners and possessives before a name: "that its partners", "that the United States". */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his", "her", "all",
            "both");
    /** Words that may stand between a verb and its object ("two", "several", "ethnic", "the"). */
    private static final int MODIFIER_REACH = 3;
    /** Words that begin another clause or phrase: an actor after them is not the trigger's object. */
    private static final Set<String> CLAUSE_WORDS = Set.of("that", "which", "who", "whom", "whose", "where", "when",
            "while", "and", "or", "but", "said", "says", "after", "before", "because", "if", "unless", "since", "than", "its",
            "their", "his", "her");
    /** With no target to bear the reading out, the source of an event must stand this close to its trigger. */
    private static final int ONE_SIDED_REACH = 8;
    /** "urged Seoul", "appealed to Tokyo", "called for Beijing to act": who is asked; not "cooperation with China". */
    private static final Set<String> ASKED_PREPOSITIONS = Set.of("to", "for", "from");
    /**
     * PLOVER types of deeds that stand with their source alone ("workers went on strike", "the army withdrew",
     * "troops were deployed"). Words are addressed to someone, and aid, sanctions, cooperation and assaults have a
     * counterpart: without a target found, those are not read.
     */
    private static final Set<String> ONE_SIDED = Set.of("PROTEST", "MOBILIZE", "COERCE", "RETREAT", "CONCEDE");
    /**
     * PLOVER types of words and deeds that may be aimed at no one in particular ("demanded elections", "promised
     * reforms", "rejected the plan", "a bombing killed three"): read without a target when the sentence names no
     * other party that the target could be, so a target missed is never read as none.
     */
    private static final Set<String> UNADDRESSED = Set.of("REQUEST", "AGREE", "THREATEN", "ACCUSE", "REJECT",
            "ASSAULT");
    /**
     * PLOVER types of what two parties do together: "Jordan and Britain agreed to hold exercises" with no one
     * else named is an agreement between the two.
     */
    private static final Set<String> RECIPROCAL = Set.of("AGREE", "CONSULT", "COOPERATE");
    /**
     * PLOVER types of deeds done to people where they live: done by a state in a place of its own ("imposed a
     * curfew in southeastern Turkey"), they are aimed at its civilians there.
     */
    private static final Set<String> AT_HOME = Set.of("COERCE", "ASSAULT", "CONCEDE");
    /** PLOVER's mode of deeds against property (seizing or damaging it): those are not aimed at a people. */
    private static final String PROPERTY = "seize";
    /** "against the government", "violations by the army", "demands from the regime": whom a protest is against. */
    private static final Set<String> PROTESTED_PREPOSITIONS = Set.of("against", "by", "from", "at", "over", "of");
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "is", "are", "was", "were", "will",
            "would", "also", "again", "has been", "had been", "then");
    /** Words that open a quantity before an object, read past as a number is. */
    private static final Set<String> QUANTITY_WORDS = Set.of("more", "than", "at", "least", "up", "to", "nearly",
            "about", "around", "almost", "some", "over", "thousands", "hundreds", "dozens", "scores", "tens",
            "millions", "of", "several", "many");
    /** Words that, before "of", name a part of the actor after it ("one third of the rebels"). */
    private static final Set<String> PARTS = Set.of("third", "thirds", "half", "quarter", "most", "all", "none",
            "part", "majority", "rest", "remnants", "hundred", "thousand");
    /** Words after which a trigger is a verb: an infinitive's "to", auxiliaries and modals. */
    private static final Set<String> VERB_LEADS = Set.of("to", "will", "would", "shall", "has", "have", "had", "did",
            "does", "do", "can", "could", "may", "might", "must", "should");
    private static final Set<String> PASSIVE_AUXILIARIES = Set.of("was", "were", "been", "being", "is", "are", "be");
    /** "a message from Xi": the agent stands right after its trigger, not further on in another phrase. */
    private static final int AGENT_REACH = 2;

    private final EventKnowledge knowledge;
    private final DeepParser deep;

    /** Reads with the deep pass where the cheap reading finds no event for a trigger. */
    public EventExtractor(EventKnowledge knowledge, DeepParser deep) {
        this.knowledge = knowledge;
        this.deep = deep;
    }

    @Override
    public Document apply(Document document) {
        List<EventMention> found = new ArrayList<>();
        List<SentenceParse> parses = new ArrayList<>();
        for (Sentence sentence : document.sentences()) {
            if (!document.isNoise(sentence.span())) {
                SentenceReading reading = new SentenceReading(document, sentence, found);
                reading.read();
                if (reading.parse != null) {
                    parses.add(reading.parse);
                }
            }
        }
        return document.withParses(parses).withEvents(MentionConsolidator.consolidate(found));
    }

    /** An actor mention placed on the sentence's token positions {@code [from, to)}. */
    private record Slot(int from, int to, ActorMention mention) {
        Actor actor() {
            return mention.actor();
        }
    }

    private final class SentenceReading implements ActorPlacement {
        private final Document document;
        private final Sentence sentence;
        private final List<Token> tokens;
        private final List<Slot> slots = new ArrayList<>();
        private final List<EventMention> found;
        private List<PhraseMatcher.Hit<TriggerGroup>> hits = List.of();
        /** The deep pass's parse, once a trigger has needed it. */
        private SentenceParse parse;
        private boolean parsed;

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
            PatternReading patterned = knowledge.patterns(tokens,
                    slots.stream().map(s -> new TokenRange(s.from(), s.to())).toList(), this);
            // Where a user's verb dictionary knows the word, it codes it and the bundled lexicon stays out.
            hits = knowledge.triggers(tokens).stream()
                    .filter(h -> !patterned.covers(new TokenRange(h.from(), h.to()))).toList();
            for (PhraseMatcher.Hit<TriggerGroup> matched : hits) {
                TriggerGroup group = knowledge.asTold(tokens, matched.from(), matched.value());
                if (group == null || matched.value().isIntentOnly() && !group.isIntent() || !requirementsMet(group)
                        || insideActor(matched) || insideQuote(matched)) {
                    continue;
                }
                PhraseMatcher.Hit<TriggerGroup> hit = new PhraseMatcher.Hit<>(matched.from(), matched.to(), group);
                if (group.isExchange()) {
                    exchange(hit);
                } else {
                    int before = found.size();
                    single(hit);
                    if (found.size() == before && !group.isObligation()) {
                        readParse(hit);
                    }
                }
            }
            patterned.events().forEach(this::coded);
        }

        /** An event a user's verb pattern coded, with its actors; the patterns carry their own modality cues. */
        private void coded(CodedEvent e) {
            TriggerGroup group = knowledge.cameoGroup("petrarch", e.cameo());
            emit(new PhraseMatcher.Hit<>(e.verb().from(), e.verb().to(), group),
                    List.of(slots.get(e.source()).actor()), slots.get(e.target()).actor(), e.rule());
        }

        @Override
        public int subjectBefore(int verbFrom) {
            return slots.indexOf(subjectBefore(new PhraseMatcher.Hit<TriggerGroup>(verbFrom, verbFrom, null)));
        }

        @Override
        public int objectAfter(int verbFrom, int verbTo, int source) {
            TriggerGroup verb = new TriggerGroup("petrarch", EventKind.OTHER, Set.of(), null);
            return slots.indexOf(objectAfter(new PhraseMatcher.Hit<>(verbFrom, verbTo, verb), slots.get(source)));
        }

        private void single(PhraseMatcher.Hit<TriggerGroup> hit) {
            EventKind kind = hit.value().kind();
            if (hit.value().isPassive()) {
                Slot agent = slotAt(skipArticle(hit.to()));
                Slot patient = subjectBefore(hit);
                if (agent != null && patient != null) {
                    emit(hit, withCoordinated(agent), patient.actor(), "passive");
                }
                return;
            }
            if (hit.value().isObligation()) {
                obligation(hit);
                return;
            }
            Slot source = sectorNamedBy(hit);
            String rule = "sector-noun";
            if (source == null && !isVerbAfterSubjectOrAuxiliary(hit)) {
                // "a message from Xi"; not "rebels demanded autonomy from Zagreb", where the trigger is a verb
                source = agentAfter(hit);
                rule = "agent-after";
            }
            if (source == null) {
                source = possessorBefore(hit);
                rule = "possessor";
            }
            boolean victimBefore = VICTIM_ONLY.contains(hit.value().coding().ploverType()) && isPassive(hit)
                    || afterBy(hit);
            if (source == null && !victimBefore) { // "three soldiers were killed": the subject is no attacker
                source = subjectBefore(hit);
                rule = "subject";
            }
            if (source == null && !victimBefore) {
                source = ownerOfSubject(hit);
                rule = "owner-of-subject";
            }
            if (source == null && kind == EventKind.MILITARY_TEST) {
                source = subjectAfter(hit);
                rule = "subject-after";
            }
            if (source == null && kind == EventKind.PROTEST) {
                source = placeAfter(hit);
                rule = "protest-place";
            }
            if (source == null && kind.isSymmetric()) {
                Slot first = betweenAfter(hit);
                Slot second = first == null ? null : coordinatedAfter(first);
                if (second != null) {
                    emit(hit, List.of(first.actor()), second.actor(), "between");
                    return;
                }
            }
            if (source == null && VICTIM_ONLY.contains(hit.value().coding().ploverType()) && victimOnly(hit)) {
                return;
            }
            if (source == null) {
                dateEarlierTelling(hit);
                return;
            }
            boolean demonstration = "PROTEST".equals(hit.value().coding().ploverType());
            // Those who march or strike named by their nationality ("Algerian landowners") are its civilians.
            List<Actor> sources = rule.equals("protest-place") || demonstration && source.mention().form() == MentionForm.ADJECTIVE
                    ? List.of(new Actor(source.actor().country(), null, CIVILIANS)) : withCoordinated(source);
            // "a camp for Congolese refugees was attacked by Burundian militiamen": the passive's subject is hit.
            Slot target = rule.equals("agent-after") && isPassive(hit) ? patientBefore(hit, source)
                    : objectAfter(hit, source);
            if (target != null && "ACCUSE".equals(hit.value().coding().ploverType())
                    && prepositionBefore(target.from()).equals("to")) {
                // "complained to the United Nations over Israeli air raids": the UN hears it, Israel is accused
                Slot accused = accusedAfter(target, source);
                target = accused == null ? target : accused;
            }
            if (target == null && demonstration) {
                target = protestedAgainst(hit, sources);
            }
            List<Actor> targets = target == null ? List.of() : withCoordinated(target);
            Slot home = target == null && aimedAtPeople(hit) ? homePlace(hit, source) : null;
            if (home != null) {
                targets = List.of(new Actor(home.actor().country(), null, CIVILIANS));
                rule += "+civilians-of-place";
            }
            boolean mutual = RECIPROCAL.contains(hit.value().coding().ploverType()) || hit.value().isMutual();
            if ((kind.isSymmetric() || targets.isEmpty() && mutual) && sources.size() > 1) {
                // "A and B held talks in C": the coordinated pair are the parties, C only the venue.
                targets = sources.subList(1, sources.size());
                sources = sources.subList(0, 1);
            }
            if (targets.isEmpty() && kind == EventKind.MESSAGE) {
                Actor correspondent = correspondent(source.actor(), hit);
                targets = correspondent == null ? List.of() : List.of(correspondent);
                rule += "+correspondent";
            }
            if (targets.isEmpty()) {
                if (!standsAlone(hit, sources)
                        || kind != EventKind.MILITARY_TEST && distance(source, hit) > ONE_SIDED_REACH) {
                    return;
                }
                String own = source.actor().country();
                if (aimedAtPeople(hit) && !knowledge.isSociety(source.actor())
                        && slots.stream().allMatch(s -> s.actor().country().equals(own))) {
                    // "Turkish police prevented the demonstration": a state's coercion with no one else named is of
                    // its own people
                    emit(hit, sources, new Actor(own, null, CIVILIANS), rule + "+own-civilians");
                    return;
                }
                emit(hit, sources, null, rule + "+no-target");
            } else if (kind.isSymmetric()) {
                emit(hit, sources, targets.get(0), rule);
            } else {
                for (Actor t : targets) {
                    emit(hit, sources, t, rule);
                }
            }
        }

        /** "Britain said Libya must hand over the suspects": Libya, right before the modal, is asked by Britain. */
        private void obligation(PhraseMatcher.Hit<TriggerGroup> hit) {
            Slot asked = subjectBefore(hit);
            if (asked == null || distance(asked, hit) > 1) {
                return;
            }
            Slot speaker = subjectBefore(new PhraseMatcher.Hit<>(asked.from(), asked.from(), hit.value()));
            if (speaker != null && !sameActor(speaker, asked)) {
                emit(hit, withCoordinated(speaker), asked.actor(), "obligation");
            }
        }

        /**
         * The deep pass's reading, where the parse-free one found no event for the trigger: source and target from
         * its dependency arcs ({@link ParseRoles}), as far as they are actors.
         */
        private void readParse(PhraseMatcher.Hit<TriggerGroup> hit) {
            // A source and a target take two parties; a deed that stands alone takes one actor.
            if (slots.isEmpty() || !ONE_SIDED.contains(hit.value().coding().ploverType()) && slots.stream()
                    .allMatch(s -> knowledge.sameParty(s.actor(), slots.get(0).actor()))) {
                return;
            }
            if (!parsed) {
                parsed = true;
                parse = deep.parse(sentence);
            }
            ParseRoles.Roles roles = parse == null ? null
                    : ParseRoles.read(parse, tokens, hit.from(), hit.to(), i -> slotCovering(i) != null);
            if (roles == null) {
                return;
            }
            Slot source = slotCovering(roles.source());
            List<Actor> sources = withCoordinated(source);
            Slot target = roles.targets().stream().map(this::slotCovering)
                    .filter(t -> t != null && !sources.contains(t.actor())).findFirst().orElse(null);
            String rule = roles.passive() ? "parse-passive" : "parse-subject";
            if (target == null) {
                if (standsAlone(hit, sources)) {
                    emit(hit, sources, null, rule + "+no-target");
                }
            } else if (hit.value().kind().isSymmetric() || roles.passive()) {
                emit(hit, sources, target.actor(), rule);
            } else {
                for (Actor t : withCoordinated(target)) {
                    emit(hit, sources, t, rule);
                }
            }
        }

        /**
         * Whether the trigger's event may stand with its sources alone: a deed of a one-sided type, or words
         * and deeds that may be aimed at no one where the sentence names no other party.
         */
        private boolean standsAlone(PhraseMatcher.Hit<TriggerGroup> hit, List<Actor> sources) {
            String type = hit.value().coding().ploverType();
            if (ONE_SIDED.contains(type)) {
                return true;
            }
            // A meeting or agreement takes two; "the two countries clashed" is no assault of one on no one.
            return UNADDRESSED.contains(type) && !hit.value().kind().isSymmetric()
                    && sources.stream().allMatch(a -> knowledge.sameParty(a, sources.get(0)))
                    && slots.stream().allMatch(s -> knowledge.sameParty(sources.get(0), s.actor()));
        }

        private Slot slotCovering(int token) {
            return slots.stream().filter(s -> s.from() <= token && token < s.to()).findFirst().orElse(null);
        }

        /** "A and B exchanged messages", "A exchanging messages with B": one message each way. */
        private void exchange(PhraseMatcher.Hit<TriggerGroup> hit) {
            Slot a = subjectBefore(hit);
            Slot b = a == null ? null : objectAfter(hit, a);
            if (a != null && b == null) {
                b = coordinatedWith(a);
            }
            if (a == null || b == null) {
                dateEarlierTelling(hit);
                return;
            }
            emit(hit, List.of(a.actor()), b.actor(), "exchange");
            emit(hit, List.of(b.actor()), a.actor(), "exchange");
        }

        private void emit(PhraseMatcher.Hit<TriggerGroup> hit, List<Actor> sources, Actor target, String rule) {
            if (target != null && sources.stream().anyMatch(a -> knowledge.sameParty(a, target))) {
                return;
            }
            if (hit.value().kind() == EventKind.MILITARY_TEST && sources.stream().anyMatch(knowledge::isBody)) {
                return; // "the Security Council voted … after the missile test": a state tested, not the council
            }
            TriggerGroup group = hit.value();
            DateInterval date = dateNear(hit);
            Span evidence = sentence.span();
            List<Actor> targets = target == null ? List.of() : List.of(target);
            String id = Ids.of("m", document.article().key(), group.kind(), evidence, sources, targets,
                    tokens.get(hit.from()).span());
            double confidence = rule.contains("correspondent") ? 0.5 : 0.8;
            found.add(new EventMention(id, document.article().key(), group.kind(), group.coding(), sources,
                    targets, date, evidence, confidence, null, Provenance.of(STAGE, group.id() + "/" + rule)));
        }

        /** The slot's actor and those coordinated with it ("Blinken and Austin"), of distinct identities. */
        private List<Actor> withCoordinated(Slot first) {
            List<Actor> actors = new ArrayList<>();
            // "the two leaders" is two slots on one span: both are parties.
            slots.stream().filter(o -> o.from() == first.from() && o.to() == first.to()).map(Slot::actor)
                    .forEach(actors::add);
            Slot at = first;
            Slot next;
            while ((next = coordinatedAfter(at)) != null) {
                if (!actors.contains(next.actor())) {
                    actors.add(next.actor());
                }
                at = next;
            }
            at = first;
            while ((next = coordinatedBefore(at)) != null) {
                if (!actors.contains(next.actor())) {
                    actors.add(0, next.actor());
                }
                at = next;
            }
            return actors;
        }

        /**
         * "an agreement between Seoul and Beijing", "messages passed between A and B during a meeting": the
         * first of a pair after "between" in the sentence, the one right after the trigger first.
         */
        private Slot betweenAfter(PhraseMatcher.Hit<TriggerGroup> hit) {
            Slot any = null;
            for (int i = 0; i < tokens.size() - 1; i++) {
                if (tokens.get(i).lower().equals("between")) {
                    Slot first = slotAt(skipArticle(i + 1));
                    if (first != null && i >= hit.to() && i < hit.to() + 3) {
                        return first;
                    }
                    any = any == null ? first : any;
                }
            }
            return any;
        }

        /** A deed of a type done to people where they live, and not to property ("blew up the office"). */
        private boolean aimedAtPeople(PhraseMatcher.Hit<TriggerGroup> hit) {
            return AT_HOME.contains(hit.value().coding().ploverType()) && !PROPERTY.equals(hit.value().coding().ploverMode());
        }

        /** "were killed by a roadside bomb": a trigger that is a passive's agent is none of the subject's deeds. */
        private boolean afterBy(PhraseMatcher.Hit<TriggerGroup> hit) {
            for (int k = hit.from() - 1; k >= Math.max(0, hit.from() - 3); k--) {
                String word = tokens.get(k).lower();
                if (word.equals("by")) {
                    return k > 0 && PASSIVE_AUXILIARIES.contains(tokens.get(k - 1).lower())
                            || k > 1 && PASSIVE_AUXILIARIES.contains(tokens.get(k - 2).lower());
                }
                if (!Character.isLowerCase(word.charAt(0)) && !Character.isLetter(tokens.get(k).text().charAt(0))
                        || PREPOSITIONS.contains(word) || CLAUSE_WORDS.contains(word)) {
                    return false;
                }
            }
            return false;
        }

        /**
         * "Three US servicemen were killed by a roadside bomb", "a minefield explosion killed two Iraqi youths": an
         * attack whose victims are named and whose attacker is not is read with no source, which stays unknown.
         */
        private boolean victimOnly(PhraseMatcher.Hit<TriggerGroup> hit) {
            Slot victim = isPassive(hit) ? subjectBefore(hit) : directObject(skipArticle(hit.to()));
            if (victim == null || distance(victim, hit) > ONE_SIDED_REACH) {
                return false;
            }
            emit(hit, List.of(), victim.actor(), isPassive(hit) ? "passive-victim+no-source" : "victim+no-source");
            return true;
        }

        /**
         * A definite retelling with no actors of its own ("the leaders' messages were exchanged ... on Monday")
         * dates the article's undated mentions of that kind told before it.
         */
        private void dateEarlierTelling(PhraseMatcher.Hit<TriggerGroup> hit) {
            boolean definite = false;
            for (int i = Math.max(0, hit.from() - 3); i < hit.from(); i++) {
                definite |= DEFINITE.contains(tokens.get(i).lower()) || tokens.get(i).text().endsWith("'")
                        || tokens.get(i).text().endsWith("\u2019");
            }
            DateInterval date = dateNear(hit);
            if (!definite || !date.isKnown()) {
                return;
            }
            for (int k = 0; k < found.size(); k++) {
                EventMention m = found.get(k);
                if (m.kind() == hit.value().kind() && !m.date().isKnown()) {
                    found.set(k, new EventMention(m.id(), m.articleKey(), m.kind(), m.coding(), m.source(),
                            m.target(), date, m.evidence(), m.confidence(), m.inReplyTo(),
                            Provenance.of(STAGE, m.provenance().rule() + "+dated-by-retelling")));
                }
            }
        }

        /** "protests erupted in Belgrade": where a protest with no one named before it took place. */
        private Slot placeAfter(PhraseMatcher.Hit<TriggerGroup> hit) {
            for (int i = hit.to(); i < Math.min(tokens.size() - 1, hit.to() + OBJECT_REACH); i++) {
                if (isClauseBreak(i) || startsTrigger(i) && i > hit.to()) {
                    return null;
                }
                if (tokens.get(i).lower().equals("in")) {
                    Slot s = slotAt(skipArticle(i + 1));
                    if (s != null) {
                        return s;
                    }
                }
            }
            return null;
        }

        /**
         * "Turkish authorities imposed a curfew in the town of Cizre in southeastern Turkey": a state named after "in"
         * that is the source's own, where the deed is done to those who live there.
         */
        private Slot homePlace(PhraseMatcher.Hit<TriggerGroup> hit, Slot source) {
            String before = hit.from() > 0 ? tokens.get(hit.from() - 1).lower() : "";
            if (DEFINITE.contains(before) || PREPOSITIONS.contains(before) || before.equals("a") || before.equals("an")) {
                return null; // "blamed Israel for the bombing of Karmi in the West Bank": no deed of the subject
            }
            for (Slot s : slots) {
                if (s.from() >= hit.to() && s.from() - hit.to() <= OBJECT_REACH && s.actor().role() == null
                        && s.actor().country().equals(source.actor().country()) && prepositionBefore(s.from()).equals("in")
                        && !clauseBreakBetween(hit.to(), s.from()) && !commaBetween(hit.to(), s.from())) {
                    return s;
                }
            }
            return null;
        }

        /** "a message from Xi": the agent right after the trigger, before any other trigger begins. */
        private Slot agentAfter(PhraseMatcher.Hit<TriggerGroup> hit) {
            for (int i = hit.to(); i < Math.min(tokens.size() - 1, hit.to() + AGENT_REACH + 1); i++) {
                String word = tokens.get(i).lower();
                if (isClauseBreak(i) || startsTrigger(i)
                        || PREPOSITIONS.contains(word) && !AGENT_PREPOSITIONS.contains(word)) {
                    return null; // "rallies against abuses by the army": the army is no agent of the rallies
                }
                if (AGENT_PREPOSITIONS.contains(word)) {
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
                if (isPossessor(s) && s.to() < hit.from() && hit.from() - s.to() - 1 <= POSSESSIVE_REACH) {
                    return s;
                }
            }
            return null;
        }

        /**
         * The nearest actor before the trigger that is no preposition's object and no possessor of another
         * noun ("Pyongyang's commitment"), within the clause.
         */
        private Slot subjectBefore(PhraseMatcher.Hit<TriggerGroup> hit) {
            Slot apposed = beforeApposition(hit.from());
            if (apposed != null) {
                return apposed;
            }
            Slot best = null;
            for (Slot s : slots) {
                if (s.to() <= hit.from() && !precededByPreposition(s) && !isPossessor(s) && !isObjectOfTrigger(s)
                        && !clauseBreakBetween(s.to(), hit.from())) {
                    best = s;
                }
            }
            return best;
        }

        /**
         * "Ankara's district administration has denied the permit": where no actor is the subject, the owner of a
         * subject the knowledge does not name, with only its words and auxiliaries between them and the trigger.
         */
        private Slot ownerOfSubject(PhraseMatcher.Hit<TriggerGroup> hit) {
            for (Slot s : slots) {
                if (s.to() < hit.from() && isPossessor(s) && !precededByPreposition(s)
                        && distance(s, hit) <= OWNED_SUBJECT_REACH && !clauseBreakBetween(s.to(), hit.from())
                        && !commaBetween(s.to(), hit.from()) && !triggerBetween(s.to(), hit.from())) {
                    return s;
                }
            }
            return null;
        }

        private boolean triggerBetween(int from, int to) {
            for (int i = from; i < to; i++) {
                if (startsTrigger(i) || CLAUSE_WORDS.contains(tokens.get(i).lower())) {
                    return true;
                }
            }
            return false;
        }

        /**
         * What a passive deed was done to: the nearest actor before it in its clause, also inside a phrase ("a
         * camp for Congolese refugees was attacked").
         */
        private Slot patientBefore(PhraseMatcher.Hit<TriggerGroup> hit, Slot agent) {
            Slot best = null;
            for (Slot s : slots) {
                if (s.to() <= hit.from() && !sameActor(s, agent) && !clauseBreakBetween(s.to(), hit.from())
                        && !commaBetween(s.to(), hit.from())) {
                    best = s;
                }
            }
            return best;
        }

        /**
         * Whom a demonstration is against, further on in its sentence: "against" or "by" someone ("rallies against
         * violations by the Israeli military"), or whose act it is ("to protest Sweden's decision").
         */
        private Slot protestedAgainst(PhraseMatcher.Hit<TriggerGroup> hit, List<Actor> sources) {
            for (Slot s : slots) {
                if (s.from() < hit.to() || clauseBreakBetween(hit.to(), s.from())) {
                    continue;
                }
                int before = s.from() - 1;
                if (before >= 0 && tokens.get(before).lower().equals("the")) {
                    before--;
                }
                boolean against = before >= 0 && PROTESTED_PREPOSITIONS.contains(tokens.get(before).lower());
                if ((against || isPossessor(s)) && sources.stream().noneMatch(a -> knowledge.sameParty(a, s.actor()))) {
                    return s;
                }
            }
            return null;
        }

        private boolean typedTarget(PhraseMatcher.Hit<TriggerGroup> hit, String preposition) {
            String type = hit.value().deedType();
            return type != null && TYPED_TARGET_PREPOSITIONS.getOrDefault(type, Set.of()).contains(preposition);
        }

        /**
         * "rebels demanded", "to withdraw", "will send": the trigger follows an actor, an infinitive's "to" or an
         * auxiliary, so it is a verb, and an agent after it ("from Lebanon") is no agent of it.
         */
        private boolean isVerbAfterSubjectOrAuxiliary(PhraseMatcher.Hit<TriggerGroup> hit) {
            return slotEndingAt(hit.from()) != null
                    || hit.from() > 0 && VERB_LEADS.contains(tokens.get(hit.from() - 1).lower());
        }

        /** "was attacked", "have been killed": the trigger is a passive participle. */
        private boolean isPassive(PhraseMatcher.Hit<TriggerGroup> hit) {
            return hit.from() > 0 && PASSIVE_AUXILIARIES.contains(tokens.get(hit.from() - 1).lower());
        }

        /** For a test with no actor before it ("After a nuclear test, Pyongyang ..."): the clause's subject after. */
        private Slot subjectAfter(PhraseMatcher.Hit<TriggerGroup> hit) {
            for (Slot s : slots) {
                if (s.from() >= hit.to() && !precededByPreposition(s) && !isPossessor(s)) {
                    return s;
                }
            }
            return null;
        }

        /**
         * "Pakistan, a key U.S. ally, has refused": the actor before a comma-enclosed apposition that ends right
         * before the verb (auxiliaries aside) is its subject, not an actor inside the apposition.
         */
        private Slot beforeApposition(int verb) {
            int close = verb - 1;
            while (close >= 0 && AUXILIARIES.contains(tokens.get(close).lower())) {
                close--;
            }
            if (close < 1 || !tokens.get(close).text().equals(",")) {
                return null;
            }
            for (int open = close - 1; open > 0; open--) {
                if (tokens.get(open).text().equals(",")) {
                    Slot s = slotEndingAt(open);
                    return s != null && !precededByPreposition(s) && !isPossessor(s) && open < close - 1 ? s : null;
                }
                if (isClauseBreak(open)) {
                    return null;
                }
            }
            return null;
        }

        /** "killed one U.S. soldier and wounded two others": the soldier is what the first verb did, not who did the next. */
        private boolean isObjectOfTrigger(Slot s) {
            return hits.stream().anyMatch(h -> h.to() <= s.from() && directObject(skipArticle(h.to())) == s);
        }

        private boolean isPossessor(Slot s) {
            return s.to() < tokens.size() && POSSESSIVE.contains(tokens.get(s.to()).text())
                    || s.to() - s.from() == 1 && POSSESSIVE_PRONOUNS.contains(tokens.get(s.from()).lower());
        }

        /** The first actor after the trigger that is its object: right after it, or after a preposition. */
        private Slot objectAfter(PhraseMatcher.Hit<TriggerGroup> hit, Slot source) {
            int direct = skipArticle(hit.to());
            int that = skipWhen(hit.to());
            if (hit.value().kind() == EventKind.REQUEST && that < tokens.size()
                    && tokens.get(that).lower().equals("that")) {
                // "demanded that Seoul stop", "demanded on Friday that its partners refuse": they are asked
                direct = that + 1;
                while (direct < tokens.size() && DETERMINERS.contains(tokens.get(direct).lower())) {
                    direct++;
                }
            }
            Slot first = directObject(direct);
            if (first == null) {
                first = objectOfInfinitive(hit);
            }
            if (first != null && !sameActor(first, source)) {
                return first;
            }
            for (Slot s : slots) {
                if (s.from() >= hit.to() && s.from() - hit.to() <= OBJECT_REACH && !sameActor(s, source)
                        && !clauseBreakBetween(hit.to(), s.from()) && !commaBetween(hit.to(), s.from())) {
                    String preposition = prepositionBefore(s.from());
                    if (hit.value().kind() == EventKind.REQUEST ? ASKED_PREPOSITIONS.contains(preposition)
                            : TARGET_PREPOSITIONS.contains(preposition) || typedTarget(hit, preposition)) {
                        return s;
                    }
                }
            }
            return null;
        }

        /** The actor a complaint is about, after the one it is made to: "over", "about" or "against" it. */
        private Slot accusedAfter(Slot audience, Slot source) {
            for (Slot s : slots) {
                if (s.from() > audience.to() && s.from() - audience.to() <= OBJECT_REACH && !sameActor(s, source)
                        && !clauseBreakBetween(audience.to(), s.from())
                        && COMPLAINED_OF.contains(tokens.get(skipQuantity(indexBeforeModifiers(s.from()))).lower())) {
                    return s;
                }
            }
            return null;
        }

        /** Back past a number before a name: "over two Israeli air raids". */
        private int skipQuantity(int at) {
            int k = at;
            while (k > 0 && (Character.isDigit(tokens.get(k).text().charAt(0)) || NUMBER_WORDS.contains(tokens.get(k).lower()))) {
                k--;
            }
            return Math.max(k, 0);
        }

        /** Past words that say when, right after a verb: "demanded on Friday that", "urged again today". */
        private int skipWhen(int from) {
            int at = from;
            while (at < tokens.size() && (WHEN_WORDS.contains(tokens.get(at).lower())
                    || CalendarNames.isWeekday(tokens.get(at).text()))) {
                at++;
            }
            return at;
        }

        /**
         * The preposition before an actor, past "the" and a few lower-case words that modify it ("from neighbouring
         * Lebanon", "to war-torn Mozambique"), or "" where another word stands there.
         */
        private String prepositionBefore(int actorFrom) {
            int before = indexBeforeModifiers(actorFrom);
            return before >= 0 ? tokens.get(before).lower() : "";
        }

        /** The token before an actor and the "the" and adjectives that modify it ("of southern Serbia"), or -1. */
        private int indexBeforeModifiers(int actorFrom) {
            int before = actorFrom - 1;
            if (before >= 0 && tokens.get(before).lower().equals("the")) {
                before--;
            }
            for (int skipped = 0; skipped < MODIFIER_REACH && before >= 0 && isModifier(tokens.get(before)); skipped++) {
                before--;
            }
            if (before >= 0 && tokens.get(before).lower().equals("the")) {
                before--;
            }
            return before;
        }

        /**
         * A lower-case word shaped like an adjective ("neighbouring", "southern", "war-torn", "occupied"), and no
         * trigger; a bare verb ("to discuss Iraq") is not read past.
         */
        private boolean isModifier(Token token) {
            String word = token.text();
            return !word.isEmpty() && Character.isLowerCase(word.charAt(0))
                    && word.chars().allMatch(c -> Character.isLetter(c) || c == '-')
                    && (word.indexOf('-') > 0 || ADJECTIVE_ENDINGS.stream().anyMatch(word::endsWith))
                    && knowledge.triggers(List.of(token)).isEmpty();
        }

        /**
         * "arrested Serbs", "killed two Palestinian youths": the actor at {@code from}, or after a few words that
         * modify it; none of them a preposition, a clause word, punctuation or the start of another trigger.
         */
        private Slot directObject(int start) {
            int from = start;
            while (from < tokens.size() && QUANTITY_WORDS.contains(tokens.get(from).lower())) {
                from++; // "arrested more than 100 Palestinians", "tortured scores of refugees"
            }
            for (int i = from; i < Math.min(tokens.size(), from + MODIFIER_REACH + 1); i++) {
                Slot s = slotAt(i);
                if (s != null) {
                    return s;
                }
                String word = tokens.get(i).lower();
                if (PREPOSITIONS.contains(word) || CLAUSE_WORDS.contains(word) || !Character.isLetterOrDigit(
                        word.charAt(0)) || startsTrigger(i)) {
                    return null;
                }
            }
            return null;
        }

        /**
         * "threatened to arrest opposition leaders", "agreed to release Serbian prisoners": after an intent or
         * request, the object of the verb that says what is intended is the one it is aimed at.
         */
        private Slot objectOfInfinitive(PhraseMatcher.Hit<TriggerGroup> hit) {
            int verb = tokens.get(hit.to() - 1).lower().equals("to") ? hit.to()
                    : hit.to() < tokens.size() && tokens.get(hit.to()).lower().equals("to") ? hit.to() + 1 : -1;
            return verb < 0 || verb + 1 >= tokens.size() ? null : directObject(skipArticle(verb + 1));
        }

        /** "A and B": the actor coordinated with {@code s}, on either side. */
        private Slot coordinatedWith(Slot s) {
            Slot after = coordinatedAfter(s);
            return after != null ? after : coordinatedBefore(s);
        }

        private Slot coordinatedAfter(Slot s) {
            if (s.to() + 1 >= tokens.size() || !COORDINATORS.contains(tokens.get(s.to()).lower())) {
                return null;
            }
            return slotAt(skipArticle(s.to() + 1));
        }

        private Slot coordinatedBefore(Slot s) {
            int before = s.from() - 1;
            if (before >= 0 && tokens.get(before).lower().equals("the")) {
                before--;
            }
            return before >= 1 && COORDINATORS.contains(tokens.get(before).lower()) ? slotEndingAt(before) : null;
        }

        /**
         * For a message with no addressee in its sentence: whom this sender already wrote to or heard from in
         * this article, else a person of another country named in the sentence, else the last one named before.
         */
        private Actor correspondent(Actor source, PhraseMatcher.Hit<TriggerGroup> hit) {
            for (int k = found.size() - 1; k >= 0; k--) {
                EventMention m = found.get(k);
                if (m.kind() == EventKind.MESSAGE && !m.target().isEmpty()) {
                    if (m.source().get(0).country().equals(source.country())) {
                        return m.target().get(0);
                    }
                    if (m.target().get(0).country().equals(source.country())) {
                        return m.source().get(0);
                    }
                }
            }
            for (Slot s : slots) {
                if (s.actor().isPerson() && !s.actor().country().equals(source.country())) {
                    return s.actor();
                }
            }
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

        /**
         * The nearest event-time expression within reach of the trigger, cut at the publication date. An intent
         * is dated when it was stated ("will visit in June, he said on Monday": Monday), never by the day planned.
         */
        private DateInterval dateNear(PhraseMatcher.Hit<TriggerGroup> hit) {
            LocalDate published = document.article().published().date();
            boolean intent = hit.value().isIntent();
            TimeExpression best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (TimeExpression t : document.timesIn(sentence.span())) {
                if (!t.interval().isKnown() || (intent ? published != null
                        && t.interval().start().isAfter(published) : t.reportingTime())) {
                    continue;
                }
                int at = tokenAt(t.span().start());
                int distance = at >= hit.to() ? wordsBetween(hit.to(), at)
                        : wordsBetween(tokenAt(t.span().end() - 1) + 1, hit.from());
                if (at >= 0 && distance <= TIME_REACH && distance < bestDistance) {
                    best = t;
                    bestDistance = distance;
                }
            }
            if (best == null) {
                return DateInterval.unknown();
            }
            return published == null ? best.interval() : best.interval().notAfter(published);
        }

        /**
         * Words inside quotation marks are someone's claim or comment, not the reporter's account of what
         * happened; the count of quote marks before the trigger tells whether it is inside.
         */
        private boolean insideQuote(PhraseMatcher.Hit<TriggerGroup> hit) {
            int marks = 0;
            for (int i = 0; i < hit.from(); i++) {
                if (QUOTES.contains(tokens.get(i).text())) {
                    marks++;
                }
            }
            return marks % 2 == 1;
        }

        /** Words between an actor and the trigger, on whichever side of it the actor stands; 0 inside it. */
        private int distance(Slot s, PhraseMatcher.Hit<TriggerGroup> hit) {
            if (s.to() <= hit.from()) {
                return wordsBetween(s.to(), hit.from());
            }
            return s.from() >= hit.to() ? wordsBetween(hit.to(), s.from()) : 0;
        }

        private boolean startsTrigger(int i) {
            return hits.stream().anyMatch(h -> h.from() == i);
        }

        /** Tokens between two positions, an actor mention counting as one word however long its name. */
        private int wordsBetween(int from, int to) {
            int words = 0;
            for (int i = from; i < to; i++) {
                Slot s = slotAt(i);
                if (s != null && s.to() <= to) {
                    i = s.to() - 1;
                }
                words++;
            }
            return words;
        }

        private boolean requirementsMet(TriggerGroup group) {
            if (group.requires().isEmpty()) {
                return true;
            }
            return tokens.stream().anyMatch(t -> group.requires().contains(PhraseMatcher.fold(t)));
        }

        /**
         * A trigger inside a name is no event, unless it is the actor's sector noun ("Iraqi protesters"); one that
         * runs on past the name ("the Israeli military operation") is.
         */
        private boolean insideActor(PhraseMatcher.Hit<TriggerGroup> hit) {
            return slots.stream().anyMatch(s -> s.from() <= hit.from() && hit.to() <= s.to())
                    && sectorNamedBy(hit) == null;
        }

        /**
         * "Palestinian protesters", "protesters from Serbia", "Turkish military strikes": the actor whose sector
         * noun the trigger starts at.
         */
        private Slot sectorNamedBy(PhraseMatcher.Hit<TriggerGroup> hit) {
            return slots.stream().filter(s -> s.from() <= hit.from() && hit.from() < s.to()
                    && s.mention().provenance().rule().contains("agent")).findFirst().orElse(null);
        }

        /** Whether a preposition governs the slot, directly or through "A and B" coordination. */
        private boolean precededByPreposition(Slot s) {
            int before = indexBeforeModifiers(s.from());
            if (before < 0) {
                return false;
            }
            String word = tokens.get(before).lower();
            if (COORDINATORS.contains(word)) {
                Slot previous = slotEndingAt(before);
                return previous != null && precededByPreposition(previous);
            }
            if (word.equals("of") && before > 0 && isPartitive(tokens.get(before - 1))) {
                return false; // "one third of ethnic Albanian guerrillas have been demobilized": they were
            }
            return PREPOSITIONS.contains(word);
        }

        /** "thousands", "one third", "most", "200" before "of": a part of those named after it. */
        private boolean isPartitive(Token token) {
            String word = token.lower();
            return QUANTITY_WORDS.contains(word) || PARTS.contains(word) || Character.isDigit(word.charAt(0));
        }

        private Slot slotEndingAt(int end) {
            return slots.stream().filter(o -> o.to() == end).findFirst().orElse(null);
        }

        private boolean commaBetween(int from, int to) {
            for (int i = from; i < to; i++) {
                if (tokens.get(i).text().equals(",")) {
                    return true;
                }
            }
            return false;
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
            return knowledge.sameParty(a.actor(), b.actor());
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
