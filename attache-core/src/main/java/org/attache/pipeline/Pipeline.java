package org.attache.pipeline;

import java.util.List;
import org.attache.actors.ActorResolver;
import org.attache.events.EventExtractor;
import org.attache.events.TemporalAnchoring;
import org.attache.hygiene.NoiseFinder;
import org.attache.ingest.PublicationDating;
import org.attache.model.Article;
import org.attache.model.Document;
import org.attache.nlp.DeepParser;
import org.attache.quotes.QuoteFinder;
import org.attache.time.Anniversaries;
import org.attache.time.TimeTagger;

/** The stages in order; stateless after construction, so one pipeline serves all worker threads. */
public final class Pipeline {
    private final List<Stage> stages;

    public Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
    }

    /**
     * Publication date, noise lines, sentences, a user's discards, actors, time expressions, events (the cheap
     * pass on every sentence, a dependency parse where it finds no event for a trigger) and their anchoring,
     * quotes.
     */
    public static Pipeline standard(Knowledge knowledge) {
        return new Pipeline(List.of(new PublicationDating(), new NoiseFinder(knowledge.files()), knowledge.splitter(),
                knowledge.discards(), new ActorResolver(knowledge.actors()),
                new TimeTagger(Anniversaries.load(knowledge.files())),
                new EventExtractor(knowledge.events(), new DeepParser()),
                new TemporalAnchoring(knowledge.events()), new QuoteFinder(knowledge.quotes())));
    }

    public Document analyse(Article article) {
        Document document = Document.of(article);
        for (Stage stage : stages) {
            document = stage.apply(document);
        }
        return document;
    }
}
