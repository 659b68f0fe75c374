package org.attache.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;
import org.attache.model.Actor;

/**
 * Converts actor lists to and from the stored JSON form, an array of {@code {country, name, role}}, so that
 * one column holds a side of an event and stays readable with plain SQL tools.
 */
final class ActorJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ActorJson() {
    }

    static String write(List<Actor> actors) {
        ArrayNode array = MAPPER.createArrayNode();
        for (Actor actor : actors) {
            array.addObject()
                    .put("country", actor.country())
                    .put("name", actor.person())
                    .put("role", actor.role());
        }
        try {
            return MAPPER.writeValueAsString(array);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings always serialises", e);
        }
    }

    static List<Actor> read(String json) {
        JsonNode array;
        try {
            array = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new StoreException("stored actors are not JSON: " + json, e);
        }
        List<Actor> actors = new ArrayList<>(array.size());
        for (JsonNode actor : array) {
            actors.add(new Actor(actor.path("country").textValue(), actor.path("name").textValue(),
                    actor.path("role").textValue()));
        }
        return actors;
    }
}
