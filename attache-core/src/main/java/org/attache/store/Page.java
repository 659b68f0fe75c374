package org.attache.store;

import java.util.List;

/** One page of a longer listing, with how many items the whole listing has. */
public record Page<T>(List<T> items, long total) {
    public Page {
        items = List.copyOf(items);
    }
}
