package org.attache.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Turns a file into article text under the rules all sources share: strict decoding, no binary data, not
 * blank, CRLF line ends made LF and everything else kept as written, since evidence offsets point into this text.
 */
final class PlainText {
    /** Prose has at most a stray control character; a share this large means the file holds data. */
    private static final double MAX_CONTROL_SHARE = 0.3;
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private PlainText() {
    }

    /** The text of a UTF-8 file of at most {@code maxBytes} (after decompression). */
    static String read(Path file, long maxBytes) throws Rejected {
        byte[] bytes = Inputs.readAll(file, maxBytes);
        if (looksBinary(bytes)) {
            throw new Rejected("binary file, not text");
        }
        String text = normaliseLineEnds(withoutByteOrderMark(decode(bytes, StandardCharsets.UTF_8)));
        if (text.isBlank()) {
            throw new Rejected("empty file");
        }
        return text;
    }

    static String normaliseLineEnds(String text) {
        return text.replace("\r\n", "\n");
    }

    /** A byte-order mark only announces the encoding; left in, it would be the first character of the text. */
    static String withoutByteOrderMark(String text) {
        return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    }

    static boolean looksBinary(byte[] bytes) {
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

    /** Decodes strictly: a byte sequence that is not valid in {@code charset} rejects the whole input. */
    static String decode(byte[] bytes, Charset charset) throws Rejected {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil(bytes.length * (double) decoder.maxCharsPerByte()));
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new Rejected("invalid " + charset.name() + " at byte " + in.position());
        }
        decoder.flush(out);
        return out.flip().toString();
    }
}
