package org.attache.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Reads a {@code .jsonl} file, one article per JSON object line. Lines are streamed and parsed one at a time,
 * so files of any size work and a bad line is reported by number while the others still yield.
 */
final class JsonlSource implements ArticleSource {
    @Override
    public boolean accepts(Path file) {
        return FileNames.hasExtension(file, ".jsonl");
    }

    @Override
    public void read(Path file, Consumer<SourceItem> sink) {
        read(file, sink, referenced -> { });
    }

    /** As {@link #read(Path, Consumer)}, also passing every text file a line names to {@code referenced}. */
    void read(Path file, Consumer<SourceItem> sink, Consumer<Path> referenced) {
        Path folder = file.toAbsolutePath().getParent();
        int number = 0;
        try (InputStream in = Files.newInputStream(file)) {
            ByteLines lines = new ByteLines(in);
            for (byte[] line = lines.next(); line != null; line = lines.next()) {
                number++;
                if (!isBlank(line)) {
                    sink.accept(JsonlLine.parse(line, folder, new SourceLocation(file, number), referenced));
                }
            }
        } catch (NoSuchFileException e) {
            sink.accept(new SourceItem.Failed(new SourceLocation(file, 0), "no such file"));
        } catch (IOException e) {
            sink.accept(new SourceItem.Failed(new SourceLocation(file, number), "cannot read file: " + e.getMessage()));
        }
    }

    private static boolean isBlank(byte[] line) {
        for (byte b : line) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
