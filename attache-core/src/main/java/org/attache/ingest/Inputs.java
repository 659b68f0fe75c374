package org.attache.ingest;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Opens input files as byte streams, decompressed when the name ends in {@code .gz} and never yielding more
 * than a size limit, so that neither a huge file nor a small gzip bomb can fill memory.
 */
final class Inputs {
    /** The limit for files that are read item by item (JSONL, CSV, WARC): each item has its own limit. */
    static final long WHOLE_FILE = Long.MAX_VALUE;
    private static final int BUFFER = 1 << 16;
    private static final int BRIEF = 160;

    private Inputs() {
    }

    /** The file's (decompressed) bytes, or why they cannot be had. */
    static byte[] readAll(Path file, long maxBytes) throws Rejected {
        try (InputStream in = open(file, maxBytes)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new Rejected(reason(e));
        }
    }

    /**
     * The file's (decompressed) bytes as a stream that fails with a {@link BadInput} once it has given
     * {@code maxBytes}. An uncompressed file over the limit is refused before anything is read.
     */
    static InputStream open(Path file, long maxBytes) throws IOException {
        boolean gzip = FileNames.isGzip(file);
        if (!gzip && Files.size(file) > maxBytes) {
            throw new BadInput(overLimit(maxBytes));
        }
        InputStream in = new BufferedInputStream(Files.newInputStream(file), BUFFER);
        try {
            InputStream decoded = gzip ? new Gunzip(in) : in;
            return maxBytes == WHOLE_FILE ? decoded : new Bounded(decoded, maxBytes);
        } catch (IOException e) {
            in.close();
            throw e;
        }
    }

    /** A stream that fails with a {@link BadInput} once it has given {@code maxBytes}. */
    static InputStream bounded(InputStream in, long maxBytes) {
        return new Bounded(in, maxBytes);
    }

    static String overLimit(long maxBytes) {
        return "over the size limit of " + maxBytes + " bytes";
    }

    /**
     * A parser's message fit for a one-line report: its first line, without unprintable characters, cut at 160
     * characters (some parsers quote the offending bytes at length).
     */
    static String brief(String message) {
        if (message == null) {
            return "no detail";
        }
        String line = message.lines().findFirst().orElse("").replaceAll("[^\\p{Print}\\p{L}\\p{M}]", "?");
        return line.length() <= BRIEF ? line : line.substring(0, BRIEF) + "…";
    }

    /** A reason for the report: the clear one a {@link BadInput} anywhere in the causes gives, else a general one. */
    static String reason(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BadInput bad) {
                return bad.getMessage();
            }
            if (cause instanceof NoSuchFileException) {
                return "no such file";
            }
        }
        return "cannot read file: " + e.getMessage();
    }

    /** The bytes are unusable for a reason worth reporting as it is; raised as I/O so parsers pass it through. */
    static final class BadInput extends IOException {
        BadInput(String reason) {
            super(reason);
        }
    }

    /** Gzip decompression whose failures say that the data is truncated or corrupt. */
    private static final class Gunzip extends FilterInputStream {
        Gunzip(InputStream in) throws IOException {
            super(start(in));
        }

        private static InputStream start(InputStream in) throws IOException {
            try {
                return new GZIPInputStream(in, BUFFER);
            } catch (ZipException | EOFException e) {
                throw corrupt(e);
            }
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (ZipException | EOFException e) {
                throw corrupt(e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (ZipException | EOFException e) {
                throw corrupt(e);
            }
        }

        private static BadInput corrupt(IOException e) {
            BadInput bad = new BadInput("truncated or corrupt gzip data (" + e.getMessage() + ")");
            bad.initCause(e);
            return bad;
        }
    }

    /** Fails once more than the limit has been read, so the data beyond it is never held. */
    private static final class Bounded extends FilterInputStream {
        private final long limit;
        private long count;

        Bounded(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            // One byte past the limit is enough to know the input is over it.
            int n = super.read(b, off, (int) Math.min(len, limit - count + 1));
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(Math.min(n, limit - count + 1));
            counted(skipped);
            return skipped;
        }

        private void counted(long n) throws BadInput {
            count += n;
            if (count > limit) {
                throw new BadInput(overLimit(limit));
            }
        }
    }
}
