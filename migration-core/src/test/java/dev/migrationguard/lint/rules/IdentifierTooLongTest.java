package dev.migrationguard.lint.rules;

import static dev.migrationguard.lint.LintTester.lint;


import static org.assertj.core.api.Assertions.assertThat;
import dev.migrationguard.lint.Finding;
import org.junit.jupiter.api.Test;

class IdentifierTooLongTest {

    @Test
    void longNamesAreReported() {
        lint("""
            -- EXPECT: identifier-too-long
            CREATE TABLE aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa (id bigint);
            -- EXPECT: identifier-too-long
            ALTER TABLE t ADD COLUMN bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb text;
            """).matchesExpectations();
    }

    @Test
    void sixtyThreeBytesIsFine() {
        lint("""
            CREATE TABLE aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa (id bigint);
            """).matchesExpectations();
    }

    @Test
    void longNamesAreReportedWhereTheyAreUsedToo() {
        lint("""
            -- EXPECT: identifier-too-long
            DROP INDEX idx_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa;
            -- EXPECT: identifier-too-long
            DROP TABLE IF EXISTS tbl_bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb;
            -- EXPECT: identifier-too-long
            ALTER TABLE users DROP CONSTRAINT fk_ccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc;
            -- EXPECT: identifier-too-long
            ALTER TABLE t_ddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddd ADD COLUMN x text;
            -- EXPECT: identifier-too-long
            ALTER TABLE users ADD CONSTRAINT users_org_fk FOREIGN KEY (org_id) REFERENCES org_eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee (id) NOT VALID;
            -- EXPECT: identifier-too-long
            CREATE INDEX CONCURRENTLY users_x_idx ON users (col_fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
            """).matchesExpectations();
    }

    @Test
    void truncationIsNamedAtACharacterBoundary() {
        String name = "é".repeat(40); // 80 bytes
        assertThat(IdentifierTooLong.truncated(name)).isEqualTo("é".repeat(31));
        Finding f = lint("DROP TABLE \"" + name + "\";\n").result().findings().stream()
                .filter(x -> x.rule().equals("identifier-too-long")).findFirst().orElseThrow();
        assertThat(f.message()).contains("truncates it to \"" + "é".repeat(31) + "\"");
    }
}
