package org.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CommandsTest {
    @TempDir
    Path dir;

    private String run(String... args) {
        CommandLine cli = Main.commandLine();
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(out));
        cli.execute(args);
        return out.toString();
    }

    @Test
    void ingestReportsCountsAndEachFailureWithFileLineAndReason() throws Exception {
        Path feed = dir.resolve("feed.jsonl");
        Files.writeString(feed, String.join("\n",
                "{\"id\": \"a1\", \"published\": \"2018-04-28\", \"text\": \"Moon Jae-in met Kim Jong Un on Friday.\"}",
                "{not json"));
        String db = dir.resolve("a.db").toString();
        String first = run("ingest", "--db", db, feed.toString());
        assertThat(first).contains("ingested: 1, unchanged: 0, skipped: 0, failed: 1");
        assertThat(first).contains("feed.jsonl:2: not JSON");
        assertThat(run("ingest", "--db", db, feed.toString())).contains("ingested: 0, unchanged: 1, skipped: 0, failed: 1");
    }

    @Test
    void exportWritesTheContractAndEventsShowsTheTimeline() throws Exception {
        Path feed = dir.resolve("feed.jsonl");
        Files.writeString(feed, "{\"id\": \"a1\", \"published\": \"2018-04-28\", "
                + "\"text\": \"South Korean President Moon Jae-in met North Korean leader Kim Jong Un on Friday.\"}");
        String db = dir.resolve("a.db").toString();
        run("ingest", "--db", db, feed.toString());
        Path out = dir.resolve("ev.jsonl");
        run("export", "events", "--format", "jsonl", "--db", db, "-o", out.toString());
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(1);
        JsonNode event = new ObjectMapper().readTree(lines.get(0));
        assertThat(event.get("kind").asText()).isEqualTo("meeting");
        assertThat(event.at("/date/start").asText()).isEqualTo("2018-04-27");
        assertThat(event.at("/mentions/0/article").asText()).isEqualTo("a1");
        String table = run("events", "--db", db, "--actor", "PRK");
        assertThat(table).contains("2018-04-27", "meeting", "KOR:Moon Jae-in", "1 event records");
        assertThat(run("events", "--db", db, "--kind", "visit")).contains("0 event records");
        String one = run("events", "--db", db, "--id", event.get("id").asText());
        assertThat(one).contains("1 mention(s) in 1 article(s)", "a1", "South Korean President Moon Jae-in met");
        assertThat(run("events", "--db", db, "--id", "nope")).contains("no event with id nope");
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : List.of("ingest", "events", "export", "demo", "bench")) {
            assertThat(run(command, "--help")).contains("Usage:");
        }
    }
}
