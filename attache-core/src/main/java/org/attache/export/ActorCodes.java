package org.attache.export;

import java.util.Locale;
import java.util.Map;
import org.attache.actors.ActorKnowledge;
import org.attache.actors.State;
import org.attache.model.Actor;

/**
 * What export formats say about an actor beyond its code: a display name, whether it is an international body,
 * its sector, and CAMEO's actor codes (country or IGO, type GOV, known group) where one is known.
 */
final class ActorCodes {
    /** CAMEO known-group codes of the bodies the knowledge base names, where CAMEO has one. */
    private static final Map<String, String> KNOWN_GROUPS = Map.ofEntries(
            Map.entry("UN", "UNO"), Map.entry("UNSC", "UNO"), Map.entry("UNGA", "UNO"), Map.entry("UNHRC", "UNO"),
            Map.entry("EU", "EEC"), Map.entry("NATO", "NAT"), Map.entry("ASEAN", "ASN"), Map.entry("IAEA", "IAE"),
            Map.entry("IMF", "IMF"), Map.entry("WB", "WBK"), Map.entry("OPEC", "OPC"), Map.entry("ARAB_LEAGUE", "ARL"),
            Map.entry("OAS", "OAS"), Map.entry("WTO", "WTO"), Map.entry("WHO", "WHO"));

    private final ActorKnowledge knowledge;

    ActorCodes(ActorKnowledge knowledge) {
        this.knowledge = knowledge;
    }

    boolean isBody(Actor actor) {
        return knowledge.isBody(actor.country());
    }

    /** The person's name, else the state's name, else the code. */
    String name(Actor actor) {
        if (actor.person() != null) {
            return actor.person();
        }
        return knowledge.state(actor.country()).map(State::name).orElse(actor.country());
    }

    /** "igo" for a body and its officials, "government" for a state and its office holders. */
    String sector(Actor actor) {
        return isBody(actor) ? "igo" : "government";
    }

    /** CAMEO's actor code: country plus GOV for an office holder; IGO plus the known group for a body. */
    String cameoCode(Actor actor) {
        if (isBody(actor)) {
            return "IGO" + knownGroup(actor);
        }
        return actor.country() + type(actor);
    }

    String countryCode(Actor actor) {
        return isBody(actor) ? "" : actor.country();
    }

    String knownGroup(Actor actor) {
        return KNOWN_GROUPS.getOrDefault(actor.country().toUpperCase(Locale.ROOT), "");
    }

    /** GOV for a person acting in office for a state; empty for the state itself, IGO for a body. */
    String type(Actor actor) {
        if (isBody(actor)) {
            return "IGO";
        }
        return actor.person() != null || actor.role() != null ? "GOV" : "";
    }
}
