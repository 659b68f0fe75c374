package org.attache.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.attache.model.Actor;
import org.attache.model.EventMention;
import org.junit.jupiter.api.Test;

/**
 * The full pipeline over PETRARCH's 284 unit-test sentences, with the suite's dictionaries as user
 * dictionaries: how many expected events come out with the right CAMEO root and actors, and how many extra.
 * The figures are written to docs/petrarch-eval.md; the floors sit a little below what was measured.
 */
class PetrarchUnitHarnessTest {
    /** Measured 2.2% (8 of 359): the trigger lexicon codes few of PETRARCH's verbs, and differently. */
    private static final double MATCHED_FLOOR = 1.9;
    /**
     * Measured 22.3% (80): the broader lexicon of CAMEO's roots codes more of these sentences, often with a
     * target the actors stage does not find; the bound is 25%.
     */
    private static final double EXTRA_CEILING = 24.0;
    /** Measured 8.6% (31): of the events produced, nearly all have the right actors. */
    private static final double ACTORS_FLOOR = 7.5;
    private static final Path REPORT = Path.of("../docs/petrarch-eval.md");

    /** A produced event as PETRARCH counts events: one source, one target (null if none), one code. */
    private record Produced(Actor source, Actor target, String cameo) {
    }

    /** Counts for one category, or all. */
    private static final class Tally {
        int sentences;
        int expected;
        int matched;
        int extra;
        int actorsOnly;

        void add(Tally t) {
            sentences += t.sentences;
            expected += t.expected;
            matched += t.matched;
            extra += t.extra;
            actorsOnly += t.actorsOnly;
        }

        double matchedPercent() {
            return percent(matched);
        }

        double extraPercent() {
            return percent(extra);
        }

        double percent(int count) {
            return expected == 0 ? 0 : 100.0 * count / expected;
        }
    }

    @Test
    void measuresThePipelineOnPetrarchsUnitTests() throws IOException {
        Map<String, Tally> byCategory = new TreeMap<>();
        for (PetrarchUnitSuite.Sentence s : PetrarchUnitSuite.sentences()) {
            List<Produced> produced = new ArrayList<>();
            for (EventMention m : PetrarchUnitSuite.pipeline().analyse(s.article()).events()) {
                List<Actor> targets = m.target().isEmpty() ? Collections.singletonList(null) : m.target();
                for (Actor source : m.source()) {
                    for (Actor target : targets) {
                        produced.add(new Produced(source, target, m.coding().cameo()));
                    }
                }
            }
            Tally t = new Tally();
            t.sentences = 1;
            t.expected = s.expected().size();
            t.actorsOnly = pair(s.expected(), new ArrayList<>(produced), false);
            t.matched = pair(s.expected(), produced, true);
            t.extra = produced.size();
            byCategory.computeIfAbsent(s.category(), k -> new Tally()).add(t);
        }
        Tally all = new Tally();
        byCategory.values().forEach(all::add);
        String report = report(byCategory, all);
        System.out.println(report);
        if (Files.isDirectory(REPORT.getParent())) {
            Files.writeString(REPORT, report, StandardCharsets.UTF_8);
        }
        assertThat(all.expected).isEqualTo(359);
        assertThat(all.matchedPercent()).isGreaterThanOrEqualTo(MATCHED_FLOOR);
        assertThat(all.extraPercent()).isLessThanOrEqualTo(EXTRA_CEILING);
        assertThat(all.percent(all.actorsOnly)).isGreaterThanOrEqualTo(ACTORS_FLOOR);
    }

