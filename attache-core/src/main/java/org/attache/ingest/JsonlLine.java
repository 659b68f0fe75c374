package org.attache.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import org.attache.model.Article;
import org.attache.model.DateOrigin;
import org.attache.model.PublishedDate;

/**
 * Turns one line of a {@code .jsonl} file into an article: metadata from the object's fields, text inline
 * or from a file beside the {@code .jsonl}, or the reason the line cannot be used.
 */
final class JsonlLine {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private JsonlLine() {
    }

    /**
     * Reads the line; a {@code file} it names, resolved against {@code folder}, is passed to {@code referenced}
     * even when the line fails, so the file is not read a second time on its own.
     */
    static SourceItem parse(byte[] line, Path folder, SourceLocation location, Consumer<Path> referenced) {
        try {
            return new SourceItem.Parsed(article(MAPPER.readTree(line), folder, referenced), location);
        } catch (JsonProcessingException e) {
            return new SourceItem.Failed(location, "not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            // Raised before parsing proper, when Jackson cannot tell the bytes' encoding.
            return new SourceItem.Failed(location, "not JSON: " + e.getMessage());
        } catch (BadLine e) {
            return new SourceItem.Failed(location, e.getMessage());
        }
    }

    private static Article article(JsonNode json, Path folder, Consumer<Path> referenced) throws BadLine {
        if (!json.isObject()) {
            throw new BadLine("not a JSON object");
        }
        String fileName = string(json, "file");
        Path file = fileName == null ? null : folder.resolve(fileName).normalize();
        if (file != null) {
            referenced.accept(file);
        }
        String key = string(json, "id");
        if (key == null) {
            key = string(json, "url");
        }
        if (key == null && file != null) {
            key = FileNames.baseName(file);
        }
        if (key == null) {
            throw new BadLine("no id, url or file to key the article");
        }
        PublishedDate published = PublishedDate.of(date(string(json, "published")), DateOrigin.METADATA);
        return new Article(key, string(json, "url"), string(json, "title"), string(json, "source"), published,
                text(json, fileName, file));
    }

    private static String text(JsonNode json, String fileName, Path file) throws BadLine {
        JsonNode text = json.get("text");
        if (text != null && !text.isNull()) {
            if (!text.isTextual()) {
                throw new BadLine("field \"text\" is not a string");
            }
            if (text.textValue().isBlank()) {
                throw new BadLine("empty text");
            }
            return PlainText.normaliseLineEnds(text.textValue());
        }
        if (file == null) {
            throw new BadLine("neither text nor file");
        }
        try {
            return PlainText.read(file);
        } catch (PlainText.Rejected e) {
            throw new BadLine("file " + fileName + ": " + e.getMessage());
        }
    }

    /** A scalar field as text (ids are often numbers); absent, null and blank all mean no value. */
    private static String string(JsonNode json, String field) throws BadLine {
        JsonNode value = json.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual() && !value.isNumber()) {
            throw new BadLine("field \"" + field + "\" is not a string");
        }
        String text = value.asText();
        return text.isBlank() ? null : text;
    }

    /** An ISO date, or the date part of an ISO date-time as written (with 'T' or a space before the time). */
    private static LocalDate date(String value) throws BadLine {
        if (value == null) {
            return null;
        }
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value);
            }
            String dateTime = value.length() > 10 && value.charAt(10) == ' '
                    ? value.substring(0, 10) + 'T' + value.substring(11)
                    : value;
            return LocalDate.from(DateTimeFormatter.ISO_DATE_TIME.parse(dateTime));
        } catch (DateTimeException e) {
            throw new BadLine("bad published date \"" + value + "\"");
        }
    }

    /** The line is JSON but cannot become an article; the message says why. */
    private static final class BadLine extends Exception {
        BadLine(String reason) {
            super(reason, null, false, false);
        }
    }
}
