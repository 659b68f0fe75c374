package org.attache.link.story;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** B³ precision, recall and F1 of stories against gold clusters, averaged over articles. */
record BCubed(double precision, double recall) {
    /** Scores the stories against the gold clusters of the articles they hold ({@code goldOf} may hold more). */
    static BCubed score(List<Story> stories, Map<String, String> goldOf) {
        List<String> keys = stories.stream().flatMap(s -> s.articleKeys().stream()).toList();
        Map<String, Long> goldSizes = keys.stream().collect(Collectors.groupingBy(goldOf::get, Collectors.counting()));
        double precision = 0;
        double recall = 0;
        for (Story story : stories) {
            Map<String, Long> inStory = story.articleKeys().stream()
                    .collect(Collectors.groupingBy(goldOf::get, Collectors.counting()));
            for (String key : story.articleKeys()) {
                long shared = inStory.get(goldOf.get(key));
                precision += (double) shared / story.articleKeys().size();
                recall += (double) shared / goldSizes.get(goldOf.get(key));
            }
        }
        return new BCubed(precision / keys.size(), recall / keys.size());
    }

    double f1() {
        return 2 * precision * recall / (precision + recall);
    }

    @Override
    public String toString() {
        return String.format("P %.3f R %.3f F1 %.3f", precision, recall, f1());
    }
}
