package org.attache.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;

/**
 * CoreNLP's usual entity pipeline (tokenize, ssplit, pos, lemma, ner with its three CRF models and SUTime, no
 * fine-grained classes), run on whole texts: the yardstick {@code attache bench} sets beside the cascade,
 * which names actors from its own knowledge and parses candidate sentences only. Safe to share between threads.
 */
public final class NerPipeline {
    private final StanfordCoreNLP pipeline;

    public NerPipeline() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        props.setProperty("tokenize.language", "en");
        props.setProperty("ner.applyFineGrained", "false");
        pipeline = new StanfordCoreNLP(props);
    }

    /** The number of tokens of {@code text} tagged as a named entity. */
    public int entityTokens(String text) {
        Annotation annotation = new Annotation(text);
        pipeline.annotate(annotation);
        return (int) annotation.get(CoreAnnotations.TokensAnnotation.class).stream()
                .filter(t -> !"O".equals(t.ner())).count();
    }
}
