package org.attache.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code attache} command: subcommands over the core library. */
@Command(name = "attache", mixinStandardHelpOptions = true, version = "attache 0.1.0",
        description = "Reads news and keeps a record of what states and their leaders do to each other.",
        subcommands = {IngestCommand.class, WatchCommand.class, EventsCommand.class, ExportCommand.class,
            StoriesCommand.class, ServeCommand.class, ReindexCommand.class, DemoCommand.class, BenchCommand.class,
            BenchApiCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /**
     * Held so the loggers, and their levels, are not collected: Flyway reports every migration check at INFO,
     * Jetty and Javalin every start and stop, CoreNLP every annotator it adds.
     */
    private static final java.util.List<java.util.logging.Logger> QUIET = java.util.stream.Stream.of(
            "org.flywaydb", "org.eclipse.jetty", "io.javalin", "edu.stanford.nlp")
            .map(java.util.logging.Logger::getLogger).toList();

    public static void main(String[] args) {
        QUIET.forEach(logger -> logger.setLevel(java.util.logging.Level.WARNING));
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("attache: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return 1;
        });
        return cli;
    }
}
