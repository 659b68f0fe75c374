package org.attache.acceptance;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Runs the reference scorer ({@code shared/eval/score.py --json}) on an export. */
final class Scorer {
    private Scorer() {
    }

    static JsonNode score(Path scorer, Path gold, Path events) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("python3", scorer.toString(), gold.toString(), events.toString(), "--json")
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "skipped: python3 is needed to run the reference scorer: " + e.getMessage());
            throw e;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("scorer failed: " + out);
        }
        return new ObjectMapper().readTree(out.lines().reduce((a, b) -> b).orElseThrow());
    }
}
