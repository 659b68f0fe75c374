package org.attache.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.attache.model.Document;
import org.attache.model.Ids;
import org.attache.model.Provenance;
import org.attache.model.Quote;
import org.attache.model.Span;
import org.attache.pipeline.Stage;

/**
 * Finds the article's quotes after actors, times and events: direct quotes, then reported words outside them;
 * each with its speaker (pronouns settled outside quoted words) and the event mention it belongs to.
 */
public final class QuoteFinder implements Stage {
    static final String STAGE = "quotes";

    private final QuoteKnowledge knowledge;

    public QuoteFinder(QuoteKnowledge knowledge) {
        this.knowledge = knowledge;
    }

    @Override
    public Document apply(Document document) {
        Tokens tokens = new Tokens(document);
        Speakers speakers = new Speakers(knowledge, tokens);
        Set<Integer> usedCues = new HashSet<>();
        List<Found> found = new ArrayList<>(new DirectQuotes(knowledge, tokens, speakers).read(document, usedCues));
        List<Span> quoted = found.stream().map(Found::span).toList();
        found.addAll(new IndirectQuotes(knowledge, tokens, speakers).read(usedCues, quoted));
        PronounSpeakers pronouns = new PronounSpeakers(document, tokens, quoted);
        EventAttacher attacher = new EventAttacher(knowledge, tokens, document.events());
        String key = document.article().key();
        // Two cues may report the same words; the quote is kept once, as first read.
        Set<String> ids = new HashSet<>();
        found.sort(Comparator.comparingInt(Found::cueToken).thenComparing(Found::span));
        List<Found> settled = new ArrayList<>();
        for (Found f : found) {
            settled.add(pronouns.settle(f, settled.isEmpty() ? null : settled.get(settled.size() - 1)));
        }
        List<Quote> quotes = settled.stream()
                .map(f -> new Quote(Ids.of("q", key, f.span().start(), f.span().end(), f.direct()), key, f.span(),
                        f.span().of(document.text()), f.speaker() == null ? null : f.speaker().actor(), f.direct(),
                        f.cue(), attacher.eventOf(f), Provenance.of(STAGE, f.rule())))
                .filter(q -> ids.add(q.id()))
                .sorted(Comparator.comparing(Quote::span).thenComparing(Quote::id))
                .toList();
        return document.withQuotes(quotes);
    }
}
