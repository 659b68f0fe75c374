package org.attache.ingest;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the bytes of an HTML page in the charset its byte-order mark, its HTTP header or its meta tag
 * declares, else UTF-8. Decoding is strict, so a page that is not valid in its charset is reported rather than
 * stored with replacement characters that would corrupt names and quotes.
 */
final class HtmlDecoding {
    /** Browsers read pages in the first bytes' declaration, and so do we. */
    private static final int SNIFF_BYTES = 2048;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    /** As the HTML standard says, pages labelled Latin-1 or ASCII are read as windows-1252, which they mostly are. */
    private static final Set<String> WINDOWS_1252_LABELS = Set.of("iso-8859-1", "latin1", "us-ascii", "ascii",
            "iso8859-1", "l1", "cp1252", "windows-1252");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private HtmlDecoding() {
    }

    /**
     * The page as text.
     *
     * @param declared the charset the HTTP response named, or null
     */
    static String decode(byte[] bytes, String declared) throws Rejected {
        if (bytes.length == 0) {
            throw new Rejected("empty file");
        }
        if (PlainText.looksBinary(bytes)) {
            throw new Rejected("binary file, not HTML");
        }
        return PlainText.withoutByteOrderMark(PlainText.decode(bytes, charset(bytes, declared)));
    }

    private static Charset charset(byte[] bytes, String declared) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        String name = declared != null ? declared : sniffed(bytes);
        if (name == null) {
            return StandardCharsets.UTF_8;
        }
        if (WINDOWS_1252_LABELS.contains(name.toLowerCase(Locale.ROOT))) {
            return WINDOWS_1252;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            // An unknown label is most often a misspelt "utf-8"; strict decoding catches it if it is not.
            return StandardCharsets.UTF_8;
        }
    }

    private static String sniffed(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? m.group(1) : null;
    }
}
