package org.attache.hygiene;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.attache.knowledge.KnowledgeFiles;
import org.attache.knowledge.TsvRow;
import org.attache.model.Document;
import org.attache.model.NoiseSpan;
import org.attache.model.Provenance;
import org.attache.model.Span;
import org.attache.pipeline.Stage;

/**
 * Marks whole lines that carry no reported facts, by the patterns of {@code noise.tsv}, so that no event is
 * read from a "RELATED POST:" link, a photo caption or a byline.
 */
public final class NoiseFinder implements Stage {
    private record Rule(String id, Pattern pattern, String reason) {
    }

    private final List<Rule> rules = new ArrayList<>();

    public NoiseFinder(KnowledgeFiles files) {
        for (TsvRow row : files.rows("noise.tsv")) {
            try {
                rules.add(new Rule(row.cell(0), Pattern.compile(row.cell(1),
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), row.cell(2)));
            } catch (PatternSyntaxException e) {
                throw row.error("bad pattern: " + e.getDescription());
            }
        }
    }

    @Override
    public Document apply(Document document) {
        String text = document.text();
        List<NoiseSpan> noise = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(lineStart, lineEnd);
            String trimmed = line.strip();
            if (!trimmed.isEmpty()) {
                int start = lineStart + line.indexOf(trimmed.charAt(0));
                for (Rule rule : rules) {
                    if (rule.pattern().matcher(trimmed).matches()) {
                        noise.add(new NoiseSpan(new Span(start, start + trimmed.length()), rule.reason(),
                                Provenance.of("hygiene", rule.id())));
                        break;
                    }
                }
            }
            lineStart = lineEnd + 1;
        }
        return document.withNoise(noise);
    }
}
