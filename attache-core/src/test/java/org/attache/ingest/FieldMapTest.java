package org.attache.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.attache.ingest.FieldMap.Field;
import org.junit.jupiter.api.Test;

class FieldMapTest {
    @Test
    void defaultsTryTheirNamesInOrderThenIgnoringCase() {
        FieldMap map = FieldMap.defaults();

        assertThat(map.find(Field.TEXT, List.of("body", "text"))).isEqualTo("text");
        assertThat(map.find(Field.TEXT, List.of("Body"))).isEqualTo("Body");
        assertThat(map.find(Field.PUBLISHED, List.of("date"))).isEqualTo("date");
        assertThat(map.find(Field.ID, List.of("newid"))).isNull();
    }

    @Test
    void aRenameReplacesTheDefaultNames() {
        FieldMap map = FieldMap.of(Map.of("text", "body", "ID", " newid "));

        assertThat(map.find(Field.TEXT, List.of("text", "body"))).isEqualTo("body");
        assertThat(map.find(Field.ID, List.of("newid"))).isEqualTo("newid");
        assertThat(map.find(Field.URL, List.of("url"))).isEqualTo("url");
    }

    @Test
    void refusesUnknownPartsAndBlankNames() {
        assertThatThrownBy(() -> FieldMap.of(Map.of("headline", "title")))
                .hasMessageStartingWith("unknown article part \"headline\"");
        assertThatThrownBy(() -> FieldMap.of(Map.of("text", " "))).hasMessageContaining("no field name");
    }
}
