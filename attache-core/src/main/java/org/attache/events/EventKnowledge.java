package org.attache.events;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.attache.knowledge.KnowledgeFiles;
import org.attache.knowledge.TsvRow;
import org.attache.model.Actor;
import org.attache.model.Coding;
import org.attache.model.EventKind;
import org.attache.model.Token;

/**
 * The trigger lexicon, default codings and factuality cues, loaded once from the knowledge files, and a user's
 * verb patterns with the CAMEO mapping that gives their events a kind and a PLOVER type.
 */
public final class EventKnowledge {
    private final PhraseMatcher<TriggerGroup> triggers;
    private final PhraseMatcher<FactualityCue> cues = new PhraseMatcher<>();
    private final PhraseMatcher<AnchorRelation> anchors = new PhraseMatcher<>();
    private final Map<EventKind, Coding> defaults = new EnumMap<>(EventKind.class);
    private final PatternCoder patterns;
    private final CameoMapping cameo;
    /** Sector codes of sectors.tsv on the society side: rebels, protesters, opposition ... */
    private final Set<String> society = new HashSet<>();
    /** The key of intents.tsv's line for an intent not to do a deed. */
    private static final String REFUSAL = "-";
    /** By a deed's PLOVER type, the kind and coding of the stated intent to do it (intents.tsv). */
    private final Map<String, TriggerGroup> intents = new HashMap<>();
    /** Modals after which the verb, not the noun it governs, stands where the cues are read from. */
    private static final Set<String> MODALS = Set.of("will", "would", "shall");
    private static final Set<String> NOT = Set.of("not", "n't", "never");
    /** How far before a noun trigger a modal may head its phrase: "would tighten the naval blockade". */
    private static final int MODAL_REACH = 5;
    /** Words that, after a comma, start another clause. */
    private static final Set<String> CLAUSE_JOINS = Set.of("and", "but", "while", "whereas");
    /** Words that end the phrase a verb before a trigger may belong to. */
    private static final Set<String> PHRASE_ENDS = Set.of("and", "or", "but", "that", "which", "who", "after",
            "before", "as", "while", "when");
    /** The key of intents.tsv's line for an intent told with a condition on the other side: an ultimatum. */
    private static final String ULTIMATUM = "unless";
    /** How far after an intent its condition may stand: "will withdraw its force from Chad unless ...". */
    private static final int CONDITION_REACH = 15;
    /** How far before a trigger a verb that undoes its deed may stand: "shortened by one hour the nightly curfew". */
    private static final int REVERSAL_REACH = 6;
    /** By a verb that undoes a deed (reversals.tsv), and the deed's PLOVER type, what undoing it is coded as. */
    private final Map<String, Map<String, TriggerGroup>> reversals = new HashMap<>();
    /** The codes of bodies.tsv: international bodies vote, meet and sanction, but test no weapons. */
    private final Set<String> bodies = new HashSet<>();

    private EventKnowledge(KnowledgeFiles files, PatternCoder patterns) {
        this.patterns = patterns;
        this.cameo = new CameoMapping(files);
        Set<String> fillers = new HashSet<>();
        files.rows("trigger-fillers.tsv").forEach(row -> fillers.addAll(row.alternatives(0)));
        this.triggers = new PhraseMatcher<>(fillers);
        for (TsvRow row : files.rows("coding.tsv")) {
            defaults.put(kind(row, 0), coding(row, 1));
        }
        for (TsvRow row : files.rows("bodies.tsv")) {
            bodies.add(row.cell(0).toUpperCase(java.util.Locale.ROOT));
        }
        for (TsvRow row : files.rows("triggers.tsv")) {
            EventKind kind = kind(row, 1);
            Coding own = coding(row, 4);
            Coding base = defaults.getOrDefault(kind, new Coding(null, null, null));
            Coding coding = own.ploverType() == null ? base : own;
            Set<String> requires = new HashSet<>(row.alternatives(3).stream().map(String::toLowerCase).toList());
            TriggerGroup group = new TriggerGroup(row.cell(0), kind, Set.copyOf(requires), coding);
            row.alternatives(2).forEach(p -> triggers.add(p, group));
        }
        loadAnchors(files);
        for (TsvRow row : files.rows("factuality.tsv")) {
            FactualityCue cue;
            try {
                cue = new FactualityCue(Integer.parseInt(row.cell(1)), row.cell(2), Set.copyOf(row.alternatives(3)),
                        row.cell(4).isEmpty() ? FactualityCue.Effect.BLOCKS
                                : FactualityCue.Effect.valueOf(row.cell(4).toUpperCase(java.util.Locale.ROOT)));
            } catch (NumberFormatException e) {
                throw row.error("window is not a number: " + row.cell(1));
            } catch (IllegalArgumentException e) {
                throw row.error("effect is 'intent', 'factual', 'negation', 'infinitive' or empty, not '" + row.cell(4) + "'");
            }
            row.alternatives(0).forEach(p -> cues.add(p, cue));
        }
        for (TsvRow row : files.rows("intents.tsv")) {
            intents.put(row.cell(0), cameo.group("intent", row.cell(1)));
        }
        for (TsvRow row : files.rows("reversals.tsv")) {
            TriggerGroup undoing = cameo.group("reversal", row.cell(2));
            for (String verb : row.alternatives(0)) {
                reversals.computeIfAbsent(verb.toLowerCase(java.util.Locale.ROOT), v -> new HashMap<>())
                        .put(row.cell(1), undoing);
            }
        }
        for (TsvRow row : files.rows("sectors.tsv")) {
            if (row.cell(2).equals("society")) {
                society.add(row.cell(1));
            } else if (!row.cell(2).equals("state")) {
                throw row.error("side is 'state' or 'society', not '" + row.cell(2) + "'");
            }
        }
    }

