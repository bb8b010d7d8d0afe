package dev.migrationguard.naming;

import static dev.migrationguard.naming.TestFiles.sql;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A memo of names changes no set: fresh, used again, or shared between a branch and its base. */
class NameMemoTest {

    static final String A = "db/migration";
    static final String B = "db/other";

    /** Names of every kind: versions written with zeros, undos, callbacks, bad names, a second scheme. */
    static final List<SourceFile> FILES = List.of(
            sql(A, "V001__leading_zeros.sql"), sql(A, "V1.0__one_point_zero.sql"), sql(A, "V2__users.sql"),
            sql(A, "U2__users.sql"), sql(A, "B3__baseline.sql"), sql(A, "R__views.sql"), sql(A, "V2_1__sub.sql"),
            sql(A, "afterMigrate.sql"), sql(A, "V4_missing_underscore.sql"), sql(A, "v5__lower.sql"),
            sql(A, "2024/V6__nested.sql"), sql(A, "notes.txt"), sql(A, "V7__upper.SQL"),
            sql(B, "20240101120000_create.up.sql"), sql(B, "20240101120000_create.down.sql"),
            sql(B, "20240102_x.up.sql"));

    @Test
    void aSetBuiltThroughAMemoIsTheSetBuiltWithout() {
        MigrationSet plain = MigrationSets.build(FILES, NamingOptions.defaults());
        NameMemo memo = new NameMemo();

        assertThat(MigrationSets.build(FILES, NamingOptions.defaults(), memo)).isEqualTo(plain);
        assertThat(MigrationSets.build(FILES, NamingOptions.defaults(), memo)).as("again, from the memo")
                .isEqualTo(plain);
        assertThat(plain.problems()).isNotEmpty();
    }

    @Test
    void aMemoFilledUnderOneSchemeAnswersEveryOtherAsWithoutIt() {
        NameMemo memo = new NameMemo();
        MigrationSets.build(FILES, NamingOptions.defaults(), memo);

        for (NamingScheme scheme : NamingScheme.values()) {
            NamingOptions options = new NamingOptions(scheme, DownPolicy.AUTO);
            assertThat(MigrationSets.build(FILES, options, memo)).as(scheme.name())
                    .isEqualTo(MigrationSets.build(FILES, options));
        }
    }

    @Test
    void theBaseComparedThroughTheBranchsMemoIsTheBaseComparedWithout() {
        List<SourceFile> base = FILES.subList(0, 8);
        NameMemo memo = new NameMemo();
        MigrationSet branch = MigrationSets.build(FILES, NamingOptions.defaults(), memo);

        BaseComparison shared = BaseComparison.of(BaseRevision.of("main", base), FILES, branch,
                NamingOptions.defaults(), memo);
        BaseComparison alone = BaseComparison.of(BaseRevision.of("main", base), FILES, branch,
                NamingOptions.defaults());

        assertThat(shared.baseSet()).isEqualTo(alone.baseSet());
        assertThat(shared.changes()).isEqualTo(alone.changes());
    }
}
