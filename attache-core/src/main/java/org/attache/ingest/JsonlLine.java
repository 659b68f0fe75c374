package org.attache.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.attache.ingest.FieldMap.Field;
import org.attache.model.Article;
import org.attache.model.DateOrigin;
import org.attache.model.PublishedDate;

/**
 * Turns one line of a {@code .jsonl} file into an article: metadata from the object's fields (named by the
 * {@link FieldMap}), text inline or from a file beside the {@code .jsonl}, or the reason the line cannot be used.
 */
final class JsonlLine {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final Path folder;
    private final SourceOptions options;
    private final Consumer<Path> referenced;

    /**
     * A reader for the lines of a {@code .jsonl} in {@code folder}; a {@code file} a line names, resolved against
     * the folder, is passed to {@code referenced} even when the line fails, so it is not read again on its own.
     */
    JsonlLine(Path folder, SourceOptions options, Consumer<Path> referenced) {
        this.folder = folder;
        this.options = options;
        this.referenced = referenced;
    }

    SourceItem parse(byte[] line, SourceLocation location) {
        try {
            return new SourceItem.Parsed(article(MAPPER.readTree(line)), location);
        } catch (JsonProcessingException e) {
            return new SourceItem.Failed(location, "not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            // Raised before parsing proper, when Jackson cannot tell the bytes' encoding.
            return new SourceItem.Failed(location, "not JSON: " + e.getMessage());
        } catch (Rejected e) {
            return new SourceItem.Failed(location, e.getMessage());
        }
    }

    private Article article(JsonNode json) throws Rejected {
        if (!json.isObject()) {
            throw new Rejected("not a JSON object");
        }
        List<String> present = new ArrayList<>();
        json.fieldNames().forEachRemaining(present::add);
        String fileName = string(json, "file");
        Path file = fileName == null ? null : folder.resolve(fileName).normalize();
        if (file != null) {
            referenced.accept(file);
        }
        String url = string(json, options.fields().find(Field.URL, present));
        String key = string(json, options.fields().find(Field.ID, present));
        if (key == null) {
            key = url;
        }
        if (key == null && file != null) {
            key = FileNames.baseName(file);
        }
        if (key == null) {
            throw new Rejected("no id, url or file to key the article");
        }
        PublishedDate published = PublishedDate.of(MetadataDates.published(string(json, options.fields().find(Field.PUBLISHED, present))),
                DateOrigin.METADATA);
        return new Article(key, url, string(json, options.fields().find(Field.TITLE, present)),
                string(json, options.fields().find(Field.SOURCE, present)), published,
                text(json, options.fields().find(Field.TEXT, present), fileName, file),
                string(json, options.fields().find(Field.AUTHOR, present)), false, null);
    }

    private String text(JsonNode json, String field, String fileName, Path file) throws Rejected {
        JsonNode text = field == null ? null : json.get(field);
        if (text != null && !text.isNull()) {
            if (!text.isTextual()) {
                throw new Rejected("field \"" + field + "\" is not a string");
            }
            if (text.textValue().isBlank()) {
                throw new Rejected("empty text");
            }
            return PlainText.normaliseLineEnds(text.textValue());
        }
        if (file == null) {
            throw new Rejected("neither text nor file");
        }
        try {
            return PlainText.read(file, options.maxBytes());
        } catch (Rejected e) {
            throw new Rejected("file " + fileName + ": " + e.getMessage());
        }
    }

    /** A scalar field as text (ids are often numbers); absent, null and blank all mean no value. */
    private static String string(JsonNode json, String field) throws Rejected {
        JsonNode value = field == null ? null : json.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual() && !value.isNumber()) {
            throw new Rejected("field \"" + field + "\" is not a string");
        }
        String text = value.asText();
        return text.isBlank() ? null : text;
    }
}
