package org.attache.model;

/** Where a fact came from: the stage that produced it and the rule, pattern or data entry it applied. */
public record Provenance(String stage, String rule) {
    public static Provenance of(String stage, String rule) {
        return new Provenance(stage, rule);
    }

    @Override
    public String toString() {
        return stage + ":" + rule;
    }
}
