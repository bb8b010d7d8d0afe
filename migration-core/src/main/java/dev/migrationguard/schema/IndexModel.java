package dev.migrationguard.schema;

import dev.migrationguard.sql.ObjectRef;

/**
 * An index the migrations created.
 *
 * @param index     the index as named when created (or renamed)
 * @param table     the table it is on; null when the creating statement did not name one the model could read
 * @param unique    created {@code UNIQUE}
 * @param columns   the indexed columns or expressions, as written, in order
 * @param createdBy the statement that created it
 */
public record IndexModel(ObjectRef index, ObjectRef table, boolean unique, java.util.List<String> columns,
                         Origin createdBy) {
}
