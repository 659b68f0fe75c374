package org.attache.events.petrarch;

import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.attache.actors.petrarch.DictionaryLines;
import org.attache.model.Document;
import org.attache.model.NoiseSpan;
import org.attache.model.Provenance;
import org.attache.model.Sentence;
import org.attache.model.Span;
import org.attache.model.Token;
import org.attache.pipeline.Stage;

/**
 * A PETRARCH discard list as a stage after sentence splitting: a sentence holding a discard phrase (sports,
 * weather: "cricket") is marked as noise, and a phrase written with a leading {@code +} marks the whole story.
 * Phrases match whole words in any case; {@code _} and spaces both join words.
 */
public final class Discards implements Stage {
    private static final String STAGE = "petrarch-discards";

    private record Phrase(List<String> words, boolean story) {
    }

    private final List<Phrase> phrases;

    private Discards(List<Phrase> phrases) {
        this.phrases = List.copyOf(phrases);
    }

    static Discards none() {
        return new Discards(List.of());
    }

    static Discards read(Path file) {
        return parse(DictionaryLines.read(file, "discard list"));
    }

    static Discards read(String source, Reader reader) {
        return parse(DictionaryLines.read(source, reader));
    }

    private static Discards parse(List<DictionaryLines.Line> lines) {
        List<Phrase> phrases = new ArrayList<>();
        for (DictionaryLines.Line line : lines) {
            boolean story = line.text().startsWith("+");
            String text = story ? line.text().substring(1) : line.text();
            List<String> words = List.of(text.toLowerCase(Locale.ROOT).split("[\\s_]+")).stream()
                    .filter(w -> !w.isEmpty()).toList();
            if (words.isEmpty()) {
                throw line.error("empty discard phrase");
            }
            phrases.add(new Phrase(words, story));
        }
        return new Discards(phrases);
    }

    @Override
    public Document apply(Document document) {
        if (phrases.isEmpty()) {
            return document;
        }
        List<NoiseSpan> noise = new ArrayList<>(document.noise());
        for (Sentence sentence : document.sentences()) {
            for (Phrase p : phrases) {
                if (contains(sentence.tokens(), p.words())) {
                    Span span = p.story() ? new Span(0, document.text().length()) : sentence.span();
                    noise.add(new NoiseSpan(span, "discard phrase: " + String.join(" ", p.words()),
                            Provenance.of(STAGE, String.join(" ", p.words()))));
                }
            }
        }
        return document.withNoise(noise);
    }

    private static boolean contains(List<Token> tokens, List<String> words) {
        for (int i = 0; i + words.size() <= tokens.size(); i++) {
            int k = 0;
            while (k < words.size() && tokens.get(i + k).lower().equals(words.get(k))) {
                k++;
            }
            if (k == words.size()) {
                return true;
            }
        }
        return false;
    }
}
