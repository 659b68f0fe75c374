package org.attache.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.attache.knowledge.KnowledgeFiles;
import org.attache.model.Coding;
import org.attache.model.EventKind;
import org.junit.jupiter.api.Test;

/** cameo-plover.tsv: the longest listed prefix of a CAMEO code gives its kind, PLOVER type and mode. */
class CameoMappingTest {
    private final CameoMapping mapping = new CameoMapping(KnowledgeFiles.bundled());

    @Test
    void aRootLineCoversItsFamilyAndAFullCodeLineRefinesIt() {
        TriggerGroup accuse = mapping.group("r", "112");
        assertThat(accuse.kind()).isEqualTo(EventKind.ACCUSATION);
        assertThat(accuse.coding()).isEqualTo(new Coding("ACCUSE", "disapprove", "112"));
        assertThat(mapping.group("r", "046").coding()).isEqualTo(new Coding("CONSULT", null, "046"));
        assertThat(mapping.group("r", "042").coding()).isEqualTo(new Coding("CONSULT", "visit", "042"));
        assertThat(mapping.group("r", "1631").kind()).isEqualTo(EventKind.SANCTION);
        assertThat(mapping.group("r", "161").kind()).isEqualTo(EventKind.OTHER);
    }

    @Test
    void aCodeOutsideCameoKeepsItselfWithNoKindOrType() {
        TriggerGroup odd = mapping.group("r", "903");
        assertThat(odd.kind()).isEqualTo(EventKind.OTHER);
        assertThat(odd.coding()).isEqualTo(new Coding(null, null, "903"));
    }
}