    private void loadAnchors(KnowledgeFiles files) {
        for (TsvRow row : files.rows("anchors.tsv")) {
            AnchorRelation relation;
            try {
                relation = AnchorRelation.valueOf(row.cell(0).toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw row.error("unknown relation '" + row.cell(0) + "' (precedes or during)");
            }
            row.alternatives(1).forEach(p -> anchors.add(p, relation));
        }
    }

    public static EventKnowledge load(KnowledgeFiles files) {
        return new EventKnowledge(files, PatternCoder.NONE);
    }

    /** As {@link #load(KnowledgeFiles)}, with a user's verb patterns coding beside the trigger lexicon. */
    public static EventKnowledge load(KnowledgeFiles files, PatternCoder patterns) {
        return new EventKnowledge(files, patterns);
    }

    PatternReading patterns(List<Token> tokens, List<TokenRange> actors, ActorPlacement placement) {
        return patterns.read(tokens, actors, placement);
    }

    /** The kind and coding of an event a user's pattern coded with a CAMEO code. */
    TriggerGroup cameoGroup(String rule, String code) {
        return cameo.group(rule, code);
    }

    List<PhraseMatcher.Hit<TriggerGroup>> triggers(List<Token> tokens) {
        return triggers.findAll(tokens);
    }

    /** Whether the actor is an international body of bodies.tsv rather than a state. */
    boolean isBody(Actor actor) {
        return bodies.contains(actor.country());
    }

    List<PhraseMatcher.Hit<AnchorRelation>> anchorCues(List<Token> tokens) {
        return anchors.findAll(tokens);
    }

    /**
     * How the trigger's event is told, as far as the cues before token {@code at} say: the group itself where no
     * cue blocks it, the intent to do it where a cue states the subject's intent and intents.tsv codes that deed
     * ("Portugal will support Turkey": AGREE), null where it did not happen (negated, hypothetical, wished).
     * A cue that spares the group's PLOVER type does not block it: "is expected to agree" is an AGREE.
     */
    TriggerGroup asTold(List<Token> tokens, int trigger, TriggerGroup deed) {
        int reversal = reversalBefore(tokens, trigger, deed);
        // "to halt attacks": cues are read before the verb that undoes the deed, which heads the phrase
        int at = headAfterModal(tokens, reversal < 0 ? trigger : reversal);
        TriggerGroup group = reversal < 0 ? deed : undoing(tokens.get(reversal), deed);
        String type = String.valueOf(group.coding().ploverType());
        boolean intent = false;
        boolean negated = false;
        boolean factual = false;
        for (int i = Math.max(0, at - 8); i < at; i++) {
            PhraseMatcher.Hit<FactualityCue> hit = cues.at(tokens, i);
            if (hit == null || at - hit.to() >= hit.value().window() || clauseBreakBetween(tokens, hit.to(), at)) {
                continue;
            }
            if (hit.value().effect() == FactualityCue.Effect.FACTUAL) {
                factual = true;
                i = hit.to() - 1; // "continued to send": its "to" is no infinitive of a plan
            } else if (hit.value().effect() == FactualityCue.Effect.INFINITIVE && factual) {
                i = hit.to() - 1; // "voted unanimously on Friday to impose": the vote did it
            } else if (hit.value().effect() == FactualityCue.Effect.NEGATION && intent) {
                negated = true;
                i = hit.to() - 1;
            } else if (!hit.value().spares().contains(type)) {
                if (hit.value().effect() != FactualityCue.Effect.INTENT) {
                    return null; // "may not meet", "hopes to meet": a negation or wish blocks the deed
                }
                intent = true;
                i = hit.to() - 1; // "is willing to withdraw": its "to" is the intent's, no plain infinitive
            } else {
                i = hit.to() - 1; // "tried to kill": a cue that spares the deed spares the "to" in it
            }
        }
        TriggerGroup coded = intents.get(negated ? REFUSAL : conditionFollows(tokens, trigger) ? ULTIMATUM : type);
        return !intent ? group : coded == null ? null : group.asIntent(coded);
    }

    /**
     * Where a verb of reversals.tsv stands shortly before the trigger in the same phrase, undoing its deed ("lifted
     * the curfew", "ended the blockade"): its token, or -1.
     */
    private int reversalBefore(List<Token> tokens, int trigger, TriggerGroup deed) {
        return wordInPhraseBefore(tokens, trigger, REVERSAL_REACH,
                word -> reversals.getOrDefault(word, Map.of()).containsKey(deed.coding().ploverType()));
    }

    /**
     * The nearest of the {@code reach} words before the trigger that is {@code sought}, or -1 where there is none
     * or punctuation or a clause word comes first. A hyphen is no word: "a day-old blockade", split at its hyphen.
     */
    private static int wordInPhraseBefore(List<Token> tokens, int trigger, int reach, Predicate<String> sought) {
        int words = 0;
        for (int k = trigger - 1; k >= 0 && words < reach; k--) {
            String word = tokens.get(k).lower();
            if (isHyphen(word)) {
                continue;
            }
            words++;
            if (sought.test(word)) {
                return k;
            }
            if (!Character.isLetterOrDigit(word.charAt(0)) || PHRASE_ENDS.contains(word)) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isHyphen(String word) {
        return word.equals("-") || word.equals("\u2010") || word.equals("\u2011");
    }

    /** The deed's undoing by the verb, coded as reversals.tsv says for the deed's type. */
    private TriggerGroup undoing(Token verb, TriggerGroup deed) {
        TriggerGroup undoing = reversals.get(verb.lower()).get(deed.coding().ploverType());
        return new TriggerGroup("reversal." + deed.id(), undoing.kind(), deed.requires(), undoing.coding());
    }

    /**
     * "will extend the night-time curfew": where a modal stands shortly before the trigger in the same phrase, the
     * cues are read as if the trigger were the verb right after it, which the deed's noun is the object of.
     */
    private static int headAfterModal(List<Token> tokens, int trigger) {
        int modal = wordInPhraseBefore(tokens, trigger, MODAL_REACH, MODALS::contains);
        if (modal < 0) {
            return trigger;
        }
        int head = modal + 1;
        while (head < trigger && NOT.contains(tokens.get(head).lower())) {
            head++; // "will not extend the curfew": the negation stays before the verb
        }
        return head;
    }

    /** "demanded their release; Israel freed 20", "urged talks, but Chile attacked": a cue there is another clause's. */
    private static boolean clauseBreakBetween(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            String word = tokens.get(k).lower();
            if (word.equals(";") || word.equals(",") && k + 1 < to && CLAUSE_JOINS.contains(tokens.get(k + 1).lower())) {
                return true;
            }
        }
        return false;
    }

    /** Whether "unless" follows the trigger in its sentence: "will withdraw unless elections are held". */
    private static boolean conditionFollows(List<Token> tokens, int at) {
        for (int k = at + 1; k < Math.min(tokens.size(), at + CONDITION_REACH); k++) {
            if (tokens.get(k).lower().equals(ULTIMATUM)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the actor is of a society's side (rebels, protesters, opposition), not of the state's organs. */
    boolean isSociety(Actor actor) {
        return society.contains(actor.role());
    }

    /**
     * Whether two actors are one party: the same state or body, both its organs or the same sector of it.
     * Iraqi police and Iraqi protesters are two parties; the Iraqi government and Iraqi troops are one.
     */
    boolean sameParty(Actor a, Actor b) {
        return a.country().equals(b.country())
                && (Objects.equals(a.role(), b.role()) || !society.contains(a.role()) && !society.contains(b.role()));
    }

    private static EventKind kind(TsvRow row, int column) {
        try {
            return EventKind.fromCode(row.cell(column));
        } catch (IllegalArgumentException e) {
            throw row.error("unknown event kind '" + row.cell(column) + "'");
        }
    }

    private static Coding coding(TsvRow row, int column) {
        return new Coding(emptyToNull(row.cell(column)), emptyToNull(row.cell(column + 1)),
                emptyToNull(row.cell(column + 2)));
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
