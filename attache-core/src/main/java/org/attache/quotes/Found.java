package org.attache.quotes;

import org.attache.model.ActorMention;
import org.attache.model.Span;

/**
 * A quote as read, before its speaker is settled and its event found: the quoted or reported words, the cue as
 * written and the token where it starts, the speaker's mention (null when none), and the rule that read it.
 */
record Found(Span span, boolean direct, String cue, int cueToken, ActorMention speaker, String rule) {
    Found withSpeaker(ActorMention value) {
        return new Found(span, direct, cue, cueToken, value, rule);
    }
}
