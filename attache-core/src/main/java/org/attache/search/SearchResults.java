package org.attache.search;

import java.util.List;

/** The best hits of a search, best first, and how many documents matched in all. */
public record SearchResults(long total, List<SearchHit> hits) {
    public SearchResults {
        hits = List.copyOf(hits);
    }
}
