package dev.migrationguard.sql;

import static dev.migrationguard.sql.StatementFlag.*;
import static dev.migrationguard.sql.StatementKind.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClassifierTest {

    private static final Classifier CLASSIFIER = new Classifier();

    static Classification classify(String sql) {
        return CLASSIFIER.classify(TestStatements.one(sql));
    }

    static Stream<Arguments> kinds() {
        return Stream.of(
                Arguments.of("CREATE TABLE users (id bigint)", CREATE_TABLE, "users"),
                Arguments.of("create table if not exists app.\"Users\" (id int)", CREATE_TABLE, "app.Users"),
                Arguments.of("CREATE TEMP TABLE t (id int)", CREATE_TABLE, "t"),
                Arguments.of("CREATE UNLOGGED TABLE t (id int)", CREATE_TABLE, "t"),
                Arguments.of("CREATE TABLE t2 AS SELECT * FROM t1", CREATE_TABLE_AS, "t2"),
                Arguments.of("CREATE TABLE t2 (a, b) AS SELECT 1, 2 WITH NO DATA", CREATE_TABLE_AS, "t2"),
                Arguments.of("CREATE INDEX idx_a ON t (a)", CREATE_INDEX, "idx_a,t"),
                Arguments.of("CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS idx ON s.t USING btree (lower(a))",
                        CREATE_INDEX, "idx,s.t"),
                Arguments.of("CREATE INDEX ON t (a)", CREATE_INDEX, "t"),
                Arguments.of("CREATE OR REPLACE VIEW v AS SELECT a FROM t", CREATE_VIEW, "v"),
                Arguments.of("CREATE RECURSIVE VIEW v (n) AS VALUES (1)", CREATE_VIEW, "v"),
                Arguments.of("CREATE MATERIALIZED VIEW mv AS SELECT 1 WITH NO DATA", CREATE_MATERIALIZED_VIEW, "mv"),
                Arguments.of("CREATE SEQUENCE IF NOT EXISTS s.seq START 1", CREATE_SEQUENCE, "s.seq"),
                Arguments.of("CREATE SCHEMA IF NOT EXISTS app", CREATE_SCHEMA, "app"),
                Arguments.of("CREATE TYPE mood AS ENUM ('sad', 'ok')", CREATE_TYPE, "mood"),
                Arguments.of("CREATE DOMAIN email AS text CHECK (VALUE ~ '@')", CREATE_DOMAIN, "email"),
                Arguments.of("CREATE OR REPLACE FUNCTION f(a int) RETURNS int AS $$ SELECT a $$ LANGUAGE sql",
                        CREATE_FUNCTION, "f"),
                Arguments.of("CREATE PROCEDURE p() LANGUAGE sql AS $$ DELETE FROM t $$", CREATE_PROCEDURE, "p"),
                Arguments.of("CREATE TRIGGER trg BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION f()",
                        CREATE_TRIGGER, "trg,t"),
                Arguments.of("CREATE CONSTRAINT TRIGGER trg AFTER INSERT ON s.t DEFERRABLE FOR EACH ROW "
                        + "EXECUTE PROCEDURE f()", CREATE_TRIGGER, "trg,s.t"),
                Arguments.of("CREATE EXTENSION IF NOT EXISTS \"uuid-ossp\"", CREATE_EXTENSION, "uuid-ossp"),
                Arguments.of("CREATE DATABASE app", CREATE_DATABASE, "app"),
                Arguments.of("CREATE ROLE reader NOLOGIN", CREATE_ROLE, "reader"),
                Arguments.of("CREATE USER app WITH PASSWORD 'x'", CREATE_ROLE, "app"),
                Arguments.of("CREATE POLICY p ON t USING (owner = current_user)", CREATE_POLICY, "p,t"),
                Arguments.of("CREATE RULE r AS ON INSERT TO t DO INSTEAD NOTHING", CREATE_RULE, "r,t"),
                Arguments.of("CREATE AGGREGATE agg (int) (SFUNC = f, STYPE = int)", CREATE_AGGREGATE, "agg"),
                Arguments.of("CREATE OPERATOR === (LEFTARG = int, RIGHTARG = int, FUNCTION = f)", CREATE_OPERATOR,
                        "==="),
                Arguments.of("CREATE COLLATION german (provider = icu, locale = 'de')", CREATE_COLLATION, "german"),
                Arguments.of("CREATE PUBLICATION pub FOR TABLE t", CREATE_PUBLICATION, "pub"),
                Arguments.of("CREATE SUBSCRIPTION sub CONNECTION 'x' PUBLICATION pub", CREATE_SUBSCRIPTION, "sub"),
                Arguments.of("CREATE EVENT TRIGGER et ON ddl_command_start EXECUTE FUNCTION f()",
                        CREATE_EVENT_TRIGGER, "et"),
                Arguments.of("CREATE SERVER srv FOREIGN DATA WRAPPER postgres_fdw", CREATE_SERVER, "srv"),
                Arguments.of("CREATE FOREIGN TABLE ft (id int) SERVER srv", CREATE_FOREIGN_TABLE, "ft"),
                Arguments.of("CREATE TEXT SEARCH CONFIGURATION cfg (COPY = english)", CREATE_TEXT_SEARCH, "cfg"),
                Arguments.of("CREATE CAST (text AS mood) WITH INOUT", CREATE_CAST, "text AS mood"),
                Arguments.of("CREATE STATISTICS st (dependencies) ON a, b FROM t", CREATE_STATISTICS, "st"),
                Arguments.of("CREATE TABLESPACE fast LOCATION '/ssd'", CREATE_TABLESPACE, "fast"),
                Arguments.of("CREATE LANGUAGE plperl", CREATE_OTHER, "plperl"),
                Arguments.of("ALTER TABLE t ADD COLUMN a int", ALTER_TABLE, "t"),
                Arguments.of("ALTER FOREIGN TABLE ft ADD COLUMN a int", ALTER_TABLE, "ft"),
                Arguments.of("ALTER INDEX idx RENAME TO idx2", ALTER_INDEX, "idx"),
                Arguments.of("ALTER SEQUENCE seq RESTART WITH 10", ALTER_SEQUENCE, "seq"),
                Arguments.of("ALTER TYPE mood ADD VALUE 'happy'", ALTER_TYPE, "mood"),
                Arguments.of("ALTER DOMAIN email SET NOT NULL", ALTER_DOMAIN, "email"),
                Arguments.of("ALTER VIEW v RENAME TO v2", ALTER_VIEW, "v"),
                Arguments.of("ALTER MATERIALIZED VIEW mv SET TABLESPACE fast", ALTER_MATERIALIZED_VIEW, "mv"),
                Arguments.of("ALTER FUNCTION f(int) OWNER TO admin", ALTER_FUNCTION, "f"),
                Arguments.of("ALTER SCHEMA app RENAME TO app2", ALTER_SCHEMA, "app"),
                Arguments.of("ALTER DATABASE app SET timezone TO 'UTC'", ALTER_DATABASE, "app"),
                Arguments.of("ALTER ROLE app SET search_path = app", ALTER_ROLE, "app"),
                Arguments.of("ALTER EXTENSION postgis UPDATE", ALTER_EXTENSION, "postgis"),
                Arguments.of("ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT SELECT ON TABLES TO reader",
                        ALTER_DEFAULT_PRIVILEGES, ""),
                Arguments.of("ALTER POLICY p ON t USING (true)", ALTER_POLICY, "p,t"),
                Arguments.of("ALTER TRIGGER trg ON t RENAME TO trg2", ALTER_TRIGGER, "trg,t"),
                Arguments.of("ALTER SYSTEM SET work_mem = '64MB'", ALTER_SYSTEM, ""),
                Arguments.of("ALTER PUBLICATION pub ADD TABLE t", ALTER_OTHER, "pub"),
                Arguments.of("ALTER TEXT SEARCH CONFIGURATION s.cfg OWNER TO a", ALTER_OTHER, "s.cfg"),
                Arguments.of("DROP TABLE a, b CASCADE", DROP_TABLE, "a,b"),
                Arguments.of("DROP INDEX CONCURRENTLY IF EXISTS a, s.b CASCADE", DROP_INDEX, "a,s.b"),
                Arguments.of("DROP VIEW IF EXISTS v", DROP_VIEW, "v"),
                Arguments.of("DROP MATERIALIZED VIEW mv", DROP_MATERIALIZED_VIEW, "mv"),
                Arguments.of("DROP SEQUENCE seq", DROP_SEQUENCE, "seq"),
                Arguments.of("DROP SCHEMA app CASCADE", DROP_SCHEMA, "app"),
                Arguments.of("DROP TYPE mood", DROP_TYPE, "mood"),
                Arguments.of("DROP DOMAIN email", DROP_DOMAIN, "email"),
                Arguments.of("DROP FUNCTION IF EXISTS f(int, text), g()", DROP_FUNCTION, "f,g"),
                Arguments.of("DROP PROCEDURE p", DROP_PROCEDURE, "p"),
                Arguments.of("DROP TRIGGER IF EXISTS trg ON s.t", DROP_TRIGGER, "trg,s.t"),
                Arguments.of("DROP EXTENSION pgcrypto", DROP_EXTENSION, "pgcrypto"),
                Arguments.of("DROP DATABASE app", DROP_DATABASE, "app"),
                Arguments.of("DROP ROLE IF EXISTS reader", DROP_ROLE, "reader"),
                Arguments.of("DROP POLICY p ON t", DROP_POLICY, "p,t"),
                Arguments.of("DROP OWNED BY reader", DROP_OWNED, "reader"),
                Arguments.of("DROP AGGREGATE agg(int)", DROP_OTHER, "agg"),
                Arguments.of("SELECT * FROM t", SELECT, ""),
                Arguments.of("VALUES (1), (2)", SELECT, ""),
                Arguments.of("(SELECT 1) UNION (SELECT 2)", SELECT, ""),
                Arguments.of("INSERT INTO app.t (a) VALUES (1)", INSERT, "app.t"),
                Arguments.of("UPDATE t SET a = 1 WHERE id = 2", UPDATE, "t"),
                Arguments.of("DELETE FROM t WHERE id = 1", DELETE, "t"),
                Arguments.of("MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN DELETE", MERGE, "t"),
                Arguments.of("WITH x AS (SELECT id FROM s) UPDATE t SET a = 1 FROM x WHERE t.id = x.id", UPDATE,
                        "t"),
                Arguments.of("WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT * FROM r",
                        SELECT, ""),
                Arguments.of("WITH d AS MATERIALIZED (DELETE FROM t RETURNING *) INSERT INTO archive SELECT * FROM d",
                        INSERT, "archive"),
                Arguments.of("TRUNCATE TABLE ONLY a, b RESTART IDENTITY CASCADE", TRUNCATE, "a,b"),
                Arguments.of("COPY t (a, b) FROM stdin", COPY, "t"),
                Arguments.of("COPY (SELECT * FROM t) TO stdout", COPY, ""),
                Arguments.of("BEGIN", BEGIN, ""),
                Arguments.of("START TRANSACTION ISOLATION LEVEL SERIALIZABLE", BEGIN, ""),
                Arguments.of("COMMIT", COMMIT, ""),
                Arguments.of("END", COMMIT, ""),
                Arguments.of("ROLLBACK", ROLLBACK, ""),
                Arguments.of("ABORT", ROLLBACK, ""),
                Arguments.of("ROLLBACK TO SAVEPOINT sp", ROLLBACK, ""),
                Arguments.of("SAVEPOINT sp", SAVEPOINT, ""),
                Arguments.of("RELEASE SAVEPOINT sp", RELEASE_SAVEPOINT, ""),
                Arguments.of("SET lock_timeout = '5s'", SET, ""),
                Arguments.of("SET LOCAL statement_timeout TO 0", SET, ""),
                Arguments.of("RESET lock_timeout", RESET, ""),
                Arguments.of("SHOW search_path", SHOW, ""),
                Arguments.of("DISCARD ALL", DISCARD, ""),
                Arguments.of("LOCK TABLE t IN SHARE MODE", LOCK_TABLE, "t"),
                Arguments.of("LOCK t", LOCK_TABLE, "t"),
                Arguments.of("VACUUM FULL t", VACUUM, "t"),
                Arguments.of("VACUUM (VERBOSE, ANALYZE) a, b", VACUUM, "a,b"),
                Arguments.of("ANALYZE t", ANALYZE, "t"),
                Arguments.of("CLUSTER t USING idx", CLUSTER, "t,idx"),
                Arguments.of("REINDEX INDEX CONCURRENTLY idx", REINDEX, "idx"),
                Arguments.of("REINDEX TABLE t", REINDEX, "t"),
                Arguments.of("REFRESH MATERIALIZED VIEW CONCURRENTLY mv", REFRESH_MATERIALIZED_VIEW, "mv"),
                Arguments.of("CHECKPOINT", CHECKPOINT, ""),
                Arguments.of("COMMENT ON TABLE t IS 'users'", COMMENT, "t"),
                Arguments.of("COMMENT ON COLUMN s.t.c IS 'x'", COMMENT, "s.t,c"),
                Arguments.of("GRANT SELECT, INSERT ON TABLE a, b TO app", GRANT, "a,b"),
                Arguments.of("GRANT SELECT ON ALL TABLES IN SCHEMA app TO reader", GRANT, "app"),
                Arguments.of("GRANT reader TO app", GRANT, ""),
                Arguments.of("REVOKE ALL ON SCHEMA app FROM public", REVOKE, "app"),
                Arguments.of("REASSIGN OWNED BY a TO b", REASSIGN_OWNED, ""),
                Arguments.of("SECURITY LABEL ON TABLE t IS 'x'", SECURITY_LABEL, ""),
                Arguments.of("IMPORT FOREIGN SCHEMA s FROM SERVER srv INTO app", IMPORT_FOREIGN_SCHEMA, ""),
                Arguments.of("DO $$ BEGIN RAISE NOTICE 'hi'; END $$", DO, ""),
                Arguments.of("DO LANGUAGE plpgsql $body$ BEGIN NULL; END $body$", DO, ""),
                Arguments.of("CALL app.p(1)", CALL, "app.p"),
                Arguments.of("EXPLAIN SELECT 1", EXPLAIN, ""),
                Arguments.of("NOTIFY ch, 'x'", NOTIFY, ""),
                Arguments.of("LISTEN ch", LISTEN, ""),
                Arguments.of("UNLISTEN *", UNLISTEN, ""),
                Arguments.of("PREPARE q (int) AS SELECT $1", PREPARE, ""),
                Arguments.of("EXECUTE q (1)", EXECUTE, ""),
                Arguments.of("DEALLOCATE q", DEALLOCATE, ""),
                Arguments.of("LOAD 'auto_explain'", LOAD, ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void classifiesKindAndObjects(String sql, StatementKind kind, String objects) {
        Classification c = classify(sql);
        assertThat(c.kind()).isEqualTo(kind);
        assertThat(String.join(",", c.objects().stream().map(ObjectRef::qualifiedName).toList()))
                .isEqualTo(objects);
        assertThat(c.status()).isIn(ParseStatus.AST, ParseStatus.FALLBACK);
    }

    static Stream<Arguments> flags() {
        return Stream.of(
                Arguments.of("CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS i ON t (a) WHERE b IS NULL",
                        List.of(UNIQUE, CONCURRENTLY, IF_NOT_EXISTS, HAS_WHERE)),
                Arguments.of("CREATE INDEX i ON t (a)", List.of()),
                Arguments.of("CREATE INDEX i ON ONLY t (a)", List.of(ONLY)),
                Arguments.of("DROP INDEX CONCURRENTLY IF EXISTS a, b CASCADE",
                        List.of(CONCURRENTLY, IF_EXISTS, MULTIPLE_OBJECTS, CASCADE)),
                Arguments.of("DROP TABLE t", List.of()),
                Arguments.of("UPDATE t SET a = 1 WHERE id = 1", List.of(HAS_WHERE)),
                Arguments.of("UPDATE t SET a = (SELECT max(b) FROM s WHERE s.id = 1)", List.of(READS_OTHER_TABLES)),
                Arguments.of("UPDATE t SET a = s.b FROM s WHERE s.id = t.id", List.of(HAS_WHERE, READS_OTHER_TABLES)),
                Arguments.of("DELETE FROM t", List.of()),
                Arguments.of("DELETE FROM t WHERE id IN (SELECT id FROM s)", List.of(HAS_WHERE, READS_OTHER_TABLES)),
                Arguments.of("DELETE FROM t WHERE id = 1", List.of(HAS_WHERE)),
                Arguments.of("WITH x AS (SELECT id FROM s WHERE flag) UPDATE t SET a = 1",
                        List.of(READS_OTHER_TABLES)),
                Arguments.of("INSERT INTO t SELECT * FROM s", List.of(READS_OTHER_TABLES)),
                Arguments.of("INSERT INTO t VALUES (1)", List.of()),
                Arguments.of("CREATE OR REPLACE VIEW v AS SELECT 1", List.of(OR_REPLACE)),
                Arguments.of("CREATE TEMPORARY TABLE t (a int)", List.of(TEMPORARY)),
                Arguments.of("CREATE UNLOGGED TABLE t (a int)", List.of(UNLOGGED)),
                Arguments.of("ALTER TABLE IF EXISTS ONLY t DROP COLUMN a", List.of(IF_EXISTS, ONLY)),
                Arguments.of("ALTER TABLE t DROP COLUMN a CASCADE", List.of(CASCADE)),
                Arguments.of("TRUNCATE ONLY t", List.of(ONLY)),
                Arguments.of("VACUUM FULL t", List.of(FULL)),
                Arguments.of("VACUUM (FULL, VERBOSE) t", List.of(FULL)),
                Arguments.of("VACUUM t", List.of()),
                Arguments.of("CREATE TABLE p1 PARTITION OF p FOR VALUES IN (1)", List.of(PARTITION_OF)),
                Arguments.of("CREATE TABLE p (id int, d date) PARTITION BY RANGE (d)", List.of(PARTITIONED)),
                Arguments.of("CREATE MATERIALIZED VIEW mv AS SELECT 1", List.of(WITH_DATA)),
                Arguments.of("CREATE MATERIALIZED VIEW mv AS SELECT 1 WITH NO DATA", List.of(WITH_NO_DATA)),
                Arguments.of("CREATE TABLE t2 AS SELECT 1", List.of(WITH_DATA)),
                Arguments.of("CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; END",
                        List.of(ATOMIC_BODY)),
                Arguments.of("CREATE FUNCTION f() RETURNS int AS 'select 1' LANGUAGE sql", List.of()),
                Arguments.of("REINDEX TABLE CONCURRENTLY t", List.of(CONCURRENTLY)),
                Arguments.of("REINDEX (CONCURRENTLY) TABLE t", List.of(CONCURRENTLY)),
                Arguments.of("REFRESH MATERIALIZED VIEW CONCURRENTLY mv", List.of(CONCURRENTLY, WITH_DATA)),
                Arguments.of("CREATE EXTENSION IF NOT EXISTS citext", List.of(IF_NOT_EXISTS)),
                Arguments.of("DROP FUNCTION IF EXISTS f(int)", List.of(IF_EXISTS)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("flags")
    void setsFlags(String sql, List<StatementFlag> flags) {
        assertThat(classify(sql).flags()).containsExactlyInAnyOrderElementsOf(flags);
    }

    @Test
    void whereInsideSubqueryOrCteIsNotTheStatementsWhere() {
        assertThat(classify("UPDATE t SET a = (SELECT b FROM s WHERE s.id = 1)").flags()).doesNotContain(HAS_WHERE);
        assertThat(classify("WITH x AS (SELECT 1 FROM s WHERE s.a) DELETE FROM t").flags())
                .doesNotContain(HAS_WHERE);
        assertThat(classify("WITH x AS (SELECT 1 FROM s WHERE s.a) DELETE FROM t WHERE t.a").flags())
                .contains(HAS_WHERE);
    }

    @Test
    void dollarQuotedFunctionBodyDoesNotLeakIntoTheClassification() {
        Classification c = classify("""
                CREATE OR REPLACE FUNCTION audit() RETURNS trigger AS $body$
                BEGIN
                  DROP TABLE important; -- inside the body: not a statement of the script
                  UPDATE t SET a = 1;
                  RETURN NEW;
                END;
                $body$ LANGUAGE plpgsql;
                """);
        assertThat(c.kind()).isEqualTo(CREATE_FUNCTION);
        assertThat(c.objects()).containsExactly(new ObjectRef(ObjectType.FUNCTION, null, "audit"));
        assertThat(c.flags()).containsExactly(OR_REPLACE);
        assertThat(c.locks()).isEmpty();
    }

    @Test
    void doBlockIsClassifiedWithoutLocks() {
        Classification c = classify("""
                DO $$
                BEGIN
                  IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'mood') THEN
                    CREATE TYPE mood AS ENUM ('sad', 'ok');
                  END IF;
                END
                $$;
                """);
        assertThat(c.kind()).isEqualTo(DO);
        assertThat(c.locks()).isEmpty();
    }

    @Test
    void quotedNamesKeepTheirCaseAndUnquotedOnesFold() {
        Classification c = classify("DROP TABLE \"MySchema\".\"Users\", Public.Orders");
        assertThat(c.objects()).containsExactly(ObjectRef.table("MySchema", "Users"),
                ObjectRef.table("public", "orders"));
    }

    @Test
    void metaCommandIsItsOwnKind() {
        List<RawStatement> statements = TestStatements.all("\\connect app\nSELECT 1;");
        assertThat(CLASSIFIER.classify(statements.get(0)).kind()).isEqualTo(PSQL_META_COMMAND);
        assertThat(CLASSIFIER.classify(statements.get(0)).status()).isEqualTo(ParseStatus.FALLBACK);
        assertThat(CLASSIFIER.classify(statements.get(1)).kind()).isEqualTo(SELECT);
    }

    @Test
    void copyWithInlineDataIsClassifiedWithoutParsingTheData() {
        List<RawStatement> statements = TestStatements.all("COPY t (a, b) FROM stdin;\n1\tx\n2\ty\n\\.\n");
        Classification c = CLASSIFIER.classify(statements.get(0));
        assertThat(c.kind()).isEqualTo(COPY);
        assertThat(c.objects()).containsExactly(ObjectRef.table(null, "t"));
        assertThat(c.status()).isEqualTo(ParseStatus.FALLBACK);
    }

    @Test
    void statementJSqlParserCannotParseIsStillClassified() {
        Classification vacuum = classify("VACUUM (VERBOSE) t");
        assertThat(vacuum.kind()).isEqualTo(VACUUM);
        assertThat(vacuum.status()).isEqualTo(ParseStatus.FALLBACK);
        assertThat(vacuum.ast()).isNull();

        Classification policy = classify("ALTER TABLE t ENABLE ROW LEVEL SECURITY");
        assertThat(policy.kind()).isEqualTo(ALTER_TABLE);
        assertThat(policy.actions()).extracting(AlterAction::kind)
                .containsExactly(AlterActionKind.ENABLE_ROW_LEVEL_SECURITY);
    }

    @Test
    void statementJSqlParserParsesKeepsItsAst() {
        Classification c = classify("CREATE INDEX idx_users_email ON users (email)");
        assertThat(c.status()).isEqualTo(ParseStatus.AST);
        assertThat(c.ast()).isInstanceOf(net.sf.jsqlparser.statement.create.index.CreateIndex.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"lorem ipsum dolor", "42", "'just a string'", ")))(((", "CREATE", "ALTER",
            "DROP", "WITH x AS (SELECT 1)", "REFRESH everything", "START ENGINE", "\"quoted\" thing"})
    void garbageIsUnknownWithoutException(String sql) {
        Classification c = classify(sql);
        assertThat(c.kind()).isEqualTo(UNKNOWN);
        assertThat(c.status()).isEqualTo(ParseStatus.UNKNOWN);
        assertThat(c.ast()).isNull();
        assertThat(c.locks()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"CREATE TABLE", "CREATE TABLE (", "ALTER TABLE t ADD", "ALTER TABLE t ALTER COLUMN",
            "DROP INDEX", "CREATE INDEX ON", "UPDATE", "INSERT INTO", "COMMENT ON COLUMN", "LOCK TABLE t IN",
            "ALTER TABLE t ADD CONSTRAINT c FOREIGN KEY (", "CREATE TABLE t (a int REFERENCES"})
    void truncatedStatementsKeepTheirKindWithoutException(String sql) {
        assertThatCode(() -> classify(sql)).doesNotThrowAnyException();
        assertThat(classify(sql).kind()).isNotEqualTo(UNKNOWN);
        assertThat(classify(sql).status()).isEqualTo(ParseStatus.FALLBACK);
    }

    @Test
    void emptyStatementIsUnknown() {
        RawStatement empty = new RawStatement(0, "", 1, 1, 0, 0, 0, List.of(), false);
        assertThat(CLASSIFIER.classify(empty).kind()).isEqualTo(UNKNOWN);
    }
}
