package dev.migrationguard.schema;

import dev.migrationguard.sql.ConstraintType;
import java.util.List;

/**
 * A constraint the migrations added.
 *
 * @param table      the table's name
 * @param name       the constraint's name (PostgreSQL's generated name when none was given)
 * @param type       its type
 * @param columns    the constrained columns
 * @param expression for CHECK, the expression text; else null
 * @param validated  false while added {@code NOT VALID} and not validated since
 */
public record KnownConstraint(String table, String name, ConstraintType type, List<String> columns,
                              String expression, boolean validated) {

    KnownConstraint validate() {
        return new KnownConstraint(table, name, type, columns, expression, true);
    }

    KnownConstraint renamed(String newName) {
        return new KnownConstraint(table, newName, type, columns, expression, validated);
    }
}
