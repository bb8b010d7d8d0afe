package dev.migrationguard.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.lint.Finding;
import dev.migrationguard.lint.LintResult;
import dev.migrationguard.lint.Linter;
import dev.migrationguard.lint.Severity;
import dev.migrationguard.naming.SourceFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiquibaseChangeNotLintedTest {

    private static List<Finding> findings(String xml) {
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        SourceFile f = new SourceFile("db/changelog.xml", "db", "changelog.xml", () -> bytes);
        LintResult r = new Linter(MigrationGuardConfig.defaults(Path.of("/p"))).lint(List.of(f));
        return r.findings().stream().filter(x -> x.rule().equals("liquibase-change-not-linted")).toList();
    }

    @Test
    void changesWithoutKnownSqlAreReportedOnTheirLineAsInfo() {
        List<Finding> found = findings("""
                <databaseChangeLog>
                  <changeSet id="1" author="alice">
                    <customChange class="com.example.Backfill"/>
                    <loadData tableName="countries" file="countries.csv"/>
                  </changeSet>
                  <changeSet id="2" author="alice">
                    <ext:createSomething xmlns:ext="urn:x" name="y"/>
                    <rollback>
                      <executeCommand executable="cleanup.sh"/>
                    </rollback>
                  </changeSet>
                </databaseChangeLog>
                """);
        assertThat(found).extracting(Finding::line, Finding::severity).containsExactly(
                tuple(3, Severity.INFO), tuple(4, Severity.INFO), tuple(7, Severity.INFO), tuple(9, Severity.INFO));
        assertThat(found.get(0).message()).contains("alice:1", "customChange", "com.example.Backfill");
        assertThat(found.get(2).message()).contains("createSomething");
        assertThat(found.get(3).message()).contains("in the rollback", "executeCommand");
    }

    @Test
    void mappedChangesTagsAndOtherDatabasesAreNotReported() {
        assertThat(findings("""
                <databaseChangeLog>
                  <changeSet id="1" author="alice">
                    <createTable tableName="t"><column name="id" type="bigint"/></createTable>
                    <sql>SELECT 1;</sql>
                    <tagDatabase tag="v1"/>
                  </changeSet>
                  <changeSet id="2" author="alice" dbms="mysql">
                    <customChange class="com.example.MySqlOnly"/>
                  </changeSet>
                  <changeSet id="3" author="alice">
                    <customChange class="com.example.H2Only" dbms="h2"/>
                  </changeSet>
                </databaseChangeLog>
                """)).isEmpty();
    }
}
