package dev.migrationguard.lint.rules;

import static dev.migrationguard.lint.BaseTester.base;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.migrationguard.config.RuleSetting;
import dev.migrationguard.lint.Finding;
import dev.migrationguard.lint.LintTester;
import dev.migrationguard.lint.Severity;
import dev.migrationguard.naming.NamingScheme;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EditedMergedMigrationTest {

    private static final String RULE = "edited-merged-migration";
    private static final String V1 = "CREATE TABLE users (id bigint PRIMARY KEY);\n";
    private static final String V2 = """
            ALTER TABLE users ADD COLUMN email text;
            CREATE INDEX CONCURRENTLY users_email ON users (email);
            INSERT INTO settings VALUES ('greeting', 'hello  world');
            """;

    private static List<Finding> edited(String v2OnBranch) {
        return base("V1__users.sql", V1, "V2__email.sql", V2)
                .branch("V1__users.sql", V1, "V2__email.sql", v2OnBranch).findings(RULE);
    }

    @Test
    void changedSqlIsAnErrorOnTheFirstDifferingLine() {
        List<Finding> findings = edited(V2.replace("users (email)", "users (lower(email))"));

        assertThat(findings).extracting(Finding::file, Finding::line, Finding::severity)
                .containsExactly(tuple("db/V2__email.sql", 2, Severity.ERROR));
        assertThat(findings.get(0).message()).isEqualTo("V2__email.sql is already on origin/main and was changed"
                + " (first difference on line 2): every database that ran it fails checksum validation, and new"
                + " databases get other SQL than old ones");
        assertThat(findings.get(0).help()).isEqualTo("restore V2__email.sql as it is on origin/main (git checkout"
                + " origin/main -- db/V2__email.sql) and put the change in a new migration");
    }

    @Test
    void addedStatementIsAnError() {
        assertThat(edited(V2 + "DROP TABLE legacy;\n")).extracting(Finding::line, Finding::severity)
                .containsExactly(tuple(4, Severity.ERROR));
    }

    @Test
    void reindentedAndRespacedSqlIsAWarning() {
        String respaced = """
                ALTER TABLE users
                    ADD COLUMN email text;

                CREATE INDEX CONCURRENTLY users_email ON users(email);  \s
                INSERT INTO settings VALUES ('greeting','hello  world');
                """;

        List<Finding> findings = edited(respaced);

        assertThat(findings).extracting(Finding::line, Finding::severity).containsExactly(tuple(1, Severity.WARNING));
        assertThat(findings.get(0).message()).contains("differs from it in whitespace only (first on line 1)")
                .contains("the checksum changed");
    }

    @Test
    void whitespaceInsideAStringIsAChangeOfData() {
        assertThat(edited(V2.replace("hello  world", "hello world"))).extracting(Finding::line, Finding::severity)
                .containsExactly(tuple(3, Severity.ERROR));
    }

    @Test
    void joiningTwoWordsIsNotWhitespaceOnly() {
        assertThat(edited(V2.replace("ALTER TABLE users", "ALTER TABLEusers"))).extracting(Finding::severity)
                .containsExactly(Severity.ERROR);
    }

    @Test
    void whitespaceInACommentIsAWarningButOtherWordsAreNot() {
        String base = "-- adds  the email column\n" + V2;
        assertThat(base("V2__email.sql", base).branch("V2__email.sql", "--   adds the email column   \n" + V2)
                .findings(RULE)).extracting(Finding::severity).containsExactly(Severity.WARNING);
        assertThat(base("V2__email.sql", base).branch("V2__email.sql", "-- adds the mail column\n" + V2)
                .findings(RULE)).extracting(Finding::severity).containsExactly(Severity.ERROR);
    }

    @Test
    void lineEndingsOnlyIsAWarningWithoutALine() {
        List<Finding> findings = edited(V2.replace("\n", "\r\n"));

        assertThat(findings).extracting(Finding::line, Finding::severity).containsExactly(tuple(0, Severity.WARNING));
        assertThat(findings.get(0).message()).contains("line endings or byte order mark only")
                .contains("the checksum is the same");
        assertThat(findings.get(0).help()).contains("'*.sql text eol=lf'");
    }

    @Test
    void byteOrderMarkOrFinalNewlineOnlyIsAWarning() {
        assertThat(edited("\uFEFF" + V2)).extracting(Finding::severity).containsExactly(Severity.WARNING);
        assertThat(edited(V2.stripTrailing())).extracting(Finding::line, Finding::severity)
                .containsExactly(tuple(0, Severity.WARNING));
    }

    @Test
    void unchangedAndNewMigrationsAreNotReported() {
        assertThat(base("V1__users.sql", V1).branch("V1__users.sql", V1, "V2__email.sql", V2).findings(RULE))
                .isEmpty();
    }

    @Test
    void repeatableMigrationsAreMeantToChange() {
        assertThat(base("R__views.sql", "CREATE OR REPLACE VIEW v AS SELECT 1;\n")
                .branch("R__views.sql", "CREATE OR REPLACE VIEW v AS SELECT 2;\n").findings(RULE)).isEmpty();
    }

    @Test
    void aDownScriptMayBeFixedAfterTheMerge() {
        assertThat(base("V2__email.sql", V2, "U2__email.sql", "ALTER TABLE users DROP COLUMN emial;\n")
                .branch("V2__email.sql", V2, "U2__email.sql", "ALTER TABLE users DROP COLUMN email;\n")
                .findings(RULE)).isEmpty();
    }

    @Test
    void singleFileMigrationsAreJudgedOnTheirUpSection() {
        String before = "-- migrate:up\nCREATE TABLE t (id bigint);\n\n-- migrate:down\nDROP TABLE t;\n";
        var down = base("20240101120000_t.sql", before)
                .branch("20240101120000_t.sql", before.replace("DROP TABLE t;", "DROP TABLE IF EXISTS t;"))
                .with(b -> b.namingScheme(NamingScheme.DBMATE));
        assertThat(down.findings(RULE)).isEmpty();

        var up = base("20240101120000_t.sql", before)
                .branch("20240101120000_t.sql", before.replace("(id bigint)", "(id bigint, name text)"))
                .with(b -> b.namingScheme(NamingScheme.DBMATE));
        assertThat(up.findings(RULE)).extracting(Finding::line, Finding::severity)
                .containsExactly(tuple(2, Severity.ERROR));
    }

    @Test
    void aChangeTheBaseMadeAfterTheForkIsNotTheBranchs() {
        String fixedOnMain = V2.replace("users (email)", "users (lower(email))");
        var tester = base("V2__email.sql", fixedOnMain).fork("V2__email.sql", V2).branch("V2__email.sql", V2);
        assertThat(tester.findings(RULE)).isEmpty();
        var both = base("V2__email.sql", fixedOnMain).fork("V2__email.sql", V2).branch("V2__email.sql", fixedOnMain);
        assertThat(both.findings(RULE)).isEmpty();
    }

    @Test
    void configuredSeverityCapsTheWhitespaceWarning() {
        String respaced = V2.replace("ADD COLUMN", "ADD  COLUMN");
        var info = base("V2__email.sql", V2).branch("V2__email.sql", respaced)
                .with(b -> b.rule(RULE, new RuleSetting(Severity.INFO)));
        assertThat(info.findings(RULE)).extracting(Finding::severity).containsExactly(Severity.INFO);
        var off = base("V2__email.sql", V2).branch("V2__email.sql", V2 + "SELECT 1;\n")
                .with(b -> b.rule(RULE, RuleSetting.OFF));
        assertThat(off.findings(RULE)).isEmpty();
    }

    @Test
    void onlyFilesInScopeAreReported() {
        var tester = base("V1__users.sql", V1, "V2__email.sql", V2)
                .branch("V1__users.sql", V1 + "SELECT 1;\n", "V2__email.sql", V2 + "SELECT 1;\n")
                .scope("V2__email.sql");
        assertThat(tester.findings(RULE)).extracting(Finding::file).containsExactly("db/V2__email.sql");
    }

    @Test
    void withoutABaseTheRuleIsSilent() {
        var findings = LintTester.lint(V2).as("V2__email.sql").resultWith(Map.of("V1__users.sql", V1)).findings();
        assertThat(findings).extracting(Finding::rule).doesNotContain(RULE);
    }
}
