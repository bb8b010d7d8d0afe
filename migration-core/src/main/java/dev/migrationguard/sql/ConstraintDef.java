package dev.migrationguard.sql;

import java.util.List;

/**
 * A table constraint, inline on a column or in {@code ADD CONSTRAINT}/{@code CREATE TABLE}.
 *
 * @param name            the constraint's name when given, else null
 * @param type            its type
 * @param columns         the constrained columns (for an inline constraint, that column)
 * @param notValid        {@code NOT VALID} given
 * @param usingIndex      {@code ... USING INDEX index_name} (adopts an existing index); null when absent
 * @param referencedTable for FOREIGN KEY, the referenced table; else null
 * @param expression      for CHECK, the expression text inside the parentheses; else null
 */
public record ConstraintDef(String name, ConstraintType type, List<String> columns, boolean notValid,
                            String usingIndex, ObjectRef referencedTable, String expression) {
}
