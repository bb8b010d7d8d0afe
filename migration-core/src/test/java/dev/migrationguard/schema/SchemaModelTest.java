package dev.migrationguard.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationguard.sql.ConstraintType;
import dev.migrationguard.sql.ObjectRef;
import dev.migrationguard.sql.ObjectType;
import dev.migrationguard.sql.ScriptParser;
import dev.migrationguard.sql.SqlScript;
import dev.migrationguard.sql.Statement;
import org.junit.jupiter.api.Test;

class SchemaModelTest {

    private static final ScriptParser PARSER = new ScriptParser();

    /** Applies every statement of {@code sql} (as script {@code V1.sql}) to a new model. */
    private static SchemaModel model(String sql) {
        SchemaModel m = new SchemaModel();
        apply(m, "V1.sql", sql);
        return m;
    }

    private static void apply(SchemaModel m, String path, String sql) {
        SqlScript script = PARSER.parse(path, sql);
        for (Statement s : script.statements()) {
            m.apply(s, new Origin(path, s.index()));
        }
    }

    private static ObjectRef table(String name) {
        return ObjectRef.table(null, name);
    }

    private static ObjectRef index(String name) {
        return new ObjectRef(ObjectType.INDEX, null, name);
    }

    @Test
    void createTableRecordsColumnsConstraintsAndOrigin() {
        SchemaModel m = model("""
                CREATE TABLE users (id bigint PRIMARY KEY, email varchar(100) NOT NULL UNIQUE,
                  org_id int REFERENCES orgs (id), CONSTRAINT users_email_check CHECK (email <> ''));
                """);
        TableModel users = m.table(table("users")).orElseThrow();
        assertThat(users.columns()).containsExactly(java.util.Map.entry("id", "bigint"),
                java.util.Map.entry("email", "varchar(100)"), java.util.Map.entry("org_id", "int"));
        assertThat(users.createdBy()).isEqualTo(new Origin("V1.sql", 0));
        assertThat(m.constraints(table("users"))).extracting(KnownConstraint::name)
                .containsExactlyInAnyOrder("users_pkey", "users_email_not_null", "users_email_key", "users_org_id_fkey",
                        "users_email_check");
        assertThat(m.constraint(table("users"), "users_org_id_fkey").orElseThrow().type())
                .isEqualTo(ConstraintType.FOREIGN_KEY);
    }

    @Test
    void alterTableChangesTypesAndConstraintValidation() {
        SchemaModel m = model("""
                CREATE TABLE t (a varchar(10), b int);
                ALTER TABLE t ALTER COLUMN a TYPE varchar(20);
                ALTER TABLE t ADD CONSTRAINT a_nn CHECK (a IS NOT NULL) NOT VALID;
                """);
        assertThat(m.columnType(table("t"), "a")).contains("varchar(20)");
        assertThat(m.constraint(table("t"), "a_nn").orElseThrow().validated()).isFalse();
        assertThat(m.hasValidatedNotNullCheck(table("t"), "a")).isFalse();

        apply(m, "V2.sql", "ALTER TABLE t VALIDATE CONSTRAINT a_nn;");
        assertThat(m.hasValidatedNotNullCheck(table("t"), "a")).isTrue();

        apply(m, "V3.sql", "ALTER TABLE t RENAME COLUMN b TO c; ALTER TABLE t DROP COLUMN a;");
        assertThat(m.table(table("t")).orElseThrow().columns()).containsOnlyKeys("c");
        assertThat(m.constraint(table("t"), "a_nn")).as("a constraint on a dropped column goes with it").isEmpty();
    }

    @Test
    void renamedTableKeepsItsOriginAndItsIndexesFollow() {
        SchemaModel m = model("""
                CREATE TABLE new_users (id int);
                CREATE INDEX new_users_id_idx ON new_users (id);
                DROP TABLE users;
                ALTER TABLE new_users RENAME TO users;
                """);
        assertThat(m.table(table("new_users"))).isEmpty();
        assertThat(m.createdBy(ObjectType.TABLE, table("users"))).contains(new Origin("V1.sql", 0));
        assertThat(m.index(index("new_users_id_idx")).orElseThrow().table().name()).isEqualTo("users");
    }

