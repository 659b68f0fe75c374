package org.attache.ingest.html;

/** One paragraph of a page's text, with how much of it is link text (a block of mostly links is navigation). */
record Block(String text, int linkChars) {
    boolean mostlyLinks() {
        return linkChars * 2 >= text.length();
    }
}