    /**
     * Pairs expected events with produced ones, each used once; removes those paired and counts them. The
     * matching rule: the CAMEO root (first two digits) is the same, unless {@code withCode} is false; each actor
     * has the expected code's country (its first three letters) and, where the expected code has a sector, the
     * same first sector (the next three letters). An actor's role is its sector when it is a CAMEO code; an
     * office from titles.tsv (head_of_state, foreign_minister, ambassador, official ...) counts as GOV. Where
     * the expected code has no sector, any sector of the actor is accepted.
     */
    private static int pair(List<PetrarchUnitSuite.Expected> expected, List<Produced> produced, boolean withCode) {
        int paired = 0;
        for (PetrarchUnitSuite.Expected e : expected) {
            Produced hit = produced.stream().filter(p -> (!withCode || sameRoot(e, p))
                    && sameActor(e.source(), p.source()) && sameActor(e.target(), p.target())).findFirst().orElse(null);
            if (hit != null) {
                produced.remove(hit);
                paired++;
            }
        }
        return paired;
    }

    private static boolean sameRoot(PetrarchUnitSuite.Expected e, Produced p) {
        return p.cameo() != null && p.cameo().length() >= 2 && e.code().startsWith(p.cameo().substring(0, 2));
    }

    private static boolean sameActor(String code, Actor actor) {
        if (actor == null || code.length() < 3 || !code.substring(0, 3).equals(actor.country())) {
            return false;
        }
        return code.length() == 3 || code.substring(3, Math.min(6, code.length())).equals(sector(actor));
    }

    private static String sector(Actor actor) {
        String role = actor.role();
        if (role == null) {
            return "";
        }
        boolean cameo = role.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
        return cameo ? role.substring(0, Math.min(3, role.length())) : "GOV";
    }

    private static String report(Map<String, Tally> byCategory, Tally all) {
        StringBuilder md = new StringBuilder();
        md.append("# Attaché on PETRARCH's unit tests\n\n")
                .append("Written by `PetrarchUnitHarnessTest` (attache-core), which runs the standard pipeline over the ")
                .append("284 sentences of `../shared/corpus/petrarch-unit/` (PETRARCH 2's unit-test records), each as an ")
                .append("article published on its record's date, with the suite's `PETR.Validate.actors.txt` and ")
                .append("`PETR.Validate.agents.txt` loaded as user dictionaries. Neither the trigger lexicon nor the ")
                .append("dictionaries are tuned on these sentences.\n\n")
                .append("An expected event counts as produced when an event of the pipeline, taken one source and one ")
                .append("target at a time, has the same CAMEO root (first two digits) and both actors match: the ")
                .append("expected code's country (first three letters) and, where the expected code has a sector, its ")
                .append("first sector (next three letters). A CAMEO role is its own sector; an office from titles.tsv ")
                .append("(`head_of_state`, `ambassador`, `official` ...) counts as `GOV`. Each produced event matches ")
                .append("one expected event at most; the rest are extra. PETRARCH's `---` (no actor) and quoted-text ")
                .append("actors are kept in the expected count and cannot be matched.\n\n")
                .append(String.format(Locale.ROOT, "Overall: **%.1f%%** of %d expected events produced (%d); extra "
                        + "events: %d, **%.1f%%** of expected.%n%n", all.matchedPercent(), all.expected, all.matched,
                        all.extra, all.extraPercent()))
                .append("The last column leaves the code out: expected events whose source and target come out right ")
                .append("in some event of the sentence, whatever its code. It separates what the actors stage gets ")
                .append("right from what the trigger lexicon codes.\n\n")
                .append("| category | sentences | expected | produced right | % | extra | extra % of expected "
                        + "| actors right, any code | % |\n")
                .append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        byCategory.forEach((category, t) -> md.append(row(category, t)));
        md.append(row("**all**", all));
        return md.toString();
    }

    private static String row(String name, Tally t) {
        return String.format(Locale.ROOT, "| %s | %d | %d | %d | %.1f | %d | %.1f | %d | %.1f |%n", name,
                t.sentences, t.expected, t.matched, t.matchedPercent(), t.extra, t.extraPercent(), t.actorsOnly,
                t.percent(t.actorsOnly));
    }
}
