package org.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CommandsTest {
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
        assertThat(serve.store.db).isEqualTo(Path.of("attache.db"));

        new CommandLine(serve).parseArgs("--db", "x.db", "--port", "9000", "--bind", "0.0.0.0");
        assertThat(serve.port).isEqualTo(9000);
        assertThat(serve.bind).isEqualTo("0.0.0.0");
        assertThat(serve.store.db).isEqualTo(Path.of("x.db"));
    }

    @Test
    void everyNewCommandIsListed() {
        assertThat(run("--help")).contains("serve", "reindex", "bench-api", "export");
    }

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.execute(args);
        return out.toString();
    }
}