    @Test
    void indexesKnowTheirTableColumnsAndGoWithIt() {
        SchemaModel m = model("""
                CREATE TABLE orders (id int, customer_id int, created_at timestamptz);
                CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS orders_customer_idx
                  ON public.orders USING btree (customer_id, lower(note) DESC, created_at);
                """);
        IndexModel i = m.index(index("orders_customer_idx")).orElseThrow();
        assertThat(i.table().qualifiedName()).isEqualTo("public.orders");
        assertThat(i.unique()).isTrue();
        assertThat(i.columns()).containsExactly("customer_id", "lower(note)DESC", "created_at");
        assertThat(m.indexesOf(table("orders"))).containsExactly(i);

        apply(m, "V2.sql", "ALTER INDEX orders_customer_idx RENAME TO orders_cust_idx;");
        assertThat(m.index(index("orders_customer_idx"))).isEmpty();
        assertThat(m.index(index("orders_cust_idx"))).isPresent();

        apply(m, "V3.sql", "DROP TABLE orders;");
        assertThat(m.index(index("orders_cust_idx"))).isEmpty();
    }

    @Test
    void tablesTheMigrationsNeverCreatedAreKnownFromTheirAlterationsWithoutOrigin() {
        SchemaModel m = model("ALTER TABLE legacy ALTER COLUMN code TYPE varchar(5);");
        assertThat(m.columnType(table("legacy"), "code")).contains("varchar(5)");
        assertThat(m.table(table("legacy")).orElseThrow().createdByMigrations()).isFalse();
        assertThat(m.createdBy(ObjectType.TABLE, table("legacy"))).isEmpty();
    }

    @Test
    void otherObjectsAreTrackedByTypeWithSchemaAwareNames() {
        SchemaModel m = model("""
                CREATE SCHEMA audit;
                CREATE TYPE audit.mood AS ENUM ('a', 'b');
                CREATE MATERIALIZED VIEW stats AS SELECT 1;
                """);
        assertThat(m.exists(ObjectType.SCHEMA, new ObjectRef(ObjectType.SCHEMA, null, "audit"))).isTrue();
        assertThat(m.exists(ObjectType.TYPE, new ObjectRef(ObjectType.TYPE, "audit", "mood"))).isTrue();
        assertThat(m.exists(ObjectType.TYPE, new ObjectRef(ObjectType.TYPE, null, "mood"))).isTrue();
        assertThat(m.exists(ObjectType.TYPE, new ObjectRef(ObjectType.TYPE, "public", "mood")))
                .as("another schema's type of the same name").isFalse();
        assertThat(m.exists(ObjectType.MATERIALIZED_VIEW, new ObjectRef(ObjectType.MATERIALIZED_VIEW, null,
                "stats"))).isTrue();

        apply(m, "V2.sql", "DROP MATERIALIZED VIEW stats; DROP TYPE audit.mood;");
        assertThat(m.exists(ObjectType.MATERIALIZED_VIEW, new ObjectRef(ObjectType.MATERIALIZED_VIEW, null,
                "stats"))).isFalse();
        assertThat(m.exists(ObjectType.TYPE, new ObjectRef(ObjectType.TYPE, null, "mood"))).isFalse();
    }

    @Test
    void createTableIfNotExistsLeavesAnExistingTableAsItWas() {
        SchemaModel m = model("""
                CREATE TABLE t (a varchar(10));
                CREATE TABLE IF NOT EXISTS t (a text, b int);
                """);
        assertThat(m.table(table("t")).orElseThrow().columns()).containsOnlyKeys("a");
        assertThat(m.columnType(table("t"), "a")).contains("varchar(10)");
    }

    @Test
    void aCopyIsIndependentOfItsSource() {
        SchemaModel source = model("CREATE TABLE t (a int);");
        SchemaModel copy = source.copy();
        apply(copy, "V2.sql", "ALTER TABLE t ADD COLUMN b int; CREATE TABLE u (x int);");
        apply(source, "V3.sql", "ALTER TABLE t ALTER COLUMN a TYPE bigint;");

        assertThat(source.table(table("t")).orElseThrow().columns()).containsOnlyKeys("a");
        assertThat(source.columnType(table("t"), "a")).contains("bigint");
        assertThat(source.table(table("u"))).isEmpty();
        assertThat(copy.table(table("t")).orElseThrow().columns()).containsOnlyKeys("a", "b");
        assertThat(copy.columnType(table("t"), "a")).contains("int");
    }
}
