package org.attache.ingest;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which field of a record (a JSONL object, a CSV column) holds each part of an article. Every part has
 * default names, tried in order; {@code --map text=body,published=date} replaces them with one name each.
 */
public final class FieldMap {
    /** The parts of an article a record can give. */
    public enum Field {
        ID, URL, TITLE, AUTHOR, PUBLISHED, SOURCE, TEXT;

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final FieldMap DEFAULTS = new FieldMap(defaultNames());

    private final Map<Field, List<String>> names;

    private FieldMap(Map<Field, List<String>> names) {
        this.names = names;
    }

    public static FieldMap defaults() {
        return DEFAULTS;
    }

    /**
     * The defaults with the given parts renamed, as {@code part → field name}.
     *
     * @throws IllegalArgumentException for a part that is not one of {@link Field} or a blank field name
     */
    public static FieldMap of(Map<String, String> renames) {
        Map<Field, List<String>> names = defaultNames();
        renames.forEach((part, name) -> {
            Field field;
            try {
                field = Field.valueOf(part.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown article part \"" + part + "\" in the field map (known: "
                        + String.join(", ", List.of(Field.values()).stream().map(Field::label).toList()) + ")");
            }
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("no field name given for \"" + part + "\" in the field map");
            }
            names.put(field, List.of(name.strip()));
        });
        return new FieldMap(names);
    }

    /**
     * The name among {@code available} that holds {@code field}: the first of its names present as written,
     * else the first present in another letter case; null when none is.
     */
    String find(Field field, Collection<String> available) {
        for (String name : names.get(field)) {
            if (available.contains(name)) {
                return name;
            }
        }
        for (String name : names.get(field)) {
            for (String candidate : available) {
                if (candidate.equalsIgnoreCase(name)) {
                    return candidate;
                }
            }
        }
        return null;
    }

    /** The names looked for, for messages ("text or body"). */
    String describe(Field field) {
        return String.join(" or ", names.get(field));
    }

    private static Map<Field, List<String>> defaultNames() {
        Map<Field, List<String>> names = new EnumMap<>(Field.class);
        names.put(Field.ID, List.of("id"));
        names.put(Field.URL, List.of("url"));
        names.put(Field.TITLE, List.of("title"));
        names.put(Field.AUTHOR, List.of("author"));
        names.put(Field.PUBLISHED, List.of("published", "date"));
        names.put(Field.SOURCE, List.of("source"));
        names.put(Field.TEXT, List.of("text", "body"));
        return names;
    }
}
