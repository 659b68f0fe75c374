package org.attache.cli;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.attache.ingest.FieldMap;
import org.attache.ingest.SourceOptions;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** Options of the commands that read input files: the size limit and the field names of record formats. */
final class InputOptions {
    @Option(names = "--max-bytes", paramLabel = "SIZE", defaultValue = "20MB", converter = ByteSize.class,
            description = "The most one item may take: a whole HTML, text or feed file (after decompression), one "
                + "JSONL line, CSV row or WARC record; larger ones are reported and skipped. Bytes, or with kB, MB "
                + "or GB (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Option(names = "--map", paramLabel = "PART=FIELD", split = ",",
            description = "Field (JSONL) or column (CSV) names for the parts of an article: id, url, title, author, "
                + "published, source, text. Defaults: id, url, title, author, published or date, source, text or "
                + "body. Example: --map text=body,published=date")
    Map<String, String> fields = new LinkedHashMap<>();

    SourceOptions sourceOptions() {
        return new SourceOptions(maxBytes, FieldMap.of(fields));
    }

    /** "20MB", "512kB", "1GB" or a number of bytes; binary multiples, as memory is counted. */
    static final class ByteSize implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            String v = value.strip().toUpperCase(Locale.ROOT);
            long unit = 1;
            for (Map.Entry<String, Long> suffix : Map.of("KB", 1L << 10, "MB", 1L << 20, "GB", 1L << 30).entrySet()) {
                if (v.endsWith(suffix.getKey())) {
                    unit = suffix.getValue();
                    v = v.substring(0, v.length() - 2).strip();
                }
            }
            try {
                long bytes = Math.multiplyExact(Long.parseLong(v), unit);
                if (bytes <= 0) {
                    throw new TypeConversionException("the size must be positive: " + value);
                }
                return bytes;
            } catch (NumberFormatException | ArithmeticException e) {
                throw new TypeConversionException("not a size: " + value + " (examples: 20MB, 512kB, 1048576)");
            }
        }
    }
}
