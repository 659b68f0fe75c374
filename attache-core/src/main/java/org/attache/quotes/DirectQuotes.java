package org.attache.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.attache.events.PhraseMatcher;
import org.attache.model.ActorMention;
import org.attache.model.Document;
import org.attache.model.Span;

/**
 * Reads direct quotes: quoted text with a verb of saying and its speaker right after the closing mark ("…,"
 * Kim said / "…," said Kim) or right before the opening one (Kim said: "…"), and quoted text that goes on from
 * an attributed quote in the same paragraph or, left open, in the next one; words quoted inside a clause whose
 * verb says or describes (Xi described ties as a "valuable asset"), as its subject's. Quoted words with no cue
 * (a scare quote) or that read as a title are not quotes.
 */
final class DirectQuotes {
    /** A cue stands within this many tokens of the quote mark, room for an appositive ("Park, an analyst, said"). */
    private static final int REACH = 12;
    /** A verb whose clause quotes a few words stands within this many tokens before the opening mark. */
    private static final int PARTIAL_REACH = 15;
    /** A title is at most this many words. */
    private static final int TITLE_WORDS = 5;
    private static final Set<String> ENDS = Set.of(".", "!", "?", ";", "\u201c", "\u201d", "\"", "\u2018", "``", "''");

    private final QuoteKnowledge knowledge;
    private final Tokens tokens;
    private final Speakers speakers;

    /** Where a quote's cue stands and whom it names. */
    private record Attribution(int cue, int cueEnd, ActorMention speaker, String rule) {
    }

    DirectQuotes(QuoteKnowledge knowledge, Tokens tokens, Speakers speakers) {
        this.knowledge = knowledge;
        this.tokens = tokens;
        this.speakers = speakers;
    }

    /** The direct quotes of the document in text order; the tokens of their cues go into {@code usedCues}. */
    List<Found> read(Document document, Set<Integer> usedCues) {
        List<Found> found = new ArrayList<>();
        QuoteMarks.Quoted previous = null;
        Found previousFound = null;
        String text = document.text();
        for (QuoteMarks.Quoted q : QuoteMarks.find(text)) {
            if (document.isNoise(q.marks()) || isTitle(q.inner().of(text))) {
                previous = q;
                previousFound = null;
                continue;
            }
            Attribution a = after(q, text);
            if (a == null) {
                a = before(q, text);
            }
            Found f = null;
            if (a != null) {
                usedCues.add(a.cue());
                f = new Found(q.inner(), true, cueText(a), a.cue(), a.speaker(), a.rule());
            } else if (previousFound != null && continues(previous, q, tokens.get(previousFound.cueToken()).span(), text)) {
                f = new Found(q.inner(), true, previousFound.cue(), previousFound.cueToken(),
                        previousFound.speaker(), "direct-continued");
            }
            if (f == null) {
                f = partial(q);
            }
            if (f != null) {
                found.add(f);
            }
            previous = q;
            previousFound = f;
        }
        return found;
    }

    /**
     * A cue after the closing mark of words that end a clause: ("…," Kim said), ("…," said Kim), ("…," the minister
     * was quoted as saying).
     */
    private Attribution after(QuoteMarks.Quoted q, String text) {
        int p = tokens.firstAtOrAfter(q.marks().end());
        if (p < 0 || !q.ended() || lineBreakBetween(text, q.marks().end(), tokens.get(p).span().start())) {
            return null;
        }
        if (tokens.word(p).equals(",")) {
            p++;
        }
        for (int k = p; k < tokens.size() && k < p + REACH && tokens.sameLine(p, k)
                && !ENDS.contains(tokens.word(k)); k++) {
            PhraseMatcher.Hit<CueType> hit = knowledge.cueAt(tokens.list(), k);
            if (hit == null) {
                continue;
            }
            if (k > p && knowledge.isWord(tokens.list(), k - 1, CueType.BLOCK)) {
                return null;
            }
            return k == p ? new Attribution(k, hit.to(), speakers.after(hit.to(), lineEnd(hit.to())), "direct-cue-speaker")
                    : new Attribution(k, hit.to(), speakers.before(k, p), "direct-speaker-cue");
        }
        return null;
    }

    /**
     * A cue before the opening mark: (Kim said: "…"), (said Wang: "…"), (In his letter, Xi wrote: "…"); before a
     * comma, only the verb or its speaker: (Kim said, "…"), (said Wang, "…").
     */
    private Attribution before(QuoteMarks.Quoted q, String text) {
        int p = tokens.lastBefore(q.marks().start());
        if (p < 0 || lineBreakBetween(text, tokens.get(p).span().end(), q.marks().start())) {
            return null;
        }
        int last = p;
        if (tokens.word(p).equals(":") || tokens.word(p).equals(",")) {
            last = p - 1;
        }
        int start = tokens.sentenceStart(p);
        for (int k = last; k >= start && k > last - REACH; k--) {
            if (ENDS.contains(tokens.word(k))) {
                return null;
            }
            PhraseMatcher.Hit<CueType> hit = widestCue(k, start);
            if (hit == null || hit.to() - 1 > last || (last == p && hit.to() - 1 != p)) {
                continue;
            }
            k = hit.from();
            if (k > start && knowledge.isWord(tokens.list(), k - 1, CueType.BLOCK)) {
                return null;
            }
            ActorMention speaker = speakers.before(k, start);
            ActorMention after = speakers.after(hit.to(), last + 1);
            if (last < p && tokens.word(p).equals(",") && hit.to() <= last && !endsAt(after, last)) {
                // (told reporters the text, "a full treaty", was …): words quoted inside reported speech
                return null;
            }
            return new Attribution(k, hit.to(), speaker != null ? speaker : after, "direct-before-quote");
        }
        return null;
    }

