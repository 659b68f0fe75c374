package org.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
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
    void ingestCodesWithTheUsersPetrarchVerbDictionaryAndDiscardList() throws Exception {
        Path actors = Files.writeString(dir.resolve("actors.txt"), "NORVIA [NRV]\nOSTLAND [OST]\nKARSK [KRS]\n");
        Path verbs = Files.writeString(dir.resolve("verbs.txt"), "--- SCOLD [111] ---\nSCOLD\n- * SHARPLY [112]\n");
        Path discards = Files.writeString(dir.resolve("discards.txt"), "CRICKET\n");
        Path feed = Files.writeString(dir.resolve("feed.jsonl"), "{\"id\": \"n1\", \"published\": \"2021-03-04\", "
                + "\"text\": \"Norvia scolded Ostland sharply. Karsk scolded Norvia after a cricket match.\"}");
        String db = dir.resolve("p.db").toString();
        run("ingest", "--db", db, "--petrarch-actors", actors.toString(), "--petrarch-verbs", verbs.toString(),
                "--petrarch-discards", discards.toString(), feed.toString());
        Path out = dir.resolve("ev.jsonl");
        run("export", "events", "--format", "jsonl", "--db", db, "-o", out.toString());
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(1);
        JsonNode event = new ObjectMapper().readTree(lines.get(0));
        assertThat(event.get("cameo").asText()).isEqualTo("112");
        assertThat(event.at("/plover/type").asText()).isEqualTo("ACCUSE");
        assertThat(event.at("/source/0/country").asText()).isEqualTo("NRV");
        assertThat(event.at("/target/0/country").asText()).isEqualTo("OST");
    }

    @Test
    void exportQuotesWritesEachQuoteWithItsSpeakerAndEvent() throws Exception {
        Path feed = dir.resolve("feed.jsonl");
        Files.writeString(feed, "{\"id\": \"a1\", \"published\": \"2018-04-28\", \"text\": "
                + "\"Moon Jae-in met Kim Jong Un in Panmunjom on Friday.\\n"
                + "\\u201cWe agreed on a great deal,\\u201d Moon said after the talks.\"}");
        String db = dir.resolve("a.db").toString();
        run("ingest", "--db", db, feed.toString());
        Path events = dir.resolve("ev.jsonl");
        run("export", "events", "--db", db, "-o", events.toString());
        Path out = dir.resolve("quotes.jsonl");
        run("export", "quotes", "--format", "jsonl", "--db", db, "-o", out.toString());

        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(1);
        JsonNode quote = new ObjectMapper().readTree(lines.get(0));
        assertThat(quote.get("article").asText()).isEqualTo("a1");
        assertThat(quote.get("text").asText()).isEqualTo("We agreed on a great deal");
        assertThat(quote.at("/speaker/name").asText()).isEqualTo("Moon Jae-in");
        assertThat(quote.at("/speaker/country").asText()).isEqualTo("KOR");
        assertThat(quote.get("direct").asBoolean()).isTrue();
        assertThat(quote.get("end").asInt() - quote.get("start").asInt()).isEqualTo("We agreed on a great deal".length());
        String eventId = new ObjectMapper().readTree(Files.readAllLines(events).get(0)).get("id").asText();
        assertThat(quote.get("event").asText()).isEqualTo(eventId);
        assertThat(run("export", "quotes", "--help")).contains("Usage:", "speaker", "direct", "event");
    }

    @Test
    void exportToADashWritesToStdoutNotToAFile() throws Exception {
        Path feed = Files.writeString(dir.resolve("feed.jsonl"), "{\"id\": \"d1\", \"published\": \"2018-04-28\", "
                + "\"text\": \"Moon Jae-in met Kim Jong Un in Panmunjom on Friday.\"}");
        String db = dir.resolve("d.db").toString();
        run("ingest", "--db", db, feed.toString());
        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            run("export", "events", "--db", db, "-o", "-");
        } finally {
            System.setOut(stdout);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).contains("\"kind\":\"meeting\"");
        assertThat(Path.of("-")).doesNotExist();
    }

    @Test
    void benchReportsTheDeepPassShareAndEachSetting() throws Exception {
        Path corpus = Files.writeString(dir.resolve("bench.jsonl"), String.join("\n",
                "{\"id\": \"b1\", \"published\": \"2021-03-23\", \"text\": \"Kim Jong Un called for stronger "
                        + "\\u201cunity\\u201d with China. The weather was cold.\"}",
                "{\"id\": \"b2\", \"published\": \"2019-01-09\", \"text\": \"Kim Jong Un met Xi Jinping.\"}"));
        String out = run("bench", "--runs", "1", "--warmup", "0", "--threads", "1", "--ner-articles", "0",
                corpus.toString());
        assertThat(out).contains("2 articles", "deep pass: 1 of 3 sentences parsed (33.3%)",
                "CoreNLP tokenize+ssplit alone, 1 thr", "Attaché pipeline, 1 thr");
        assertThat(out).doesNotContain("NER pipeline");
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : List.of("ingest", "events", "export", "demo", "bench", "serve", "reindex", "bench-api")) {
            assertThat(run(command, "--help")).contains("Usage:");
        }
    }

    @Test
    void exportHelpDocumentsEveryFormat() {
        for (String[] args : new String[][] {{"export", "--help"}, {"export", "events", "--help"}}) {
            String help = run(args);
            assertThat(help).contains("jsonl", "in_reply_to", "csv", "GLOBALEVENTID", "QuadClass", "SOURCEURL",
                    "plover", "event_type", "source_actor");
        }
    }

    @Test
    void serveListensOnLoopbackPort8080UnlessTold() {
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs();
        assertThat(serve.port).isEqualTo(8080);
        assertThat(serve.bind).isEqualTo("127.0.0.1");
        assertThat(serve.store.db).isEqualTo("attache.db");

        new CommandLine(serve).parseArgs("--db", "x.db", "--port", "9000", "--bind", "0.0.0.0");
        assertThat(serve.port).isEqualTo(9000);
        assertThat(serve.bind).isEqualTo("0.0.0.0");
        assertThat(serve.store.db).isEqualTo("x.db");
    }

    @Test
    void theSearchIndexFollowsTheStoreUnlessTold() {
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs("--db", dir.resolve("x.db").toString());
        assertThat(serve.store.indexFolder()).isEqualTo(dir.resolve("x.db.lucene"));

        new CommandLine(serve).parseArgs("--db", "postgresql://u:s3cret@localhost/events");
        assertThat(serve.store.indexFolder()).isEqualTo(Path.of(".attache", "lucene-events").toAbsolutePath());
        assertThat(serve.store.describe()).doesNotContain("s3cret");

        new CommandLine(serve).parseArgs("--db", "postgresql://u@localhost/events", "--index", "idx");
        assertThat(serve.store.indexFolder()).isEqualTo(Path.of("idx"));
    }

    @Test
    void everyNewCommandIsListed() {
        assertThat(run("--help")).contains("serve", "reindex", "bench-api", "export");
    }

    /** Starts the HTTP server from the CLI's own class path, where a library clash would first show. */
    @Test
    void theApiBenchmarkServesFromTheCliClassPath() {
        String out = run("bench-api", "--db", dir.resolve("bench.db").toString(), "--events", "300",
                "--requests", "20", "--warmup", "5");
        assertThat(out).contains("p95");
    }

    @Test
    void storiesGroupAReprintWithItsWireStoryAsOneSource() throws Exception {
        String wire = "North Korea fired a ballistic missile into the sea off its east coast on Tuesday, the "
                + "South Korean military said, the third launch this month. The missile flew about 450 km and "
                + "reached an altitude of 60 km before falling outside Japan's exclusive economic zone, officials "
                + "in Tokyo said. Seoul convened its national security council.";
        Path feed = dir.resolve("feed.jsonl");
        Files.writeString(feed, String.join("\n",
                "{\"id\": \"wire\", \"published\": \"2022-05-10\", \"text\": \"" + wire + "\"}",
                "{\"id\": \"reprint\", \"published\": \"2022-05-10\", \"text\": \"" + wire
                        + " Officials gave no further details.\"}",
                "{\"id\": \"other\", \"published\": \"2019-07-01\", \"text\": \"Finland's parliament "
                        + "approved a budget for new schools in Tampere and Oulu after a long debate.\"}"));
        String db = dir.resolve("s.db").toString();
        run("ingest", "--db", db, feed.toString());
        String out = run("stories", "--db", db);
        assertThat(out).contains("2 stories over 3 articles", "2 article(s), 1 independent source(s)",
                "reprint, wire");
    }
}
