package org.attache.events.petrarch;

/**
 * A verb's or pattern's code: the CAMEO code of the event from source to target and, after a colon, that of
 * the event back from target to source ({@code [032:033]}: a visit, and being visited). A null code codes nothing.
 */
record VerbCode(String code, String reverse) {
    static final VerbCode NONE = new VerbCode(null, null);

    /** Reads the text between brackets; {@code ---}, {@code +++} and {@code ###} mean "known, not coded". */
    static VerbCode parse(String written) {
        String[] parts = written.strip().split(":", 2);
        return new VerbCode(code(parts[0]), parts.length > 1 ? code(parts[1]) : null);
    }

    private static String code(String s) {
        String c = s.strip();
        return c.isEmpty() || c.equals("---") || c.equals("+++") || c.equals("###") ? null : c;
    }

    boolean codes() {
        return code != null;
    }
}
