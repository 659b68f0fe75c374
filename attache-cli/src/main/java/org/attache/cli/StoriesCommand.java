package org.attache.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.attache.link.story.SourceGroup;
import org.attache.link.story.Story;
import org.attache.link.story.StoryClusterer;
import org.attache.model.Article;
import org.attache.store.EventStore;
import org.attache.store.Page;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code attache stories}: the store's articles grouped into stories, with their independent sources. */
@Command(name = "stories", mixinStandardHelpOptions = true,
        description = {"Groups the stored articles into stories (articles about the same main event) and, inside "
            + "each, into independent sources (a wire story and its reprints or rewrites count once); lists each "
            + "story with its articles. Computed over all stored articles at each call (docs/linking.md)."})
final class StoriesCommand implements Callable<Integer> {
    private static final int PAGE = 500;

    @Mixin
    StoreOptions store;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (EventStore events = store.open()) {
            List<Article> articles = new ArrayList<>();
            Page<Article> page;
            do {
                page = events.articles(articles.size(), PAGE);
                articles.addAll(page.items());
            } while (!page.items().isEmpty() && articles.size() < page.total());
            List<Story> stories = StoryClusterer.cluster(articles);
            for (Story story : stories) {
                out.printf("%s: %d article(s), %d independent source(s)%n", story.id(), story.articleKeys().size(),
                        story.independentSources());
                for (SourceGroup source : story.sources()) {
                    out.printf("  %s%n", String.join(", ", source.articleKeys()));
                }
            }
            out.printf("%d stories over %d articles%n", stories.size(), articles.size());
            out.flush();
        }
        return 0;
    }
}
