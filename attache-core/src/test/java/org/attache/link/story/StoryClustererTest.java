package org.attache.link.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attache.link.story.Texts.article;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.attache.model.Article;
import org.attache.model.DateBasis;
import org.attache.model.DateInterval;
import org.junit.jupiter.api.Test;

class StoryClustererTest {
    private static final Article QUAKE = article("wire-quake", "Quake kills 14 in western Iran", Texts.QUAKE);
    private static final Article REPRINT = article("paper-quake", "Deadly earthquake hits Kermanshah",
            Texts.QUAKE_REPRINT);
    private static final Article REWRITE = article("spun-quake", "Powerful tremor leaves 14 dead in Iran",
            Texts.QUAKE_REWRITE);
    private static final Article OWN_REPORT = article("daily-quake", "A night outdoors after the quake",
            Texts.QUAKE_OWN_REPORT);
    private static final Article OTHER_QUAKE = article("wire-quake-2", "Quake injures 37 in Kermanshah",
            Texts.OTHER_QUAKE);
    private static final Article SHOOTING = article("shooting-tampere", "Three hurt in Tampere mall shooting",
            Texts.SHOOTING);
    private static final Article OTHER_SHOOTING = article("shooting-leeds", "Two held after Leeds shooting",
            Texts.OTHER_SHOOTING);
    private static final Article TREATY = article("treaty", "Norway and Chile sign fisheries pact", Texts.TREATY);

    private static final List<Article> NEWS = List.of(QUAKE, REPRINT, REWRITE, OWN_REPORT, OTHER_QUAKE, SHOOTING,
            OTHER_SHOOTING, TREATY);

    private static Story storyOf(List<Story> stories, String key) {
        return stories.stream().filter(s -> s.articleKeys().contains(key)).findFirst().orElseThrow();
    }

    @Test
    void aReprintWithAnotherHeadlineIsTheSameSourceAndStory() {
        Story story = storyOf(StoryClusterer.cluster(NEWS), QUAKE.key());
        assertThat(story.articleKeys()).contains(REPRINT.key());
        assertThat(story.sources()).anySatisfy(
                source -> assertThat(source.articleKeys()).contains(QUAKE.key(), REPRINT.key()));
    }

    @Test
    void aMachineRewriteIsTheSameSourceAsItsOriginal() {
        assertThat(SourceIndependence.group(NEWS)).anySatisfy(
                source -> assertThat(source.articleKeys()).contains(QUAKE.key(), REWRITE.key()));
    }

    @Test
    void anotherOutletsOwnReportJoinsTheStoryAsAnIndependentSource() {
        Story story = storyOf(StoryClusterer.cluster(NEWS), QUAKE.key());
        assertThat(story.articleKeys()).containsExactly("daily-quake", "paper-quake", "spun-quake", "wire-quake");
        assertThat(story.sources()).extracting(SourceGroup::articleKeys).containsExactlyInAnyOrder(
                List.of("paper-quake", "spun-quake", "wire-quake"), List.of("daily-quake"));
        assertThat(story.independentSources()).isEqualTo(2);
    }

    @Test
    void theSameKindOfEventWithOtherDetailsIsAnotherStory() {
        List<Story> stories = StoryClusterer.cluster(NEWS);
        assertThat(storyOf(stories, OTHER_QUAKE.key()).articleKeys()).containsExactly(OTHER_QUAKE.key());
        assertThat(storyOf(stories, SHOOTING.key()).articleKeys()).containsExactly(SHOOTING.key());
        assertThat(storyOf(stories, OTHER_SHOOTING.key()).articleKeys()).containsExactly(OTHER_SHOOTING.key());
        assertThat(stories).hasSize(5);
    }

