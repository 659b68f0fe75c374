package org.attache.actors;

import java.util.List;

/** An international body such as the UN or NATO, by its short code. */
public record Body(String code, String name, List<String> variants, List<String> adjectives) {
}
