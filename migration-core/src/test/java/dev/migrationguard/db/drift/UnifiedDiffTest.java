package dev.migrationguard.db.drift;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnifiedDiffTest {

    @Test
    void commonLinesStayAndChangedLinesShowRemovalThenAddition() {
        assertThat(UnifiedDiff.of("a\nb\nc\n", "a\nB\nc\nd")).isEqualTo("""
                --- migrations
                +++ database
                 a
                -b
                +B
                 c
                +d
                """);
    }

    @Test
    void anEmptySideIsAllAdditionsOrAllRemovals() {
        assertThat(UnifiedDiff.of("", "x\ny")).isEqualTo("--- migrations\n+++ database\n+x\n+y\n");
        assertThat(UnifiedDiff.of("x", "")).isEqualTo("--- migrations\n+++ database\n-x\n");
    }
}