    /**
     * Words quoted inside a clause, after its verb of saying or describing in the same sentence ("Kim called for
     * stronger “unity”"): the words of the clause's subject, read as {@link Speakers#subject}.
     */
    private Found partial(QuoteMarks.Quoted q) {
        int p = tokens.lastBefore(q.marks().start());
        if (p < 0) {
            return null;
        }
        int start = tokens.sentenceStart(p);
        for (int k = p; k >= start && k > p - PARTIAL_REACH; k--) {
            if (ENDS.contains(tokens.word(k))) {
                return null;
            }
            PhraseMatcher.Hit<CueType> hit = partialCue(k);
            if (hit == null || hit.to() - 1 > p || inCompound(k)) {
                continue;
            }
            if (k > start && knowledge.isWord(tokens.list(), k - 1, CueType.BLOCK)) {
                return null;
            }
            return new Found(q.inner(), true, tokens.text(k, hit.to()).toLowerCase(Locale.ROOT), k,
                    speakers.subject(k, start), "direct-partial");
        }
        return null;
    }

    /** Whether token {@code k} ends a hyphenated word: "so-called" names, it does not attribute. */
    private boolean inCompound(int k) {
        int start = tokens.get(k).span().start();
        return start > 0 && tokens.text().charAt(start - 1) == '-';
    }

    /** The longer of a saying cue and a partial-quote verb at token {@code k}, or null. */
    private PhraseMatcher.Hit<CueType> partialCue(int k) {
        PhraseMatcher.Hit<CueType> say = knowledge.cueAt(tokens.list(), k);
        PhraseMatcher.Hit<CueType> verb = knowledge.at(tokens.list(), k, CueType.PARTIAL);
        if (say == null || say.value() == CueType.SOURCE) {
            return verb;
        }
        return verb != null && verb.to() > say.to() ? verb : say;
    }

    /**
     * Whether quoted text with no cue of its own goes on from the quote before it, whose cue is at {@code cue}:
     * right after it, or after its attribution and nothing else ("…," Kim said. "…"), in the same paragraph; or
     * at the start of the next paragraph when the one before was left open.
     */
    private static boolean continues(QuoteMarks.Quoted previous, QuoteMarks.Quoted q, Span cue, String text) {
        String between = text.substring(previous.marks().end(), q.marks().start());
        if (between.indexOf('\n') >= 0) {
            return previous.open() && between.isBlank();
        }
        String attribution = between.strip();
        if (attribution.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return true;
        }
        int stop = firstStop(attribution);
        boolean cueBetween = previous.marks().end() <= cue.start() && cue.end() <= q.marks().start();
        return cueBetween && (stop < 0 || stop == attribution.length() - 1);
    }

    /** The first full stop, question or exclamation mark, or -1. */
    private static int firstStop(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (".?!".indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether quoted words read as the title of a programme, book or paper ("Face the Nation," Dole said on it):
     * a few words, each longer one capitalised.
     */
    static boolean isTitle(String words) {
        String[] parts = words.replaceAll("[,.:;!?]+$", "").trim().split("\\s+");
        if (parts.length < 2 || parts.length > TITLE_WORDS) {
            return false;
        }
        for (String part : parts) {
            String letters = part.replaceAll("[^\\p{L}]", "");
            if (letters.length() > 3 && !Character.isUpperCase(letters.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The cue at token {@code k}, or the longer one that starts a few tokens before and covers it ("was quoted as
     * saying" rather than "saying"), as a backward scan meets the phrase's last word first.
     */
    private PhraseMatcher.Hit<CueType> widestCue(int k, int start) {
        PhraseMatcher.Hit<CueType> hit = knowledge.cueAt(tokens.list(), k);
        for (int j = Math.max(start, k - 3); hit != null && j < k; j++) {
            PhraseMatcher.Hit<CueType> wider = knowledge.cueAt(tokens.list(), j);
            if (wider != null && wider.to() >= hit.to()) {
                return wider;
            }
        }
        return hit;
    }

    /** Whether the mention ends with token {@code i}. */
    private boolean endsAt(ActorMention mention, int i) {
        return mention != null && mention.span().end() == tokens.get(i).span().end();
    }

    /** Past the last token from {@code k} on the same line, looking no further than {@link #REACH} tokens. */
    private int lineEnd(int k) {
        int end = k;
        while (end < tokens.size() && end < k + REACH && tokens.sameLine(k, end)) {
            end++;
        }
        return end;
    }

    private String cueText(Attribution a) {
        return tokens.text(a.cue(), a.cueEnd()).toLowerCase(Locale.ROOT);
    }

    private static boolean lineBreakBetween(String text, int from, int to) {
        return from < to && text.substring(from, to).indexOf('\n') >= 0;
    }
}
