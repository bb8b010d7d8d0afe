package dev.migrationguard.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationguard.sql.ObjectRef;
import dev.migrationguard.sql.ObjectType;
import dev.migrationguard.sql.ScriptParser;
import dev.migrationguard.sql.SqlScript;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ScriptTimelineTest {

    private static final ScriptParser PARSER = new ScriptParser();
    private static final ObjectRef T = ObjectRef.table(null, "t");

    @Test
    void eachStatementSeesTheModelAsItStandsBeforeIt() {
        SqlScript script = PARSER.parse("V2.sql", """
                ALTER TABLE t ALTER COLUMN a TYPE varchar(20);
                INSERT INTO t VALUES ('x');
                ALTER TABLE t ALTER COLUMN a TYPE varchar(30);
                """);
        SchemaModel base = new SchemaModel();
        base.apply(PARSER.parse("V1.sql", "CREATE TABLE t (a varchar(10));").statements().get(0),
                new Origin("V1.sql", 0));
        ScriptTimeline timeline = new ScriptTimeline(script, () -> base);

        assertThat(timeline.before(2).columnType(T, "a")).contains("varchar(20)");
        assertThat(timeline.before(0).columnType(T, "a")).as("asked out of order").contains("varchar(10)");
        assertThat(timeline.before(1).columnType(T, "a")).contains("varchar(20)");
        assertThat(timeline.after().columnType(T, "a")).contains("varchar(30)");
        assertThat(base.columnType(T, "a")).as("the base is never changed").contains("varchar(10)");
    }

    @Test
    void statementsThatChangeNoSchemaShareOneState() {
        SqlScript script = PARSER.parse("V2.sql", "INSERT INTO t VALUES (1); UPDATE t SET a = 2; DELETE FROM t;");
        SchemaModel base = new SchemaModel();
        ScriptTimeline timeline = new ScriptTimeline(script, () -> base);
        assertThat(timeline.before(3)).isSameAs(base);
    }

    @Test
    void theBaseIsAskedOnlyWhenAQuestionIsAsked() {
        AtomicInteger asked = new AtomicInteger();
        ScriptTimeline timeline = new ScriptTimeline(PARSER.parse("V2.sql", "CREATE TABLE u (id int);"), () -> {
            asked.incrementAndGet();
            return new SchemaModel();
        });
        assertThat(asked).hasValue(0);
        timeline.before(1);
        timeline.before(0);
        assertThat(asked).hasValue(1);
    }

    @Test
    void aScriptAloneKnowsWhatItCreatedBeforeAStatement() {
        SqlScript script = PARSER.parse("V2.sql", """
                CREATE INDEX t_a_idx ON t (a);
                CREATE TABLE u (id int);
                ALTER TABLE u ADD COLUMN b int;
                """);
        ScriptTimeline alone = ScriptTimeline.alone(script);
        assertThat(alone.before(1).exists(ObjectType.TABLE, T)).as("an index on t does not create t").isFalse();
        assertThat(alone.before(1).exists(ObjectType.INDEX, new ObjectRef(ObjectType.INDEX, null, "t_a_idx")))
                .isTrue();
        assertThat(alone.before(1).exists(ObjectType.TABLE, ObjectRef.table(null, "u"))).isFalse();
        assertThat(alone.before(2).createdBy(ObjectType.TABLE, ObjectRef.table(null, "u")))
                .contains(new Origin("V2.sql", 1));
    }
}
