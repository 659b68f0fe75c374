package org.attache.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.attache.model.Document;
import org.attache.model.Sentence;
import org.attache.model.Span;
import org.attache.model.Token;
import org.attache.pipeline.Stage;

/**
 * Splits text into sentences and tokens with CoreNLP's English tokenizer. A line break always ends a
 * sentence, since news text puts headings, captions and link lines on lines of their own.
 * Needs no model files; one instance is safe to share between threads.
 */
public final class SentenceSplitter implements Stage {
    private final StanfordCoreNLP pipeline;

    public SentenceSplitter() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit");
        props.setProperty("tokenize.language", "en");
        props.setProperty("tokenize.options", "untokenizable=noneKeep,invertible=false");
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        pipeline = new StanfordCoreNLP(props, false);
    }

    @Override
    public Document apply(Document document) {
        return document.withSentences(split(document.text()));
    }

    /** Sentences of {@code text}, each with its tokens; token indexes run across the whole text. */
    public List<Sentence> split(String text) {
        Annotation annotation = new Annotation(text);
        pipeline.annotate(annotation);
        List<Sentence> sentences = new ArrayList<>();
        int tokenIndex = 0;
        for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<Token> tokens = new ArrayList<>();
            for (CoreLabel label : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
                Span span = new Span(label.beginPosition(), label.endPosition());
                tokens.add(new Token(tokenIndex++, span.of(text), span));
            }
            if (!tokens.isEmpty()) {
                Span span = new Span(tokens.get(0).span().start(), tokens.get(tokens.size() - 1).span().end());
                sentences.add(new Sentence(sentences.size(), span, tokens));
            }
        }
        return sentences;
    }
}