    @Test
    void reportsPublishedYearsApartAreNotOneStory() {
        List<Article> others = List.of(OTHER_QUAKE, SHOOTING, OTHER_SHOOTING, TREATY);
        Article wire = article("wire", null, "2019-11-12", Texts.QUAKE);
        Article nextDay = article("report", null, "2019-11-13", Texts.QUAKE_OWN_REPORT);
        Article yearsLater = article("report", null, "2022-11-13", Texts.QUAKE_OWN_REPORT);
        List<Article> close = new ArrayList<>(others);
        close.addAll(List.of(wire, nextDay));
        List<Article> apart = new ArrayList<>(others);
        apart.addAll(List.of(wire, yearsLater));
        assertThat(storyOf(StoryClusterer.cluster(close), "wire").articleKeys()).containsExactly("report", "wire");
        assertThat(storyOf(StoryClusterer.cluster(apart), "wire").articleKeys()).containsExactly("wire");
    }

    @Test
    void everyArticleIsInExactlyOneStoryAndOneSource() {
        List<Story> stories = StoryClusterer.cluster(NEWS);
        assertThat(stories.stream().flatMap(s -> s.articleKeys().stream()))
                .containsExactlyInAnyOrderElementsOf(NEWS.stream().map(Article::key).toList());
        for (Story story : stories) {
            assertThat(story.sources().stream().flatMap(s -> s.articleKeys().stream()))
                    .containsExactlyInAnyOrderElementsOf(story.articleKeys());
        }
    }

    @Test
    void theInputOrderChangesNothing() {
        List<Story> expected = StoryClusterer.cluster(NEWS);
        Random random = new Random(11);
        for (int round = 0; round < 5; round++) {
            List<Article> shuffled = new ArrayList<>(NEWS);
            Collections.shuffle(shuffled, random);
            assertThat(StoryClusterer.cluster(shuffled)).isEqualTo(expected);
        }
    }

    @Test
    void aLaterArticleJoiningAStoryKeepsItsId() {
        Article first = article("b-first", null, "2019-11-12", Texts.QUAKE);
        Article later = article("a-later", null, "2019-11-13", Texts.QUAKE_OWN_REPORT);
        List<Article> others = List.of(OTHER_QUAKE, SHOOTING, OTHER_SHOOTING, TREATY);
        List<Article> before = new ArrayList<>(others);
        before.add(first);
        List<Article> after = new ArrayList<>(before);
        after.add(later);
        String id = storyOf(StoryClusterer.cluster(before), "b-first").id();
        Story grown = storyOf(StoryClusterer.cluster(after), "b-first");
        assertThat(grown.articleKeys()).containsExactly("a-later", "b-first");
        assertThat(grown.id()).isEqualTo(id);
    }

    @Test
    void noArticlesNoStories() {
        assertThat(StoryClusterer.cluster(List.of())).isEmpty();
        assertThat(SourceIndependence.group(List.of())).isEmpty();
    }

    @Test
    void twoArticlesWithOneKeyAreRefused() {
        assertThatThrownBy(() -> StoryClusterer.cluster(List.of(QUAKE, article("wire-quake", null, "other"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("wire-quake");
    }

    @Test
    void reportsWhoseLeadsDateTheirMainEventsFarApartAreOtherStories() {
        Article wire = article("summit-wire", "Leaders meet at border summit", Texts.QUAKE);
        Article follow = article("summit-follow", "Leaders meet again", Texts.QUAKE_OWN_REPORT);
        List<Article> both = List.of(wire, follow);
        java.time.LocalDate day = java.time.LocalDate.of(2018, 4, 27);
        DateInterval first = DateInterval.day(day, DateBasis.RELATIVE);
        assertThat(StoryClusterer.cluster(both, java.util.Map.of("summit-wire", first))).hasSize(1);
        assertThat(StoryClusterer.cluster(both, java.util.Map.of("summit-wire", first,
                "summit-follow", DateInterval.day(day.plusDays(2), DateBasis.RELATIVE)))).hasSize(1);
        assertThat(StoryClusterer.cluster(both, java.util.Map.of("summit-wire", first,
                "summit-follow", DateInterval.day(day.plusDays(7), DateBasis.RELATIVE)))).hasSize(2);
    }
}
