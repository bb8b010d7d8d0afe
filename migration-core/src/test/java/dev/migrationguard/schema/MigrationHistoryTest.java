package dev.migrationguard.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationguard.naming.Direction;
import dev.migrationguard.naming.Migration;
import dev.migrationguard.naming.MigrationKind;
import dev.migrationguard.naming.MigrationVersion;
import dev.migrationguard.naming.NamingScheme;
import dev.migrationguard.naming.ScriptRef;
import dev.migrationguard.naming.Section;
import dev.migrationguard.naming.SourceFile;
import dev.migrationguard.sql.ObjectRef;
import dev.migrationguard.sql.ScriptParser;
import dev.migrationguard.sql.SqlScript;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MigrationHistoryTest {

    private static final ScriptParser PARSER = new ScriptParser();
    private static final ObjectRef T = ObjectRef.table(null, "t");

    private final Map<String, String> sql = Map.of(
            "V1__a.sql", "CREATE TABLE t (a varchar(10));",
            "V2__b.sql", "ALTER TABLE t ALTER COLUMN a TYPE varchar(20);",
            "V3__c.sql", "ALTER TABLE t ALTER COLUMN a TYPE varchar(30);",
            "R__views.sql", "CREATE OR REPLACE VIEW v AS SELECT 1;");
    private final List<String> read = new ArrayList<>();

    private Migration migration(String name, String version) {
        byte[] bytes = sql.get(name).getBytes(StandardCharsets.UTF_8);
        SourceFile file = new SourceFile("db/" + name, "db", name, () -> bytes);
        return new Migration(version == null ? null : MigrationVersion.parse(version), name,
                version == null ? MigrationKind.REPEATABLE : MigrationKind.VERSIONED, NamingScheme.FLYWAY,
                new ScriptRef(file, Direction.UP, Section.WHOLE), null);
    }

    private MigrationHistory history(List<Migration> migrations) {
        return MigrationHistory.reading(migrations, ref -> {
            read.add(ref.displayPath());
            return PARSER.parse(ref.displayPath(), sql.get(ref.file().relativePath()));
        });
    }

    @Test
    void walksForwardReadingEachScriptOnce() {
        List<Migration> ms = List.of(migration("V1__a.sql", "1"), migration("V2__b.sql", "2"),
                migration("V3__c.sql", "3"), migration("R__views.sql", null));
        MigrationHistory h = history(ms);
        assertThat(h.before(ms.get(0)).table(T)).isEmpty();
        assertThat(h.before(ms.get(1)).columnType(T, "a")).contains("varchar(10)");
        assertThat(h.before(ms.get(2)).columnType(T, "a")).contains("varchar(20)");
        assertThat(h.before(ms.get(3)).columnType(T, "a")).as("a repeatable sees every versioned one")
                .contains("varchar(30)");
        assertThat(read).containsExactly("db/V1__a.sql", "db/V2__b.sql", "db/V3__c.sql");
    }

    @Test
    void readsNothingUntilAsked() {
        List<Migration> ms = List.of(migration("V1__a.sql", "1"), migration("V2__b.sql", "2"));
        MigrationHistory h = history(ms);
        SqlScript v1 = PARSER.parse("db/V1__a.sql", sql.get("V1__a.sql"));
        h.passed(ms.get(0), v1);
        assertThat(read).isEmpty();
        assertThat(h.before(ms.get(1)).columnType(T, "a")).contains("varchar(10)");
        assertThat(read).as("a script handed over as it passed is not read again").isEmpty();
    }

    @Test
    void aMigrationJustPassedIsStillAnsweredFromTheStateBeforeItWithoutReadingAgain() {
        List<Migration> ms = List.of(migration("V1__a.sql", "1"), migration("V2__b.sql", "2"),
                migration("V3__c.sql", "3"));
        MigrationHistory h = history(ms);
        SchemaModel beforeV2 = h.before(ms.get(1));
        h.passed(ms.get(1), PARSER.parse("db/V2__b.sql", sql.get("V2__b.sql")));

        assertThat(beforeV2.columnType(T, "a")).as("passing V2 leaves the model handed out for it").contains(
                "varchar(10)");
        assertThat(h.before(ms.get(1))).isSameAs(beforeV2);
        assertThat(h.before(ms.get(2)).columnType(T, "a")).contains("varchar(20)");
        assertThat(read).containsExactly("db/V1__a.sql");
    }

    @Test
    void afterGivesTheStateADownScriptStartsFrom() {
        List<Migration> ms = List.of(migration("V1__a.sql", "1"), migration("V2__b.sql", "2"));
        MigrationHistory h = history(ms);
        SqlScript v2 = PARSER.parse("db/V2__b.sql", sql.get("V2__b.sql"));
        assertThat(h.after(ms.get(1), v2).columnType(T, "a")).contains("varchar(20)");
        assertThat(h.before(ms.get(1)).columnType(T, "a")).as("the walk itself stays before V2")
                .contains("varchar(10)");
    }

    @Test
    void askingAboutAnEarlierMigrationStartsANewWalk() {
        List<Migration> ms = List.of(migration("V1__a.sql", "1"), migration("V2__b.sql", "2"),
                migration("V3__c.sql", "3"));
        MigrationHistory h = history(ms);
        assertThat(h.before(ms.get(2)).columnType(T, "a")).contains("varchar(20)");
        assertThat(h.before(ms.get(1)).columnType(T, "a")).contains("varchar(10)");
    }
}
