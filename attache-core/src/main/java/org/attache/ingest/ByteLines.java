package org.attache.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a stream into lines of undecoded bytes, so that a badly encoded line is one bad item rather than
 * a decoding error that ends the whole file.
 */
final class ByteLines {
    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;

    ByteLines(InputStream in) {
        this.in = in;
    }

    /** The next line without its LF or CRLF end, or null when the stream is exhausted. */
    byte[] next() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (true) {
            if (position == limit && !fill()) {
                return line.size() == 0 ? null : withoutCarriageReturn(line.toByteArray());
            }
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            line.write(buffer, start, position - start);
            if (position < limit) {
                position++;
                return withoutCarriageReturn(line.toByteArray());
            }
        }
    }

    private boolean fill() throws IOException {
        position = 0;
        limit = Math.max(in.read(buffer), 0);
        return limit > 0;
    }

    private static byte[] withoutCarriageReturn(byte[] line) {
        return line.length > 0 && line[line.length - 1] == '\r' ? Arrays.copyOf(line, line.length - 1) : line;
    }
}
