package org.attache.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The input files Attaché reads: picks the source for a file by its name and walks files and folders in
 * a fixed order, so the same inputs always yield the same items.
 */
public final class Sources {
    private final TextFileSource text;
    private final JsonlSource jsonl;
    private final List<ArticleSource> all;

    public Sources(SourceOptions options) {
        text = new TextFileSource(options.maxBytes());
        jsonl = new JsonlSource(options);
        all = List.of(text, jsonl, new CsvSource(options), new HtmlFileSource(options.maxBytes()),
                new FeedSource(options.maxBytes()), new WarcSource(options.maxBytes()));
    }

    /** The source that reads files named like this one, if any. */
    public Optional<ArticleSource> forFile(Path file) {
        return all.stream().filter(source -> source.accepts(file)).findFirst();
    }

    /**
     * Reads each path in turn, handing every article or failure to {@code sink}. A file is read by its source;
     * a folder is walked recursively, its {@code .jsonl} files first and then the rest, each group in path
     * order. Inside folders, files no source reads are skipped, and {@code .txt} files that a {@code .jsonl}
     * in the folder names as its {@code file} are skipped because that line already reads them.
     */
    public void walk(List<Path> paths, Consumer<SourceItem> sink) {
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                walkFolder(path, sink);
            } else if (!Files.exists(path)) {
                sink.accept(new SourceItem.Failed(new SourceLocation(path, 0), "no such file"));
            } else {
                forFile(path).ifPresentOrElse(source -> read(source, path, sink),
                        () -> sink.accept(new SourceItem.Failed(new SourceLocation(path, 0), "unsupported file type")));
            }
        }
    }

    /**
     * A library's unforeseen failure on odd input ends that file with a report, not the batch; what the file
     * yielded before it stands.
     */
    private static void read(ArticleSource source, Path file, Consumer<SourceItem> sink) {
        try {
            source.read(file, sink);
        } catch (RuntimeException e) {
            sink.accept(new SourceItem.Failed(new SourceLocation(file, 0), "cannot read file: " + e));
        }
    }

    private void walkFolder(Path folder, Consumer<SourceItem> sink) {
        List<Path> files;
        try (Stream<Path> tree = Files.walk(folder)) {
            files = tree.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            sink.accept(new SourceItem.Failed(new SourceLocation(folder, 0), "cannot read folder: " + e.getMessage()));
            return;
        }
        Set<Path> referenced = new HashSet<>();
        for (Path file : files) {
            if (jsonl.accepts(file)) {
                jsonl.read(file, sink, referenced::add);
            }
        }
        for (Path file : files) {
            boolean readByJsonl = text.accepts(file) && referenced.contains(file.toAbsolutePath().normalize());
            if (!jsonl.accepts(file) && !readByJsonl) {
                forFile(file).ifPresent(source -> read(source, file, sink));
            }
        }
    }
}
