package org.attache.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Reads a {@code .jsonl} file (or {@code .jsonl.gz}), one article per JSON object line. Lines are streamed and
 * parsed one at a time, so files of any size work and a bad line is reported by number while the others
 * still yield; each line may take at most the size limit.
 */
final class JsonlSource implements ArticleSource {
    private final SourceOptions options;

    JsonlSource(SourceOptions options) {
        this.options = options;
    }

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
        JsonlLine parser = new JsonlLine(file.toAbsolutePath().getParent(), options, referenced);
        int number = 0;
        try (InputStream in = Inputs.open(file, Inputs.WHOLE_FILE)) {
            ByteLines lines = new ByteLines(in, options.maxBytes());
            while (true) {
                number++;
                SourceLocation location = new SourceLocation(file, number);
                byte[] line;
                try {
                    line = lines.next();
                } catch (ByteLines.LineTooLong e) {
                    sink.accept(new SourceItem.Failed(location, "line " + Inputs.overLimit(options.maxBytes())));
                    continue;
                }
                if (line == null) {
                    return;
                }
                if (!isBlank(line)) {
                    sink.accept(parser.parse(line, location));
                }
            }
        } catch (IOException e) {
            sink.accept(new SourceItem.Failed(new SourceLocation(file, number), Inputs.reason(e)));
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
