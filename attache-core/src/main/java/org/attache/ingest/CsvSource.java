package org.attache.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads a {@code .csv} file (or {@code .csv.gz}) with a header row, one article per row, its columns found by
 * name through the {@link FieldMap}. Rows are streamed; a bad row is reported by line and the rest still yield,
 * unless the file cannot be read past it (broken quoting, invalid UTF-8), which ends the file with that report.
 */
final class CsvSource implements ArticleSource {
    private final SourceOptions options;
    private final CsvMapper mapper;

    CsvSource(SourceOptions options) {
        this.options = options;
        // The parser holds each value whole: capping its length caps the memory a row can take.
        StreamReadConstraints limits = StreamReadConstraints.builder()
                .maxStringLength((int) Math.min(options.maxBytes(), Integer.MAX_VALUE)).build();
        this.mapper = new CsvMapper(CsvFactory.builder().streamReadConstraints(limits).build());
    }

    @Override
    public boolean accepts(Path file) {
        return FileNames.hasExtension(file, ".csv");
    }

    @Override
    public void read(Path file, Consumer<SourceItem> sink) {
        try (InputStream in = Inputs.open(file, Inputs.WHOLE_FILE);
             MappingIterator<String[]> rows = mapper.readerFor(String[].class)
                     .with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(in)) {
            if (!rows.hasNextValue()) {
                sink.accept(new SourceItem.Failed(new SourceLocation(file, 0), "empty file"));
                return;
            }
            CsvRow header = new CsvRow(file, List.of(rows.nextValue()), options);
            readRows(file, rows, header, sink);
        } catch (Rejected e) {
            sink.accept(new SourceItem.Failed(new SourceLocation(file, 1), e.getMessage()));
        } catch (IOException | RuntimeException e) {
            String reason = e instanceof JsonProcessingException ? "malformed CSV header: " + reason(e) : reason(e);
            sink.accept(new SourceItem.Failed(new SourceLocation(file, 0), reason));
        }
    }

    private void readRows(Path file, MappingIterator<String[]> rows, CsvRow header, Consumer<SourceItem> sink) {
        int number = 0;
        long failedAt = -1;
        int failedLine = -1;
        while (true) {
            int line = (int) rows.getParser().currentLocation().getLineNr();
            try {
                if (!rows.hasNextValue()) {
                    return;
                }
                String[] values = rows.nextValue();
                number++;
                JsonLocation start = rows.getParser().currentTokenLocation();
                sink.accept(header.item(values, number, new SourceLocation(file, start.getLineNr())));
            } catch (IOException | RuntimeException e) {
                long offset = rows.getParser().currentLocation().getCharOffset();
                // Bytes that cannot be read or decoded cannot be skipped, and no progress since the last failure
                // means the parser cannot get past this point either: the rest of the file is lost, and said to be.
                boolean unreadable = !(e instanceof JsonProcessingException) || causedBy(e, Inputs.BadInput.class)
                        || causedBy(e, CharConversionException.class);
                if (unreadable || offset == failedAt) {
                    sink.accept(new SourceItem.Failed(new SourceLocation(file, line),
                            "malformed CSV, the rest of the file cannot be read: " + reason(e)));
                    return;
                }
                failedAt = offset;
                if (line == failedLine) {
                    // The parser resumed inside the row that just failed; that row is reported already.
                    continue;
                }
                failedLine = line;
                number++;
                String reason = causedBy(e, StreamConstraintsException.class)
                        ? "row " + Inputs.overLimit(options.maxBytes()) : "malformed CSV row: " + reason(e);
                sink.accept(new SourceItem.Failed(new SourceLocation(file, line), reason));
            }
        }
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    /** The cause in a line: Jackson's message without the location and reference chain meant for programmers. */
    private static String reason(Exception e) {
        if (e instanceof JsonProcessingException json && !causedBy(e, Inputs.BadInput.class)) {
            String message = json.getOriginalMessage();
            return message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
        }
        return Inputs.reason(e);
    }
}
