package dev.migrationguard.naming;

import static dev.migrationguard.naming.TestFiles.sql;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BaseComparisonTest {

    private static final String DB = "db";

    @Test
    void changesAreWhatTheBranchDidSinceTheForkPoint() {
        List<SourceFile> fork = List.of(sql(DB, "V1__a.sql", "A"), sql(DB, "V2__b.sql", "B"),
                sql(DB, "V3__c.sql", "C"), sql(DB, "README.md", "r"));
        List<SourceFile> base = List.of(sql(DB, "V1__a.sql", "A"), sql(DB, "V2__b.sql", "B"),
                sql(DB, "V3__c.sql", "C"), sql(DB, "V4__main.sql", "M"), sql(DB, "README.md", "r"));
        List<SourceFile> branch = List.of(sql(DB, "V1__a.sql", "A"), sql(DB, "V2__b.sql", "B2"),
                sql(DB, "V2_1__x.sql", "X"), sql(DB, "V5__y.sql", "Y"), sql(DB, "README.md", "changed"));

        BaseComparison c = BaseComparison.of(new BaseRevision("main", base, fork), branch, NamingOptions.defaults());

        assertThat(c.changes()).isEqualTo(new BaseComparison.Changes(List.of("db/V2_1__x.sql", "db/V5__y.sql"),
                List.of("db/V2__b.sql"), List.of("db/V3__c.sql")));
        assertThat(c.isNew("db/V5__y.sql")).isTrue();
        assertThat(c.isNew("db/V2__b.sql")).isFalse();
        assertThat(c.changedSinceFork("db/V1__a.sql")).isFalse();
        assertThat(c.atFork("db/V4__main.sql")).isFalse();
        assertThat(c.onBase("db/V4__main.sql")).isPresent();
        assertThat(c.highestBaseVersion()).contains(MigrationVersion.parse("4"));
        assertThat(c.baseName()).isEqualTo("main");
        assertThat(c.changedOnBase()).isEmpty();
    }

    @Test
    void changedOnBaseAreTheBasesEditsSinceTheFork() {
        List<SourceFile> fork = List.of(sql(DB, "V1__a.sql", "A"), sql(DB, "V2__b.sql", "B"));
        List<SourceFile> base = List.of(sql(DB, "V1__a.sql", "A"), sql(DB, "V2__b.sql", "B fixed on main"),
                sql(DB, "V3__c.sql", "C"));
        BaseComparison c = BaseComparison.of(new BaseRevision("main", base, fork), fork, NamingOptions.defaults());
        assertThat(c.changedOnBase()).containsExactly("db/V2__b.sql");
        assertThat(c.changes().isEmpty()).isTrue();
    }

    @Test
    void aBranchThatContainsTheBaseComparesWithTheBaseItself() {
        List<SourceFile> base = List.of(sql(DB, "V1__a.sql", "A"));
        BaseComparison c = BaseComparison.of(BaseRevision.of("main", base),
                List.of(sql(DB, "V1__a.sql", "A"), sql(DB, "V2__b.sql", "B")), NamingOptions.defaults());
        assertThat(c.changes().added()).containsExactly("db/V2__b.sql");
        assertThat(c.changes().modified()).isEmpty();
        assertThat(c.changes().deleted()).isEmpty();
    }

    @Test
    void aRenameIsFoundByTheChecksumOfTheUpScript() {
        List<SourceFile> base = List.of(sql(DB, "V1__a.sql", "CREATE TABLE a (id int);\n"),
                sql(DB, "V2__b.sql", "CREATE TABLE b (id int);\n"));
        BaseComparison c = BaseComparison.of(BaseRevision.of("main", base),
                List.of(sql(DB, "V1__a.sql", "CREATE TABLE a (id int);\n"),
                        sql(DB, "V2__bee.sql", "CREATE TABLE b (id int);\r\n")), NamingOptions.defaults());
        assertThat(c.renamedTo("db/V2__b.sql")).contains("db/V2__bee.sql");
        assertThat(c.isRenameTarget("db/V2__bee.sql")).isTrue();
        assertThat(c.renamedTo("db/V1__a.sql")).isEmpty();
    }

    @Test
    void theBaseIsNamedWithTheBranchsSchemeForTheLocation() {
        // alone, the base's file (no section markers) reads as a plain timestamp migration; the branch's are dbmate
        String up = "CREATE TABLE a (id int);\n";
        String dbmate = "-- migrate:up\n" + up + "-- migrate:down\nDROP TABLE a;\n";
        List<SourceFile> base = List.of(sql(DB, "20240101120000_a.sql", up));
        List<SourceFile> branch = List.of(sql(DB, "20240101120000_a.sql", dbmate),
                sql(DB, "20240102120000_b.sql", dbmate.replace(" a", " b")));
        assertThat(MigrationSets.build(base).schemes()).containsEntry(DB, NamingScheme.TIMESTAMP);

        BaseComparison c = BaseComparison.of(BaseRevision.of("main", base), branch, NamingOptions.defaults());

        assertThat(c.baseSet().schemes()).containsEntry(DB, NamingScheme.DBMATE);
    }
}
