package org.attache.actors.petrarch;

import org.attache.model.Actor;

/**
 * What an agent word adds to an actor's code: written {@code ~GOV}, a sector put after the actor's code
 * ("the Norland government": NRL + GOV); written {@code NGO~}, a code put before it (a charity of Norland:
 * NGO + NRL).
 */
public record AgentCode(String code, boolean beforeActor) {
    private static final int SECTOR_LENGTH = 3;

    /**
     * The actor as this agent: a sector the actor already has is not added twice (an actor coded NRLGOV,
     * as an agent adding GOV, stays NRLGOV). A code put before the actor becomes its first three letters, so,
     * as with any code, it takes the country's place and the actor's code moves into the role.
     */
    public Actor applyTo(Actor actor) {
        String role = actor.role() == null ? "" : actor.role();
        if (beforeActor) {
            return new Actor(code, null, actor.country() + role);
        }
        StringBuilder added = new StringBuilder(role);
        for (int k = 0; k < code.length(); k += SECTOR_LENGTH) {
            String sector = code.substring(k, Math.min(code.length(), k + SECTOR_LENGTH));
            if (!hasSector(role, sector)) {
                added.append(sector);
            }
        }
        return new Actor(actor.country(), actor.person(), added.toString());
    }

    private static boolean hasSector(String role, String sector) {
        for (int k = 0; k + sector.length() <= role.length(); k += SECTOR_LENGTH) {
            if (role.startsWith(sector, k)) {
                return true;
            }
        }
        return false;
    }
}
