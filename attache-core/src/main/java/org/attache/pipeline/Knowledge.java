package org.attache.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.attache.actors.ActorKnowledge;
import org.attache.actors.petrarch.PetrarchDictionaries;
import org.attache.events.EventKnowledge;
import org.attache.events.petrarch.PetrarchCoding;
import org.attache.knowledge.KnowledgeFiles;
import org.attache.model.Sentence;
import org.attache.model.Token;
import org.attache.nlp.SentenceSplitter;
import org.attache.quotes.QuoteKnowledge;

/**
 * Everything the stages know, loaded once: the tokenizer, the actor, event and quote knowledge bases, and the
 * stage that applies a user's PETRARCH discard list.
 */
public record Knowledge(KnowledgeFiles files, SentenceSplitter splitter, ActorKnowledge actors, EventKnowledge events,
        QuoteKnowledge quotes, Stage discards) {
    /** The bundled knowledge plus the files of the same names in {@code userDirs}. */
    public static Knowledge load(List<Path> userDirs) {
        return load(userDirs, PetrarchDictionaries.none());
    }

    /** As {@link #load(List)}, with a user's PETRARCH actor and agent dictionaries as extra actor knowledge. */
    public static Knowledge load(List<Path> userDirs, PetrarchDictionaries petrarch) {
        return load(userDirs, petrarch, PetrarchCoding.none());
    }

    /** As {@link #load(List, PetrarchDictionaries)}, with a user's PETRARCH verb dictionary and discard list. */
    public static Knowledge load(List<Path> userDirs, PetrarchDictionaries petrarch, PetrarchCoding coding) {
        KnowledgeFiles files = new KnowledgeFiles(userDirs);
        SentenceSplitter splitter = new SentenceSplitter();
        ActorKnowledge actors = ActorKnowledge.load(files, petrarch, phrase -> words(splitter, phrase));
        return new Knowledge(files, splitter, actors, EventKnowledge.load(files, coding.coder()),
                QuoteKnowledge.load(files), coding.discards());
    }

    private static List<String> words(SentenceSplitter splitter, String phrase) {
        List<String> words = new ArrayList<>();
        for (Sentence s : splitter.split(phrase)) {
            for (Token t : s.tokens()) {
                words.add(t.text());
            }
        }
        return words;
    }
}
