package org.attache.time;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** English month names and their abbreviations as news writes them, read into {@link Month}s. */
public final class Months {
    /**
     * A capitalised month name or abbreviation ("March", "Sept.", "Nov"), always case-sensitive so that
     * "may" and "march" stay verbs even inside a case-insensitive pattern. Only an abbreviation takes the
     * period after it; after a full name it ends the sentence. The first-letter test spares the alternatives
     * at most words.
     */
    public static final String NAME = "(?-i:(?=[ADFJMNOS])(?:January|February|March|April|May|June|July|August"
            + "|September|October|November|December)\\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\b\\.?)";

    /** Months by their first three letters, which tell every name and abbreviation apart. */
    private static final Map<String, Month> BY_PREFIX = Arrays.stream(Month.values())
            .collect(Collectors.toUnmodifiableMap(
                    m -> m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT),
                    Function.identity()));

    private Months() {
    }

    /** The month a text matched by {@link #NAME} names. */
    public static Month parse(String name) {
        return BY_PREFIX.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
    }
}
