package dev.migrationguard.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.naming.SourceFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An Alembic offline script goes through the rules revision by revision; findings point at the script's lines. */
class AlembicLintTest {

    private static LintResult lint(String... namesAndTexts) {
        return lint(MigrationGuardConfig.defaults(Path.of("/p")), namesAndTexts);
    }

    private static LintResult lint(MigrationGuardConfig config, String... namesAndTexts) {
        List<SourceFile> files = new ArrayList<>();
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            byte[] bytes = namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8);
            files.add(new SourceFile("sql/" + namesAndTexts[i], "sql", namesAndTexts[i], () -> bytes));
        }
        return new Linter(config).lint(files);
    }

    private static final String UPGRADE = """
            BEGIN;

            CREATE TABLE alembic_version (
                version_num VARCHAR(32) NOT NULL,\s
                CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
            );

            -- Running upgrade  -> 1975ea83b712

            CREATE TABLE account (id BIGINT NOT NULL, email TEXT, PRIMARY KEY (id));

            INSERT INTO alembic_version (version_num) VALUES ('1975ea83b712') RETURNING alembic_version.version_num;

            -- Running upgrade 1975ea83b712 -> ae1027a6acf

            CREATE INDEX ix_account_email ON account (email);

            UPDATE alembic_version SET version_num='ae1027a6acf' WHERE alembic_version.version_num = '1975ea83b712';

            -- Running upgrade ae1027a6acf -> 3f2a1c9b7d10

            COMMIT;

            CREATE INDEX CONCURRENTLY ix_account_id_email ON account (id, email);

            BEGIN;

            UPDATE alembic_version SET version_num='3f2a1c9b7d10' WHERE alembic_version.version_num = 'ae1027a6acf';

            COMMIT;

            """;

    @Test
    void eachRevisionIsLintedWithTheScriptsLines() {
        LintResult r = lint("upgrade.sql", UPGRADE);
        assertThat(r.findings()).filteredOn(f -> f.rule().equals("require-concurrent-index-creation"))
                .extracting(Finding::file, Finding::line).containsExactly(tuple("sql/upgrade.sql", 16));
        // one file holds every revision: each finding names its own
        assertThat(r.findings()).filteredOn(f -> f.rule().equals("require-concurrent-index-creation"))
                .extracting(Finding::message).singleElement().asString().endsWith(" (revision ae1027a6acf)");
        // the autocommit_block() of the third revision: CONCURRENTLY runs between Alembic's COMMIT and BEGIN
        assertThat(r.findings()).noneMatch(f -> f.rule().equals("ban-concurrent-index-creation-in-transaction")
                || f.rule().equals("transaction-nesting") || f.rule().equals("ban-uncommitted-transaction"));
        assertThat(r.summary().files()).isEqualTo(1);
        assertThat(r.set().migrations()).extracting(m -> m.label())
                .containsExactly("1.1 1975ea83b712", "1.2 ae1027a6acf", "1.3 3f2a1c9b7d10");
    }

    private static final String DOWNGRADE = """
            BEGIN;

            -- Running downgrade 3f2a1c9b7d10 -> ae1027a6acf

            DROP INDEX ix_account_id_email;

            UPDATE alembic_version SET version_num='ae1027a6acf' WHERE alembic_version.version_num = '3f2a1c9b7d10';

            -- Running downgrade ae1027a6acf -> 1975ea83b712

            UPDATE alembic_version SET version_num='1975ea83b712' WHERE alembic_version.version_num = 'ae1027a6acf';

            -- Running downgrade 1975ea83b712 -> 

            DROP TABLE account;

            DELETE FROM alembic_version WHERE alembic_version.version_num = '1975ea83b712';

            DROP TABLE alembic_version;

            COMMIT;
            """;

    @Test
    void theDowngradeScriptIsCheckedAgainstTheUpgrades() {
        LintResult r = lint("upgrade.sql", UPGRADE, "downgrade.sql", DOWNGRADE);
        // the downgrade of ae1027a6acf only moves alembic_version back: an empty down, a deliberate no-op by default
        // (emptyDown: noop); with emptyDown: error it is reported on its -- Running downgrade line
        assertThat(r.findings()).noneMatch(f -> f.rule().equals("empty-down-migration"));
        LintResult strict = lint(MigrationGuardConfig.builder(Path.of("/p"))
                .emptyDown(dev.migrationguard.config.EmptyDown.ERROR).build(), "upgrade.sql", UPGRADE,
                "downgrade.sql", DOWNGRADE);
        assertThat(strict.findings()).filteredOn(f -> f.rule().equals("empty-down-migration"))
                .extracting(Finding::file, Finding::line).containsExactly(tuple("sql/downgrade.sql", 9));
        assertThat(strict.findings()).filteredOn(f -> f.file().equals("sql/downgrade.sql"))
                .extracting(Finding::rule).containsOnly("empty-down-migration");
        assertThat(r.findings()).noneMatch(f -> f.rule().equals("missing-down-migration"));
    }
}
