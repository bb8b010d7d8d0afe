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
 * @param line          1-based line of the column name in the file, 0 when not known
 * @param column        1-based column of the column name, 0 when not known
 */
public record ColumnDef(String name, String dataType, String defaultExpr, boolean notNull, boolean generatedStored,
                        boolean identity, List<ConstraintDef> constraints, int line, int column) {

    /** A column definition whose place in the file is not known. */
    public ColumnDef(String name, String dataType, String defaultExpr, boolean notNull, boolean generatedStored,
                     boolean identity, List<ConstraintDef> constraints) {
        this(name, dataType, defaultExpr, notNull, generatedStored, identity, constraints, 0, 0);
    }

    public boolean hasConstraint(ConstraintType type) {
        for (ConstraintDef c : constraints) {
            if (c.type() == type) {
                return true;
            }
        }
        return false;
    }
}
