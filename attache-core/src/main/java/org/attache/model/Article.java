package org.attache.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A news article as ingested. {@code key} identifies it across runs (the record's id, else its URL,
 * else its file name); all evidence offsets point into {@code text}.
 *
 * @param author       who wrote it, as the source names them; null when not given
 * @param summaryOnly  whether {@code text} is only the summary a feed carried rather than the full article
 * @param language     the language of {@code text} (ISO 639-1, or 639-3 where there is no two-letter code),
 *                     null until detected or when too little text to tell
 */
public record Article(String key, String url, String title, String source, PublishedDate published, String text,
        String author, boolean summaryOnly, String language) {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    public Article {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(text, "text");
        if (key.isBlank()) {
            throw new IllegalArgumentException("an article needs a key");
        }
    }

    /** A full article with no author or language given, as most sources yield. */
    public Article(String key, String url, String title, String source, PublishedDate published, String text) {
        this(key, url, title, source, published, text, null, false, null);
    }

    public Article withPublished(PublishedDate date) {
        return new Article(key, url, title, source, date, text, author, summaryOnly, language);
    }

    public Article withLanguage(String code) {
        return new Article(key, url, title, source, published, text, author, summaryOnly, code);
    }

    /**
     * A digest of everything stored about the article, so re-ingesting it unchanged can be recognised. The
     * language is left out because it is derived from the text; author and the summary flag count only when
     * set, so articles stored before they existed keep their digest.
     */
    public String contentHash() {
        MessageDigest sha = sha256();
        for (String part : new String[] {url, title, source, String.valueOf(published.date()),
                published.origin().name(), text}) {
            sha.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
        }
        if (author != null) {
            sha.update(("author:" + author).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
        }
        if (summaryOnly) {
            sha.update("summary-only".getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /**
     * A digest of the text alone with runs of whitespace made one space, so the same story saved under another
     * key, URL or line ending is recognised as a duplicate.
     */
    public String textHash() {
        String normalised = WHITESPACE.matcher(text.strip()).replaceAll(" ");
        return HexFormat.of().formatHex(sha256().digest(normalised.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
