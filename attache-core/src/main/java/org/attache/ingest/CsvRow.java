package org.attache.ingest;

import java.nio.file.Path;
import java.util.List;
import org.attache.ingest.FieldMap.Field;
import org.attache.model.Article;
import org.attache.model.DateOrigin;
import org.attache.model.PublishedDate;

/**
 * A CSV header, which knows the column of each part of an article, and turns rows into articles. A row is keyed
 * by its id, else its URL, else the file's base name and the row's number ("news#12"), which stays the same as
 * long as the file does.
 */
final class CsvRow {
    private final Path file;
    private final List<String> header;
    private final long maxChars;
    private final int[] columns = new int[Field.values().length];

    CsvRow(Path file, List<String> header, SourceOptions options) throws Rejected {
        this.file = file;
        this.header = header.stream().map(String::strip).toList();
        this.maxChars = options.maxBytes();
        for (Field field : Field.values()) {
            String name = options.fields().find(field, this.header);
            columns[field.ordinal()] = name == null ? -1 : this.header.indexOf(name);
        }
        if (columns[Field.TEXT.ordinal()] < 0) {
            throw new Rejected("no " + options.fields().describe(Field.TEXT) + " column in the header");
        }
    }

    SourceItem item(String[] values, int number, SourceLocation location) {
        try {
            return new SourceItem.Parsed(article(values, number), location);
        } catch (Rejected e) {
            return new SourceItem.Failed(location, e.getMessage());
        }
    }

    private Article article(String[] values, int number) throws Rejected {
        if (values.length > header.size()) {
            throw new Rejected("row has " + values.length + " fields but the header " + header.size());
        }
        long chars = 0;
        for (String value : values) {
            chars += value.length();
        }
        if (chars > maxChars) {
            throw new Rejected("row " + Inputs.overLimit(maxChars));
        }
        String text = value(values, Field.TEXT);
        if (text == null) {
            throw new Rejected("empty text");
        }
        String url = value(values, Field.URL);
        String key = value(values, Field.ID);
        if (key == null) {
            key = url != null ? url : FileNames.baseName(file) + "#" + number;
        }
        return new Article(key, url, value(values, Field.TITLE), value(values, Field.SOURCE),
                PublishedDate.of(MetadataDates.published(value(values, Field.PUBLISHED)), DateOrigin.METADATA),
                PlainText.normaliseLineEnds(text), value(values, Field.AUTHOR), false, null);
    }

    /** The row's value for the part; a missing column, a short row and a blank value all mean none. */
    private String value(String[] values, Field field) {
        int column = columns[field.ordinal()];
        if (column < 0 || column >= values.length || values[column].isBlank()) {
            return null;
        }
        return values[column];
    }
}
