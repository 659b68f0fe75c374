package org.attache.time;

import java.util.ArrayList;
import java.util.List;
import org.attache.model.Document;
import org.attache.model.Sentence;
import org.attache.model.TimeExpression;
import org.attache.pipeline.Stage;

/** Finds the time expressions of every sentence that is not noise, resolved against the publication date. */
public final class TimeTagger implements Stage {
    private final TimeExpressionFinder finder = new TimeExpressionFinder();

    @Override
    public Document apply(Document document) {
        List<TimeExpression> times = new ArrayList<>();
        for (Sentence sentence : document.sentences()) {
            if (!document.isNoise(sentence.span())) {
                times.addAll(finder.find(document.text(), sentence.span(), document.article().published()));
            }
        }
        return document.withTimes(times);
    }
}
