package org.attache.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Turns a file into article text under the rules all sources share: strict UTF-8, no binary data, not blank,
 * CRLF line ends made LF and everything else kept as written, since evidence offsets point into this text.
 */
final class PlainText {
    /** Prose has at most a stray control character; a share this large means the file holds data. */
    private static final double MAX_CONTROL_SHARE = 0.3;
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private PlainText() {
    }

    static String read(Path file) throws Rejected {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new Rejected("no such file");
        } catch (IOException e) {
            throw new Rejected("cannot read file: " + e.getMessage());
        }
        if (looksBinary(bytes)) {
            throw new Rejected("binary file, not text");
        }
        String text = normaliseLineEnds(decode(bytes));
        // A byte-order mark only announces the encoding; left in, it would be the first character of the text.
        if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new Rejected("empty file");
        }
        return text;
    }

    static String normaliseLineEnds(String text) {
        return text.replace("\r\n", "\n");
    }

    private static boolean looksBinary(byte[] bytes) {
        int control = 0;
        for (byte signed : bytes) {
            int b = signed & 0xFF;
            if (b == 0) {
                return true;
            }
            if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F) {
                control++;
            }
        }
        return control > bytes.length * MAX_CONTROL_SHARE;
    }

    private static String decode(byte[] bytes) throws Rejected {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // UTF-8 never decodes to more UTF-16 units than it has bytes.
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new Rejected("invalid UTF-8 at byte " + in.position());
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    /** The file cannot be used as article text; the message says why. */
    static final class Rejected extends Exception {
        Rejected(String reason) {
            super(reason, null, false, false);
        }
    }
}
