package org.attache.model;

import java.time.LocalDate;
import java.util.Optional;

/** An article's publication date together with where it came from; unknown is a value, not null. */
public record PublishedDate(LocalDate date, DateOrigin origin) {
    private static final PublishedDate UNKNOWN = new PublishedDate(null, DateOrigin.UNKNOWN);

    public PublishedDate {
        if ((date == null) != (origin == DateOrigin.UNKNOWN)) {
            throw new IllegalArgumentException("a date needs an origin, and only an unknown date has none");
        }
    }

    public static PublishedDate unknown() {
        return UNKNOWN;
    }

    public static PublishedDate of(LocalDate date, DateOrigin origin) {
        return date == null ? UNKNOWN : new PublishedDate(date, origin);
    }

    public boolean isKnown() {
        return date != null;
    }

    public Optional<LocalDate> asOptional() {
        return Optional.ofNullable(date);
    }
}
