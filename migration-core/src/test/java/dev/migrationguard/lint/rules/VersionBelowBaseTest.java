package dev.migrationguard.lint.rules;

import static dev.migrationguard.lint.BaseTester.base;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.migrationguard.lint.Finding;
import dev.migrationguard.lint.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class VersionBelowBaseTest {

    private static final String RULE = "version-below-base";
    private static final String SQL = "CREATE TABLE t%s (id bigint PRIMARY KEY);\n";

    private static String sql(int n) {
        return SQL.formatted(n);
    }

    @Test
    void aNewVersionBelowTheBasesHighestIsAnError() {
        List<Finding> findings = base("V1__a.sql", sql(1), "V2__b.sql", sql(2), "V5__e.sql", sql(5))
                .fork("V1__a.sql", sql(1), "V2__b.sql", sql(2))
                .branch("V1__a.sql", sql(1), "V2__b.sql", sql(2), "V3__c.sql", sql(3)).findings(RULE);

        assertThat(findings).extracting(Finding::file, Finding::line, Finding::severity)
                .containsExactly(tuple("db/V3__c.sql", 0, Severity.ERROR));
        assertThat(findings.get(0).message()).isEqualTo("version 3 of V3__c.sql is below 5, the highest version on"
                + " origin/main (V5__e.sql): databases already at 5 refuse it (runners stop there unless"
                + " out-of-order runs are allowed) or skip it");
        assertThat(findings.get(0).help()).isEqualTo("merge origin/main and give V3__c.sql a version above 5");
    }

    @Test
    void versionsAreComparedByValue() {
        assertThat(base("V1__a.sql", sql(1), "V2__b.sql", sql(2), "V3__c.sql", sql(3))
                .branch("V1__a.sql", sql(1), "V2__b.sql", sql(2), "V3__c.sql", sql(3), "V2_1__between.sql", sql(21))
                .findings(RULE)).extracting(Finding::file).containsExactly("db/V2_1__between.sql");
        assertThat(base("V1__a.sql", sql(1), "V9__i.sql", sql(9))
                .branch("V1__a.sql", sql(1), "V9__i.sql", sql(9), "V10__j.sql", sql(10)).findings(RULE)).isEmpty();
    }

    @Test
    void aNewVersionAboveTheBaseIsFine() {
        assertThat(base("V1__a.sql", sql(1), "V2__b.sql", sql(2))
                .branch("V1__a.sql", sql(1), "V2__b.sql", sql(2), "V3__c.sql", sql(3)).findings(RULE)).isEmpty();
    }

    @Test
    void aVersionTheBaseHasIsADuplicateNotThisRule() {
        var tester = base("V1__a.sql", sql(1), "V2__b.sql", sql(2)).fork("V1__a.sql", sql(1))
                .branch("V1__a.sql", sql(1), "V2__other.sql", sql(22));
        assertThat(tester.findings(RULE)).isEmpty();
        assertThat(tester.findings("duplicate-migration-version")).extracting(Finding::file)
                .containsExactly("db/V2__other.sql");
    }

    @Test
    void migrationsAlreadyOnTheBaseAreNotNew() {
        assertThat(base("V1__a.sql", sql(1), "V2__b.sql", sql(2), "V3__c.sql", sql(3))
                .branch("V1__a.sql", sql(1), "V2__b.sql", sql(2), "V3__c.sql", sql(3)).findings(RULE)).isEmpty();
    }

    @Test
    void withOutOfOrderItIsAWarning() {
        var findings = base("V1__a.sql", sql(1), "V5__e.sql", sql(5))
                .branch("V1__a.sql", sql(1), "V5__e.sql", sql(5), "V3__c.sql", sql(3))
                .with(b -> b.outOfOrder(true)).findings(RULE);
        assertThat(findings).extracting(Finding::severity).containsExactly(Severity.WARNING);
        assertThat(findings.get(0).message()).endsWith("apply it after later migrations (outOfOrder is on)");
    }

    @Test
    void repeatablesAndDownsHaveNoPlaceInTheOrder() {
        assertThat(base("V1__a.sql", sql(1), "V5__e.sql", sql(5))
                .branch("V1__a.sql", sql(1), "V5__e.sql", sql(5), "R__views.sql", "SELECT 1;\n",
                        "U1__a.sql", "DROP TABLE t1;\n").findings(RULE)).isEmpty();
    }
}
