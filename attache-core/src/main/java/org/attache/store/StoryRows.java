package org.attache.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.attache.link.story.SourceGroup;
import org.attache.link.story.Story;

/** Maps {@link Story}s to rows of {@code story_articles}, one per article, and back. */
final class StoryRows {
    static final String INSERT = "INSERT INTO story_articles (article_key, story_id, source_id) VALUES (?, ?, ?)";

    /** One row of {@code story_articles}. */
    record Member(String storyId, String sourceId, String articleKey) {
    }

    private StoryRows() {
    }

    /** Every article of the stories with its story and source. */
    static List<Member> members(List<Story> stories) {
        List<Member> members = new ArrayList<>();
        for (Story story : stories) {
            for (SourceGroup source : story.sources()) {
                source.articleKeys().forEach(key -> members.add(new Member(story.id(), source.id(), key)));
            }
        }
        return members;
    }

    /** The stories these rows make, in the order their ids first come. */
    static List<Story> stories(List<Member> members) {
        Map<String, Map<String, List<String>>> byStory = new java.util.LinkedHashMap<>();
        for (Member m : members) {
            byStory.computeIfAbsent(m.storyId(), id -> new TreeMap<>())
                    .computeIfAbsent(m.sourceId(), id -> new ArrayList<>()).add(m.articleKey());
        }
        List<Story> stories = new ArrayList<>();
        byStory.forEach((id, sources) -> {
            List<SourceGroup> groups = sources.entrySet().stream()
                    .map(e -> new SourceGroup(e.getKey(), e.getValue().stream().sorted().toList())).toList();
            List<String> keys = groups.stream().flatMap(g -> g.articleKeys().stream())
                    .sorted(Comparator.naturalOrder()).toList();
            stories.add(new Story(id, keys, groups));
        });
        return stories;
    }
}
