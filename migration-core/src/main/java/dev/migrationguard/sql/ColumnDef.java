package dev.migrationguard.sql;

import java.util.List;

/**
 * A column definition in {@code CREATE TABLE} or {@code ALTER TABLE ... ADD COLUMN}.
 *
 * @param name          the column name as PostgreSQL resolves it
 * @param dataType      the type as written, whitespace collapsed and lower-cased outside quotes,
 *                      e.g. {@code varchar(255)}, {@code timestamp without time zone}, {@code bigserial}
 * @param defaultExpr   the DEFAULT expression text as written, or null
 * @param notNull       NOT NULL given (PRIMARY KEY implies it too: see {@link #constraints()})
 * @param generatedStored {@code GENERATED ALWAYS AS (...) STORED}
 * @param identity      {@code GENERATED ... AS IDENTITY}
 * @param constraints   inline constraints (PRIMARY KEY, UNIQUE, REFERENCES, CHECK)
 */
public record ColumnDef(String name, String dataType, String defaultExpr, boolean notNull, boolean generatedStored,
                        boolean identity, List<ConstraintDef> constraints) {

    public boolean hasConstraint(ConstraintType type) {
        return constraints.stream().anyMatch(c -> c.type() == type);
    }
}
