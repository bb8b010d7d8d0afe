package dev.migrationguard.lint.rules;

import static dev.migrationguard.lint.BaseTester.base;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.lint.Finding;
import dev.migrationguard.lint.LintTester;
import dev.migrationguard.lint.Linter;
import dev.migrationguard.naming.SourceFile;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The base and scope cases of duplicate-migration-version; the plain in-set case is in NamingRulesTest. */
class DuplicateMigrationVersionTest {

    private static final String RULE = "duplicate-migration-version";
    private static final String SQL = "CREATE TABLE t%s (id bigint PRIMARY KEY);\n";

    private static String sql(int n) {
        return SQL.formatted(n);
    }

    @Test
    void twoBranchesThatEachAddedTheSameVersion() {
        List<Finding> findings = base("V41__a.sql", sql(41), "V42__orders.sql", sql(42))
                .fork("V41__a.sql", sql(41))
                .branch("V41__a.sql", sql(41), "V42__invoices.sql", sql(420)).findings(RULE);

        assertThat(findings).extracting(Finding::file, Finding::line)
                .containsExactly(tuple("db/V42__invoices.sql", 0));
        assertThat(findings.get(0).message()).isEqualTo("version 42 of V42__invoices.sql is already used by"
                + " V42__orders.sql on origin/main: after the merge only one of them runs");
        assertThat(findings.get(0).help()).isEqualTo("merge origin/main and give V42__invoices.sql a version above 42");
    }

    @Test
    void aDuplicateOnBothSidesIsReportedOnceByTheSetCheck() {
        List<Finding> findings = base("V1__a.sql", sql(1)).branch("V1__a.sql", sql(1), "V1__b.sql", sql(2))
                .findings(RULE);
        assertThat(findings).extracting(Finding::file).containsExactly("db/V1__b.sql");
        assertThat(findings.get(0).message()).isEqualTo("version 1 is used by both V1__a.sql and V1__b.sql");
    }

    @Test
    void repeatablesCollideByDescription() {
        var findings = base("V1__a.sql", sql(1), "views/R__refresh.sql", "SELECT 1;\n").fork("V1__a.sql", sql(1))
                .branch("V1__a.sql", sql(1), "R__refresh.sql", "SELECT 2;\n").findings(RULE);
        assertThat(findings).extracting(Finding::file).containsExactly("db/R__refresh.sql");
        assertThat(findings.get(0).message()).isEqualTo("repeatable migration R__refresh.sql has the same"
                + " description \"refresh\" as views/R__refresh.sql on origin/main");
    }

    @Test
    void aNewVersionThatNoOneElseUsesIsFine() {
        assertThat(base("V1__a.sql", sql(1), "V2__b.sql", sql(2)).fork("V1__a.sql", sql(1))
                .branch("V1__a.sql", sql(1), "V3__c.sql", sql(3)).findings(RULE)).isEmpty();
    }

    @Test
    void inTheSetTheFindingMovesToTheEarlierFileWhenOnlyThatOneIsInScope() {
        List<SourceFile> files = List.of(LintTester.file("V1__aaa.sql", sql(1)), LintTester.file("V1__zzz.sql",
                sql(2)));
        Linter linter = new Linter(MigrationGuardConfig.defaults(Path.of("/project")));

        List<Finding> onlyEarlier = linter.lint(files, f -> f.fileName().equals("V1__aaa.sql"), List.of())
                .findings().stream().filter(f -> f.rule().equals(RULE)).toList();
        assertThat(onlyEarlier).extracting(Finding::file).containsExactly("db/V1__aaa.sql");
        assertThat(onlyEarlier.get(0).message()).isEqualTo("version 1 is used by both V1__aaa.sql and V1__zzz.sql");
        assertThat(onlyEarlier.get(0).help()).isEqualTo("give V1__aaa.sql a version no other migration uses");

        List<Finding> both = linter.lint(files, f -> true, List.of()).findings().stream()
                .filter(f -> f.rule().equals(RULE)).toList();
        assertThat(both).extracting(Finding::file, Finding::help)
                .containsExactly(tuple("db/V1__zzz.sql", "give V1__zzz.sql a version no other migration uses"));
    }
}
