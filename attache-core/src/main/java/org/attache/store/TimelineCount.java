package org.attache.store;

import java.time.LocalDate;
import org.attache.model.EventKind;

/** How many dated records of one kind and PLOVER type (may be null) start in the period beginning on {@code period}. */
public record TimelineCount(LocalDate period, EventKind kind, String ploverType, long events) {
}
