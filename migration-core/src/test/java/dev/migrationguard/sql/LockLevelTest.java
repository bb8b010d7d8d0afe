package dev.migrationguard.sql;

import static dev.migrationguard.sql.ClassifierTest.classify;
import static dev.migrationguard.sql.LockLevel.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LockLevelTest {

    /** Statement, then the expected locks as "LEVEL on name" joined by "; ", strongest first. */
    static Stream<Arguments> locks() {
        return Stream.of(
                Arguments.of("CREATE INDEX i ON t (a)", "SHARE on t"),
                Arguments.of("CREATE INDEX CONCURRENTLY i ON t (a)", "SHARE UPDATE EXCLUSIVE on t"),
                Arguments.of("DROP INDEX i", "ACCESS EXCLUSIVE on i"),
                Arguments.of("DROP INDEX CONCURRENTLY i", "SHARE UPDATE EXCLUSIVE on i"),
                Arguments.of("ALTER TABLE t ADD COLUMN a int", "ACCESS EXCLUSIVE on t"),
                Arguments.of("ALTER TABLE t DROP COLUMN a", "ACCESS EXCLUSIVE on t"),
                Arguments.of("ALTER TABLE t ALTER COLUMN a TYPE bigint", "ACCESS EXCLUSIVE on t"),
                Arguments.of("ALTER TABLE t ALTER COLUMN a SET NOT NULL", "ACCESS EXCLUSIVE on t"),
                Arguments.of("ALTER TABLE t ALTER COLUMN a DROP NOT NULL", "ACCESS EXCLUSIVE on t"),
                Arguments.of("ALTER TABLE t ALTER COLUMN a SET DEFAULT 1", "ACCESS EXCLUSIVE on t"),
                Arguments.of("ALTER TABLE t ALTER COLUMN a DROP DEFAULT", "ACCESS EXCLUSIVE on t"),
                Arguments.of("ALTER TABLE t RENAME COLUMN a TO b", "ACCESS EXCLUSIVE on t"),
                Arguments.of("ALTER TABLE t RENAME TO u", "ACCESS EXCLUSIVE on t"),
                Arguments.of("ALTER TABLE t ADD CONSTRAINT c CHECK (a > 0) NOT VALID", "ACCESS EXCLUSIVE on t"),
                Arguments.of("ALTER TABLE t ADD CONSTRAINT u UNIQUE (a)", "ACCESS EXCLUSIVE on t"),
                Arguments.of("ALTER TABLE t ADD PRIMARY KEY (id)", "ACCESS EXCLUSIVE on t"),
                Arguments.of("ALTER TABLE t ADD CONSTRAINT fk FOREIGN KEY (u_id) REFERENCES u (id) NOT VALID",
                        "SHARE ROW EXCLUSIVE on t; SHARE ROW EXCLUSIVE on u"),
                Arguments.of("ALTER TABLE t ADD COLUMN u_id int REFERENCES u (id)",
                        "ACCESS EXCLUSIVE on t; SHARE ROW EXCLUSIVE on u"),
                Arguments.of("ALTER TABLE t VALIDATE CONSTRAINT fk", "SHARE UPDATE EXCLUSIVE on t"),
                Arguments.of("ALTER TABLE t ALTER COLUMN a SET STATISTICS 500", "SHARE UPDATE EXCLUSIVE on t"),
                Arguments.of("ALTER TABLE t SET (fillfactor = 70, autovacuum_enabled = false)",
                        "SHARE UPDATE EXCLUSIVE on t"),
                Arguments.of("ALTER TABLE t SET (parallel_workers = 2, oids = false)", "ACCESS EXCLUSIVE on t"),
                Arguments.of("ALTER TABLE t VALIDATE CONSTRAINT fk, ALTER COLUMN a SET NOT NULL",
                        "ACCESS EXCLUSIVE on t"),
                Arguments.of("ALTER TABLE m ATTACH PARTITION p FOR VALUES IN (1)",
                        "ACCESS EXCLUSIVE on p; SHARE UPDATE EXCLUSIVE on m"),
                Arguments.of("ALTER TABLE m DETACH PARTITION p", "ACCESS EXCLUSIVE on m; ACCESS EXCLUSIVE on p"),
                Arguments.of("ALTER TABLE m DETACH PARTITION p CONCURRENTLY",
                        "SHARE UPDATE EXCLUSIVE on m; SHARE UPDATE EXCLUSIVE on p"),
                Arguments.of("ALTER TABLE t ENABLE TRIGGER trg", "SHARE ROW EXCLUSIVE on t"),
                Arguments.of("ALTER TABLE t DISABLE TRIGGER ALL", "SHARE ROW EXCLUSIVE on t"),
                Arguments.of("ALTER TABLE t CLUSTER ON idx", "SHARE UPDATE EXCLUSIVE on t"),
                Arguments.of("ALTER TABLE t ENABLE ROW LEVEL SECURITY", "ACCESS EXCLUSIVE on t"),
                Arguments.of("CREATE TRIGGER trg AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION f()",
                        "SHARE ROW EXCLUSIVE on t"),
                Arguments.of("TRUNCATE a, b", "ACCESS EXCLUSIVE on a; ACCESS EXCLUSIVE on b"),
                Arguments.of("DROP TABLE t", "ACCESS EXCLUSIVE on t"),
                Arguments.of("VACUUM FULL t", "ACCESS EXCLUSIVE on t"),
                Arguments.of("VACUUM t", "SHARE UPDATE EXCLUSIVE on t"),
                Arguments.of("ANALYZE t", "SHARE UPDATE EXCLUSIVE on t"),
                Arguments.of("CLUSTER t USING idx", "ACCESS EXCLUSIVE on t"),
                Arguments.of("REFRESH MATERIALIZED VIEW mv", "ACCESS EXCLUSIVE on mv"),
                Arguments.of("REFRESH MATERIALIZED VIEW CONCURRENTLY mv", "EXCLUSIVE on mv"),
                Arguments.of("REINDEX TABLE t", "SHARE on t"),
                Arguments.of("REINDEX INDEX i", "ACCESS EXCLUSIVE on i"),
                Arguments.of("REINDEX TABLE CONCURRENTLY t", "SHARE UPDATE EXCLUSIVE on t"),
                Arguments.of("LOCK TABLE t", "ACCESS EXCLUSIVE on t"),
                Arguments.of("LOCK TABLE t IN SHARE ROW EXCLUSIVE MODE", "SHARE ROW EXCLUSIVE on t"),
                Arguments.of("LOCK t IN ACCESS SHARE MODE NOWAIT", "ACCESS SHARE on t"),
                Arguments.of("UPDATE t SET a = 1 WHERE id = 1", "ROW EXCLUSIVE on t"),
                Arguments.of("UPDATE t SET a = s.a FROM s WHERE s.id = t.id",
                        "ROW EXCLUSIVE on t; ACCESS SHARE on s"),
                Arguments.of("DELETE FROM t WHERE id = 1", "ROW EXCLUSIVE on t"),
                Arguments.of("INSERT INTO t (a) VALUES (1)", "ROW EXCLUSIVE on t"),
                Arguments.of("INSERT INTO t SELECT * FROM s JOIN r ON r.id = s.id",
                        "ROW EXCLUSIVE on t; ACCESS SHARE on s; ACCESS SHARE on r"),
                Arguments.of("MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN DELETE",
                        "ROW EXCLUSIVE on t; ACCESS SHARE on s"),
                Arguments.of("SELECT extract(year FROM created_at) FROM t", "ACCESS SHARE on t"),
                Arguments.of("WITH x AS (SELECT 1) SELECT * FROM x", ""),
                Arguments.of("CREATE TABLE t (id int)", ""),
                Arguments.of("CREATE VIEW v AS SELECT * FROM t", "ACCESS SHARE on t"),
                Arguments.of("CREATE TABLE t (id int, u_id int REFERENCES u (id))", "SHARE ROW EXCLUSIVE on u"),
                Arguments.of("CREATE TABLE t (id int, FOREIGN KEY (id) REFERENCES s.u)", "SHARE ROW EXCLUSIVE on s.u"),
                Arguments.of("CREATE TABLE p1 PARTITION OF p FOR VALUES IN (1)", "ACCESS EXCLUSIVE on p"),
                Arguments.of("CREATE TABLE c () INHERITS (p)", "SHARE UPDATE EXCLUSIVE on p"),
                Arguments.of("COPY t FROM stdin", "ROW EXCLUSIVE on t"),
                Arguments.of("COPY t TO stdout", "ACCESS SHARE on t"),
                Arguments.of("COMMENT ON COLUMN t.a IS 'x'", "SHARE UPDATE EXCLUSIVE on t"),
                Arguments.of("CREATE POLICY p ON t USING (true)", "ACCESS EXCLUSIVE on t"),
                Arguments.of("DROP TRIGGER trg ON t", "ACCESS EXCLUSIVE on t"),
                Arguments.of("SET lock_timeout = '1s'", ""),
                Arguments.of("GRANT SELECT ON t TO r", ""),
                Arguments.of("CREATE FUNCTION f() RETURNS int AS $$ UPDATE t SET a = 1 RETURNING 1 $$ LANGUAGE sql",
                        ""),
                Arguments.of("BEGIN", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("locks")
    void takesTheDocumentedLocks(String sql, String expected) {
        Classification c = classify(sql);
        assertThat(String.join("; ", c.locks().stream().map(TableLock::toString).toList())).isEqualTo(expected);
        LockLevel strongest = c.locks().isEmpty() ? NONE : c.locks().get(0).level();
        assertThat(c.strongestLock()).isEqualTo(strongest);
    }
}
