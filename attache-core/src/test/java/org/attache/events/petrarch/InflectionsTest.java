package org.attache.events.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Regular verb forms as PETRARCH makes them from a dictionary's listed form. */
class InflectionsTest {
    @Test
    void regularFormsFollowTheVerbsEnding() {
        assertThat(Inflections.of("VISIT")).contains("VISIT", "VISITS", "VISITED", "VISITING");
        assertThat(Inflections.of("PLEDGE")).containsExactly("PLEDGE", "PLEDGES", "PLEDGED", "PLEDGING");
        assertThat(Inflections.of("RALLY")).containsExactly("RALLY", "RALLIES", "RALLIED", "RALLYING");
        assertThat(Inflections.of("PRESS")).contains("PRESSES", "PRESSED");
        assertThat(Inflections.of("STOP")).contains("STOPPED", "STOPPING");
        assertThat(Inflections.of("DELAY")).contains("DELAYS", "DELAYED").doesNotContain("DELAIES");
    }
}
