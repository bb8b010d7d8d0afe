package dev.migrationguard.sql;

import static dev.migrationguard.sql.ClassifierTest.classify;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class CreateTableClassifierTest {

    @Test
    void readsColumnsAndTableConstraints() {
        Classification c = classify("""
                CREATE TABLE IF NOT EXISTS app.orders (
                    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                    user_id bigint NOT NULL CONSTRAINT orders_user_fk REFERENCES app.users (id) ON DELETE CASCADE,
                    total NUMERIC(10, 2) DEFAULT 0.00 NOT NULL CHECK (total >= 0),
                    code text UNIQUE,
                    total_cents bigint GENERATED ALWAYS AS ((total * 100)::bigint) STORED,
                    created_at timestamp with time zone DEFAULT now(),
                    LIKE templates INCLUDING ALL,
                    CONSTRAINT orders_code_check CHECK (code <> ''),
                    UNIQUE (user_id, code),
                    FOREIGN KEY (code) REFERENCES codes (code)
                );
                """);
        assertThat(c.kind()).isEqualTo(StatementKind.CREATE_TABLE);
        assertThat(c.flags()).containsExactly(StatementFlag.IF_NOT_EXISTS);
        assertThat(c.objects()).containsExactly(ObjectRef.table("app", "orders"), ObjectRef.table("app", "users"),
                ObjectRef.table(null, "codes"));
        assertThat(c.columns()).extracting(ColumnDef::name)
                .containsExactly("id", "user_id", "total", "code", "total_cents", "created_at");
        assertThat(c.columns()).extracting(ColumnDef::dataType).containsExactly("bigint", "bigint", "numeric(10,2)",
                "text", "bigint", "timestamp with time zone");

        ColumnDef id = c.columns().get(0);
        assertThat(id.identity()).isTrue();
        assertThat(id.hasConstraint(ConstraintType.PRIMARY_KEY)).isTrue();

        ColumnDef userId = c.columns().get(1);
        assertThat(userId.notNull()).isTrue();
        ConstraintDef fk = userId.constraints().stream().filter(k -> k.type() == ConstraintType.FOREIGN_KEY)
                .findFirst().orElseThrow();
        assertThat(fk.name()).isEqualTo("orders_user_fk");
        assertThat(fk.referencedTable()).isEqualTo(ObjectRef.table("app", "users"));

        ColumnDef total = c.columns().get(2);
        assertThat(total.defaultExpr()).isEqualTo("0.00");
        assertThat(total.notNull()).isTrue();
        assertThat(total.constraints()).extracting(ConstraintDef::type)
                .containsExactly(ConstraintType.NOT_NULL, ConstraintType.CHECK);
        assertThat(total.constraints().get(1).expression()).isEqualTo("total >= 0");

        assertThat(c.columns().get(3).hasConstraint(ConstraintType.UNIQUE)).isTrue();
        assertThat(c.columns().get(3).notNull()).isFalse();
        assertThat(c.columns().get(4).generatedStored()).isTrue();
        assertThat(c.columns().get(4).identity()).isFalse();
        assertThat(c.columns().get(5).defaultExpr()).isEqualTo("now()");

        assertThat(c.tableConstraints()).containsExactly(
                new ConstraintDef("orders_code_check", ConstraintType.CHECK, List.of(), false, null, null,
                        "code <> ''"),
                new ConstraintDef(null, ConstraintType.UNIQUE, List.of("user_id", "code"), false, null, null, null),
                new ConstraintDef(null, ConstraintType.FOREIGN_KEY, List.of("code"), false, null,
                        ObjectRef.table(null, "codes"), null));
    }

    @Test
    void partitionsAndInheritance() {
        Classification partition = classify("CREATE TABLE m_2024 PARTITION OF m FOR VALUES FROM (1) TO (2)");
        assertThat(partition.flags()).containsExactly(StatementFlag.PARTITION_OF);
        assertThat(partition.objects()).containsExactly(ObjectRef.table(null, "m_2024"), ObjectRef.table(null, "m"));
        assertThat(partition.columns()).isEmpty();

        Classification parent = classify("CREATE TABLE m (id int, at date) PARTITION BY RANGE (at)");
        assertThat(parent.flags()).containsExactly(StatementFlag.PARTITIONED);
        assertThat(parent.columns()).hasSize(2);

        Classification child = classify("CREATE TABLE c (extra int) INHERITS (p1, s.p2)");
        assertThat(child.objects()).containsExactly(ObjectRef.table(null, "c"), ObjectRef.table(null, "p1"),
                ObjectRef.table("s", "p2"));
    }

    @Test
    void serialAndQuotedColumns() {
        Classification c = classify("CREATE TABLE \"Users\" (\"Id\" SERIAL PRIMARY KEY, \"e-mail\" TEXT NULL)");
        assertThat(c.objects()).containsExactly(ObjectRef.table(null, "Users"));
        assertThat(c.columns()).extracting(ColumnDef::name, ColumnDef::dataType, ColumnDef::notNull).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Id", "serial", false),
                org.assertj.core.groups.Tuple.tuple("e-mail", "text", false));
    }
}
