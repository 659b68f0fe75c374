package org.attache.events.petrarch;

import java.util.ArrayList;
import java.util.List;
import org.attache.events.ActorPlacement;
import org.attache.events.CodedEvent;
import org.attache.events.PatternCoder;
import org.attache.events.PatternReading;
import org.attache.events.TokenRange;
import org.attache.model.Token;

/**
 * Codes a sentence with a verb dictionary: at each verb found (not read as a noun), the most specific pattern
 * of its blocks that matches, else the verb's own code; source and target from the pattern's slots, else from
 * the extractor's placement, else the first actor after the verb or the matched words; spread over compound
 * actors.
 */
public final class VerbCoder implements PatternCoder {
    private final VerbDictionary dictionary;
    private final VerbSpotter spotter;

    VerbCoder(VerbDictionary dictionary) {
        this.dictionary = dictionary;
        this.spotter = new VerbSpotter(dictionary);
    }

    @Override
    public PatternReading read(List<Token> tokens, List<TokenRange> actors, ActorPlacement placement) {
        List<SpottedVerb> verbs = spotter.spot(tokens, actors);
        Reading reading = new Reading(tokens, actors, verbs, placement);
        verbs.stream().filter(v -> !v.noun()).forEach(reading::code);
        return new PatternReading(verbs.stream().map(SpottedVerb::range).toList(), reading.events);
    }

    /** One sentence's coding. */
    private final class Reading {
        private final List<TokenRange> actors;
        private final ActorPlacement placement;
        private final PatternMatch matcher;
        private final Compounds compounds;
        private final ClauseRoles roles;
        private final List<CodedEvent> events = new ArrayList<>();

        Reading(List<Token> tokens, List<TokenRange> actors, List<SpottedVerb> verbs, ActorPlacement placement) {
            this.actors = actors;
            this.placement = placement;
            this.matcher = new PatternMatch(tokens, actors, dictionary);
            this.compounds = new Compounds(tokens, actors, dictionary);
            this.roles = new ClauseRoles(tokens, actors, verbs);
        }

        /** The best pattern of the verb's blocks (several blocks may list the same form), else its own code. */
        void code(SpottedVerb spotted) {
            TokenRange verb = spotted.range();
            VerbPattern best = null;
            PatternMatch.Slots slots = PatternMatch.Slots.none(verb.to());
            for (VerbForm form : spotted.forms()) {
                for (VerbPattern p : form.block().patterns()) {
                    PatternMatch.Slots s = best != null && p.weight() <= best.weight() ? null : matcher.match(p, verb);
                    if (s != null) {
                        best = p;
                        slots = s;
                    }
                }
            }
            VerbForm own = spotted.forms().stream().filter(f -> f.code().codes()).findFirst()
                    .orElse(spotted.forms().get(0));
            VerbCode code = best == null ? own.code() : best.code();
            if (code.codes()) {
                place(verb, code, slots, best == null ? "verb " + own.block().name() : "pattern " + best.id());
            }
        }

        private void place(TokenRange verb, VerbCode code, PatternMatch.Slots slots, String rule) {
            if (slots.compound() >= 0) {
                // "%": the members of the compound act on one another.
                List<Integer> members = compounds.around(slots.compound());
                for (int a : members) {
                    for (int b : members) {
                        if (a != b) {
                            events.add(new CodedEvent(verb, code.code(), a, b, rule + " %"));
                        }
                    }
                }
                return;
            }
            int source = slots.source();
            int target = slots.target();
            if (source < 0 && target < 0) {
                source = roles.passiveAgent(verb);
                target = source < 0 ? -1 : placement.subjectBefore(verb.from());
            }
            if (source < 0 && target >= 0) {
                // "Norvia said that Ostland regretted": the subject stands before the pattern's target.
                source = placement.subjectBefore(Math.min(verb.from(), actors.get(target).from()));
            }
            if (source < 0) {
                source = placement.subjectBefore(verb.from());
                source = source < 0 ? roles.possessorSubject(verb.from()) : source;
                if (source >= 0 && roles.clauseOpenerBetween(actors.get(source).to(), verb.from())) {
                    return; // "Norvia left after a storm was reported": not Norvia's report
                }
            }
            if (source >= 0 && target < 0) {
                target = placement.objectAfter(verb.from(), verb.to(), source);
            }
            if (source >= 0 && target < 0) {
                // the object of "signed a long and costly trade deal for next year with Ostland" may stand
                // further off than the extractor reaches, after the words the pattern matched
                target = roles.firstActorAfter(verb.to(), source);
                target = target < 0 ? roles.firstActorAfter(slots.end(), source) : target;
            }
            if (source < 0 || target < 0 || source == target) {
                return;
            }
            for (int s : compounds.around(source)) {
                for (int t : compounds.around(target)) {
                    events.add(new CodedEvent(verb, code.code(), s, t, rule));
                    if (code.reverse() != null) {
                        events.add(new CodedEvent(verb, code.reverse(), t, s, rule + " reverse"));
                    }
                }
            }
        }
    }
}
