package dev.migrationguard.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DirectiveTest {

    private static ScriptSplitter.SplitResult split(String sql) {
        return ScriptSplitter.split(sql, ScriptSplitter.SplitOptions.defaults());
    }

    @Test
    void ignoreAppliesToTheNextStatement() {
        ScriptSplitter.SplitResult result = split("""
                SELECT 1;
                -- migration-guard:ignore ban-drop-column,require-concurrent-index-creation  reviewed by DBA
                ALTER TABLE t DROP COLUMN c;
                """);
        assertThat(result.suppressions()).singleElement().satisfies(s -> {
            assertThat(s.ruleIds()).containsExactlyInAnyOrder("ban-drop-column", "require-concurrent-index-creation");
            assertThat(s.reason()).isEqualTo("reviewed by DBA");
            assertThat(s.fileLevel()).isFalse();
            assertThat(s.statementIndex()).isEqualTo(1);
            assertThat(s.line()).isEqualTo(2);
            assertThat(s.column()).isEqualTo(1);
        });
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void ignoreOnTheLineWhereAStatementEndsAppliesToThatStatement() {
        ScriptSplitter.SplitResult result = split("""
                ALTER TABLE t DROP COLUMN c; -- migration-guard:ignore ban-drop-column column unused since v3
                DROP TABLE u;
                """);
        assertThat(result.suppressions()).singleElement().satisfies(s -> {
            assertThat(s.statementIndex()).isZero();
            assertThat(s.column()).isEqualTo(30);
        });
    }

    @Test
    void ignoreInsideAStatementAppliesToIt() {
        ScriptSplitter.SplitResult result = split("SELECT 1;\nDROP TABLE\n-- migration-guard:ignore ban-drop-table ok\nt;");
        assertThat(result.suppressions().get(0).statementIndex()).isEqualTo(1);
    }

    @Test
    void ignoreWithNoFollowingStatementHasIndexMinusOne() {
        ScriptSplitter.SplitResult result = split("SELECT 1;\n-- migration-guard:ignore foo why\n");
        assertThat(result.suppressions().get(0).statementIndex()).isEqualTo(-1);
    }

    @Test
    void idsWithSpacesAfterCommasAndEmptyReason() {
        ScriptSplitter.SplitResult result = split("/* migration-guard:ignore a-1, b-2 */ SELECT 1;");
        assertThat(result.suppressions()).singleElement().satisfies(s -> {
            assertThat(s.ruleIds()).isEqualTo(Set.of("a-1", "b-2"));
            assertThat(s.reason()).isEmpty();
            assertThat(s.statementIndex()).isZero();
        });
    }

    @Test
    void prefixIsCaseInsensitive() {
        assertThat(split("-- Migration-Guard:IGNORE x reason\nSELECT 1;").suppressions()).hasSize(1);
    }

    @Test
    void ignoreFileIsFileLevel() {
        ScriptSplitter.SplitResult result = split("SELECT 1;\n-- migration-guard:ignore-file ban-drop-table legacy\n");
        assertThat(result.suppressions()).singleElement().satisfies(s -> {
            assertThat(s.fileLevel()).isTrue();
            assertThat(s.statementIndex()).isEqualTo(-1);
            assertThat(s.ruleIds()).containsExactly("ban-drop-table");
            assertThat(s.reason()).isEqualTo("legacy");
        });
    }

    @Test
    void irreversibleMarker() {
        assertThat(split("-- migration-guard:irreversible data is gone for good\nDROP TABLE t;")
                .irreversibleReason()).contains("data is gone for good");
        assertThat(split("-- migration-guard:irreversible\n").irreversibleReason()).contains("");
        assertThat(split("/* migration-guard:irreversible no way back */").irreversibleReason())
                .contains("no way back");
        assertThat(split("DROP TABLE t;").irreversibleReason()).isEqualTo(Optional.empty());
    }

    @Test
    void noOpMarker() {
        assertThat(split("-- migration-guard:no-op the table goes with 7_cleanup\n").noOpReason())
                .contains("the table goes with 7_cleanup");
        assertThat(split("-- migration-guard:no-op\n").noOpReason()).contains("");
        assertThat(split("-- migration-guard:no-op x\n").problems()).isEmpty();
        assertThat(split("-- migration-guard:irreversible x\n").noOpReason()).isEqualTo(Optional.empty());
        assertThat(split("-- migration-guard:noop x\n").problems().get(0).help()).contains("no-op <reason>");
    }

    @Test
    void misspelledDirectiveIsReportedWithTheRightForm() {
        List<SqlProblem> problems = split("SELECT 1;\n  -- migration-guard:ignroe ban-drop-column x\n").problems();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(SqlProblem.Kind.BAD_DIRECTIVE);
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo(3);
            assertThat(p.message()).contains("migration-guard:ignroe").contains("-- migration-guard:ignroe ban-drop-column x");
            assertThat(p.help()).isEqualTo(
                    "write it as -- migration-guard:ignore <rule-id>[,<rule-id>...] <reason>");
        });
        assertThat(split("-- migration-guard:ignore-files a b\n").problems().get(0).help())
                .contains("ignore-file <rule-id>");
        assertThat(split("-- migration-guard:irreversable x\n").problems().get(0).help())
                .contains("irreversible <reason>");
        assertThat(split("-- migration-guard:ignore-files a b\n").suppressions()).isEmpty();
    }

    @Test
    void ignoreWithoutIdOrWithBadIdIsReported() {
        assertThat(split("-- migration-guard:ignore\nSELECT 1;").problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("missing rule id"));
        assertThat(split("-- migration-guard:ignore Ban_Drop reason\nSELECT 1;").problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("\"Ban_Drop\" is not kebab-case"));
        assertThat(split("-- migration-guard:ignore a,\nSELECT 1;").problems()).hasSize(1);
    }

    @Test
    void ordinaryCommentsAndStringsAreNoDirectives() {
        ScriptSplitter.SplitResult result = split(
                "-- see migration-guard:ignore docs\nSELECT '-- migration-guard:ignore x y';");
        assertThat(result.suppressions()).isEmpty();
        assertThat(result.problems()).isEmpty();
    }
}
