package org.attache.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A news article as ingested. {@code key} identifies it across runs (the record's id, else its URL,
 * else its file name); all evidence offsets point into {@code text}.
 */
public record Article(String key, String url, String title, String source, PublishedDate published, String text) {
    public Article {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(text, "text");
        if (key.isBlank()) {
            throw new IllegalArgumentException("an article needs a key");
        }
    }

    public Article withPublished(PublishedDate date) {
        return new Article(key, url, title, source, date, text);
    }

    /** A digest of everything stored about the article, so re-ingesting it unchanged can be recognised. */
    public String contentHash() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {url, title, source, String.valueOf(published.date()),
                    published.origin().name(), text}) {
                sha.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
