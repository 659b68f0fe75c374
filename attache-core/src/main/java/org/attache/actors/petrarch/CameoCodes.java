package org.attache.actors.petrarch;

import java.util.ArrayList;
import java.util.List;
import org.attache.model.Actor;

/**
 * PETRARCH's actor codes as the model's actors. A CAMEO actor code is a three-letter country or
 * international code followed by three-letter sectors (NRLGOV: the government of the state coded NRL; a
 * code beginning IGO: an intergovernmental body), so the first three letters become {@code country} and the rest, the sectors,
 * become {@code role}; a person is not named, since the dictionaries do not say which codes are people.
 * The model keeps no separate field for sectors: a role is what made the actor act, and a sector is that.
 */
public final class CameoCodes {
    private static final int COUNTRY_LENGTH = 3;

    private CameoCodes() {
    }

    /**
     * The actors a dictionary code names: one, or several for codes joined by {@code /} (VAL/DAL:
     * two actors), or none for PETRARCH's codes of phrases known but not coded ({@code ---}, {@code +++},
     * {@code ###}).
     */
    public static List<Actor> actors(String code) {
        List<Actor> actors = new ArrayList<>();
        for (String part : code.split("/")) {
            if (!part.isEmpty() && Character.isLetter(part.charAt(0))) {
                actors.add(actor(part));
            }
        }
        return actors;
    }

    private static Actor actor(String code) {
        if (code.length() <= COUNTRY_LENGTH) {
            return Actor.state(code);
        }
        return new Actor(code.substring(0, COUNTRY_LENGTH), null, code.substring(COUNTRY_LENGTH));
    }
}
