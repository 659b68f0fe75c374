package org.attache.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.attache.link.story.SourceGroup;
import org.attache.link.story.Story;
import org.attache.store.EventStore;
import org.attache.store.Page;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code attache stories}: the stored stories, each with its articles grouped into independent sources. */
@Command(name = "stories", mixinStandardHelpOptions = true,
        description = {"Lists the stories (articles about the same main event), most articles first, each with its "
            + "articles grouped into independent sources (a wire story and its reprints or rewrites count once). "
            + "Ingest recomputes them over all stored articles (docs/linking.md)."})
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
            int articles = 0;
            int shown = 0;
            Page<Story> page;
            do {
                page = events.stories(shown, PAGE);
                for (Story story : page.items()) {
                    out.printf("%s: %d article(s), %d independent source(s)%n", story.id(),
                            story.articleKeys().size(), story.independentSources());
                    for (SourceGroup source : story.sources()) {
                        out.printf("  %s%n", String.join(", ", source.articleKeys()));
                    }
                    articles += story.articleKeys().size();
                }
                shown += page.items().size();
            } while (!page.items().isEmpty() && shown < page.total());
            out.printf("%d stories over %d articles%n", shown, articles);
            out.flush();
        }
        return 0;
    }
}
