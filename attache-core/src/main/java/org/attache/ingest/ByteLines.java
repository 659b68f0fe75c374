package org.attache.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a stream into lines of undecoded bytes, so that a badly encoded line is one bad item rather than
 * a decoding error that ends the whole file. A line longer than the limit is skipped without being held.
 */
final class ByteLines {
    private final InputStream in;
    private final long maxLineBytes;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;

    ByteLines(InputStream in, long maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /**
     * The next line without its LF or CRLF end, or null when the stream is exhausted.
     *
     * @throws LineTooLong when the line is over the limit; the stream is then past that line
     */
    byte[] next() throws IOException, LineTooLong {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        long length = 0;
        while (true) {
            if (position == limit && !fill()) {
                if (length > maxLineBytes) {
                    throw new LineTooLong();
                }
                return length == 0 ? null : withoutCarriageReturn(line.toByteArray());
            }
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            length += position - start;
            if (length <= maxLineBytes) {
                line.write(buffer, start, position - start);
            } else {
                line.reset();
            }
            if (position < limit) {
                position++;
                if (length > maxLineBytes) {
                    throw new LineTooLong();
                }
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

    /** The line just skipped was over the limit. */
    static final class LineTooLong extends Exception {
        LineTooLong() {
            super(null, null, false, false);
        }
    }
}
