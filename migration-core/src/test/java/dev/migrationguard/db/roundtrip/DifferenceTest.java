package dev.migrationguard.db.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DifferenceTest {

    private static Difference differs(String before, String after) {
        return new Difference("function f()", Difference.Change.DIFFERS, "after down", before, after);
    }

    @Test
    void shortDefinitionsAreShownInTheSummary() {
        Difference d = new Difference("column users.status", Difference.Change.DIFFERS, "after down", "text",
                "text DEFAULT 'new'::text");
        assertThat(d.summary()).isEqualTo("column users.status: differs after down: was text, now text DEFAULT "
                + "'new'::text");
        assertThat(d.summaryIsComplete()).isTrue();
        assertThat(new Difference("index i", Difference.Change.PRESENT, "after down", null, "CREATE INDEX i")
                .summary()).isEqualTo("index i: present after down");
    }

    @Test
    void aChangedBodyIsAUnifiedDiffWithContext() {
        Difference d = differs("BEGIN\n  a := 1;\n  b := 2;\n  c := 3;\n  d := 4;\n  e := 5;\nEND",
                "BEGIN\n  a := 1;\n  b := 2;\n  c := 30;\n  d := 4;\n  e := 5;\nEND");
        assertThat(d.summary()).isEqualTo("function f(): differs after down (1 line(s) removed, 1 added; see the diff)");
        assertThat(d.diff()).containsExactly(
                "--- function f() before",
                "+++ function f() after down",
                "@@ -1,7 +1,7 @@",
                " BEGIN", "   a := 1;", "   b := 2;", "-  c := 3;", "+  c := 30;", "   d := 4;", "   e := 5;", " END");
    }

    @Test
    void distantChangesMakeTwoHunksAndInsertionsCountRight() {
        String before = IntStream.rangeClosed(1, 20).mapToObj(i -> "line " + i).collect(Collectors.joining("\n"));
        String after = before.replace("line 2\n", "line 2\nnew line\n").replace("line 18", "line eighteen");
        assertThat(differs(before, after).diff()).containsExactly(
                "--- function f() before", "+++ function f() after down",
                "@@ -1,5 +1,6 @@", " line 1", " line 2", "+new line", " line 3", " line 4", " line 5",
                "@@ -15,6 +16,6 @@", " line 15", " line 16", " line 17", "-line 18", "+line eighteen", " line 19",
                " line 20");
    }

    @Test
    void textIsBoundedWithTheCountOfWhatIsLeftOut() {
        String before = IntStream.rangeClosed(1, 50).mapToObj(i -> "a" + i).collect(Collectors.joining("\n"));
        String after = IntStream.rangeClosed(1, 50).mapToObj(i -> "b" + i).collect(Collectors.joining("\n"));
        Difference d = differs(before, after);
        assertThat(d.diff()).hasSize(103);
        assertThat(d.boundedDiff(20)).hasSize(21).last().isEqualTo("... 83 more lines");
    }

    @Test
    void aLongLineShowsWhereItDiffers() {
        String head = "x".repeat(300);
        String tail = "y".repeat(300);
        Difference d = differs(head + " AND created_at > now() - '1 day'::interval AND " + tail,
                head + " AND created_at > '2024-05-01 10:00:00+00'::timestamptz AND " + tail);
        assertThat(d.boundedDiff(20)).hasSize(5).satisfies(lines -> {
            assertThat(lines.get(3)).startsWith("-...").contains("now() - '1 day'::interval").endsWith("...")
                    .hasSizeLessThan(200);
            assertThat(lines.get(4)).startsWith("+...").contains("'2024-05-01 10:00:00+00'::timestamptz")
                    .endsWith("...").hasSizeLessThan(200);
        });
        assertThat(d.diff().get(3)).isEqualTo("-" + head + " AND created_at > now() - '1 day'::interval AND " + tail);
    }
}
