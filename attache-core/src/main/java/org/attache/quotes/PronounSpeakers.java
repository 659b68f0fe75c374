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
 * Settles a pronoun speaker ("…," he said) as the speaker of the quote just before when no person is named between
 * them ("…," Lim said. "…," he added), else as the first person named in the nearest sentence before the quote,
 * leaving out persons named inside direct quotes: the actor stage reads "he" as the sentence's first person, and
 * in "Moon is wrong," he said that person is quoted, not speaking. Only names count, not other pronouns: a chain
 * of pronouns carries one early guess far through an article about people the knowledge base lacks. With
 * neither within reach, the speaker is unresolved.
 */
final class PronounSpeakers {
    private static final String RULE = "pronoun-outside-quotes";
    private static final String PREVIOUS_RULE = "pronoun-previous-speaker";
    /**
     * The quote or person a pronoun takes up is this many sentences back at most; further back, the speaker is
     * left unresolved rather than guessed, since the knowledge base cannot tell "she" from "he".
     */
    private static final int REACH = 2;

    private final Document document;
    private final Tokens tokens;
    private final List<Span> quoted;

    PronounSpeakers(Document document, Tokens tokens, List<Span> quoted) {
        this.document = document;
        this.tokens = tokens;
        this.quoted = quoted;
    }

    /** The quote with its pronoun speaker settled; {@code previous} is the quote read just before, or null. */
    Found settle(Found found, Found previous) {
        ActorMention speaker = found.speaker();
        if (speaker == null || speaker.form() != MentionForm.PRONOUN || !speaker.actor().isPerson()
                || speaker.provenance().rule() == null || speaker.provenance().rule().startsWith("pair")) {
            return found;
        }
        int before = Math.min(found.span().start(), speaker.span().start());
        int sentence = sentenceOf(speaker.span());
        Optional<ActorMention> antecedent = document.actors().stream()
                .filter(m -> m.actor().isPerson() && m.form() != MentionForm.PRONOUN && m.span().end() <= before
                        && !isQuoted(m.span())
                        && sentence - sentenceOf(m.span()) <= REACH)
                .max(Comparator.comparingInt((ActorMention m) -> sentenceOf(m.span()))
                        .thenComparing(m -> -m.span().start()));
        if (previous != null && follows(previous, speaker, antecedent)) {
            return found.withSpeaker(previous.speaker() == null ? null
                    : settled(speaker, previous.speaker(), PREVIOUS_RULE));
        }
        return found.withSpeaker(antecedent.map(a -> settled(speaker, a, RULE)).orElse(null));
    }

    /**
     * Whether the pronoun takes up the speaker of the quote before: its cue stands shortly before the pronoun, and
     * after the person the text names last.
     */
    private boolean follows(Found previous, ActorMention pronoun, Optional<ActorMention> antecedent) {
        Span cue = tokens.get(previous.cueToken()).span();
        int sentences = sentenceOf(pronoun.span()) - sentenceOf(cue);
        return cue.end() <= pronoun.span().start() && sentences <= REACH
                && antecedent.map(a -> a.span().end() <= cue.start()).orElse(true);
    }

    private static ActorMention settled(ActorMention pronoun, ActorMention antecedent, String rule) {
        return new ActorMention(pronoun.span(), antecedent.actor(), MentionForm.PRONOUN,
                Provenance.of(QuoteFinder.STAGE, rule));
    }

    private boolean isQuoted(Span span) {
        return quoted.stream().anyMatch(q -> q.overlaps(span));
    }

    private int sentenceOf(Span span) {
        int i = tokens.firstAtOrAfter(span.start());
        return i < 0 ? Integer.MAX_VALUE : tokens.sentence(i).index();
    }
}
