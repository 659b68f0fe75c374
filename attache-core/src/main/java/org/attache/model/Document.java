package org.attache.model;

import java.util.List;

/**
 * An article annotated by the pipeline's stages: sentences and tokens, noise spans, actor mentions, time
 * expressions, the dependency parses of the sentences the cheap reading could not settle, the event mentions
 * read from them and the quotes. Each stage returns a new Document with its layer set.
 */
public record Document(Article article, List<Sentence> sentences, List<NoiseSpan> noise,
        List<ActorMention> actors, List<TimeExpression> times, List<SentenceParse> parses, List<EventMention> events,
        List<Quote> quotes) {
    public Document {
        sentences = List.copyOf(sentences);
        noise = List.copyOf(noise);
        actors = List.copyOf(actors);
        times = List.copyOf(times);
        parses = List.copyOf(parses);
        events = List.copyOf(events);
        quotes = List.copyOf(quotes);
    }

    public static Document of(Article article) {
        return new Document(article, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public String text() {
        return article.text();
    }

    public Document withSentences(List<Sentence> value) {
        return new Document(article, value, noise, actors, times, parses, events, quotes);
    }

    public Document withNoise(List<NoiseSpan> value) {
        return new Document(article, sentences, value, actors, times, parses, events, quotes);
    }

    public Document withActors(List<ActorMention> value) {
        return new Document(article, sentences, noise, value, times, parses, events, quotes);
    }

    public Document withTimes(List<TimeExpression> value) {
        return new Document(article, sentences, noise, actors, value, parses, events, quotes);
    }

    public Document withParses(List<SentenceParse> value) {
        return new Document(article, sentences, noise, actors, times, value, events, quotes);
    }

    public Document withEvents(List<EventMention> value) {
        return new Document(article, sentences, noise, actors, times, parses, value, quotes);
    }

    public Document withQuotes(List<Quote> value) {
        return new Document(article, sentences, noise, actors, times, parses, events, value);
    }

    public Document withArticle(Article value) {
        return new Document(value, sentences, noise, actors, times, parses, events, quotes);
    }

    /** Whether the span lies in text that hygiene marked as noise. */
    public boolean isNoise(Span span) {
        return noise.stream().anyMatch(n -> n.span().overlaps(span));
    }

    public List<ActorMention> actorsIn(Span span) {
        return actors.stream().filter(a -> span.contains(a.span())).toList();
    }

    public List<TimeExpression> timesIn(Span span) {
        return times.stream().filter(t -> span.contains(t.span())).toList();
    }
}
