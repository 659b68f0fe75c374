package org.attache.quotes;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.attache.model.ActorMention;
import org.attache.model.Document;
import org.attache.model.MentionForm;
import org.attache.model.Provenance;
import org.attache.model.Span;

/**
 * Settles a pronoun speaker ("…," he said) as the first person named in the nearest sentence before the quote,
 * leaving out persons named inside direct quotes: the actor stage reads "he" as the sentence's first person, and
 * in "Moon is wrong," he said that person is quoted, not speaking.
 */
final class PronounSpeakers {
    private static final String RULE = "pronoun-outside-quotes";

    private final Document document;
    private final Tokens tokens;
    private final List<Span> quoted;

    PronounSpeakers(Document document, Tokens tokens, List<Span> quoted) {
        this.document = document;
        this.tokens = tokens;
        this.quoted = quoted;
    }

    Found settle(Found found) {
        ActorMention speaker = found.speaker();
        if (speaker == null || speaker.form() != MentionForm.PRONOUN || !speaker.actor().isPerson()
                || speaker.provenance().rule() == null || speaker.provenance().rule().startsWith("pair")) {
            return found;
        }
        int before = Math.min(found.span().start(), speaker.span().start());
        Optional<ActorMention> antecedent = document.actors().stream()
                .filter(m -> m.actor().isPerson() && m.span().end() <= before && !isQuoted(m.span()))
                .max(Comparator.comparingInt((ActorMention m) -> sentenceOf(m.span()))
                        .thenComparing(m -> -m.span().start()));
        return antecedent.map(a -> found.withSpeaker(new ActorMention(speaker.span(), a.actor(), MentionForm.PRONOUN,
                Provenance.of(QuoteFinder.STAGE, RULE)))).orElse(found);
    }

    private boolean isQuoted(Span span) {
        return quoted.stream().anyMatch(q -> q.overlaps(span));
    }

    private int sentenceOf(Span span) {
        int i = tokens.firstAtOrAfter(span.start());
        return i < 0 ? Integer.MAX_VALUE : tokens.sentence(i).index();
    }
}
