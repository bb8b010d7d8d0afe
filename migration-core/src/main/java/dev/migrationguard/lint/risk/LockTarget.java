package dev.migrationguard.lint.risk;

import dev.migrationguard.schema.IndexModel;
import dev.migrationguard.schema.SchemaModel;
import dev.migrationguard.sql.ObjectRef;
import dev.migrationguard.sql.ObjectType;
import dev.migrationguard.sql.TableLock;

/**
 * Names the table a lock stops. The classifier records the lock of {@code DROP INDEX i}, {@code ALTER INDEX i ...}
 * and {@code REINDEX INDEX i} on the index it reads in the text; the sessions that wait are those using the index's
 * table (queries open every index of a table when they are planned). The schema model knows that table when an
 * earlier statement created the index.
 *
 * <p>Rules that print a lock call {@link #phrase(TableLock, SchemaModel)} with
 * {@code ctx.schemaBefore(statement.index())}.
 */
public final class LockTarget {

    private LockTarget() {
    }

    /**
     * {@code lock} moved to the table of its index when {@code model} knows that table; {@code lock} itself for a lock
     * on anything else, or on an index the model does not know.
     */
    public static TableLock onTable(TableLock lock, SchemaModel model) {
        if (lock == null || lock.on() == null || lock.on().type() != ObjectType.INDEX || model == null) {
            return lock;
        }
        ObjectRef table = model.index(lock.on()).map(IndexModel::table).orElse(null);
        return table == null || table.name() == null ? lock : new TableLock(lock.level(), table);
    }

    /**
     * The object to name after "on": the table's name ({@code public.users}), or {@code the table of index i} for a
     * lock still on an index; {@code the table} when the object has no name.
     */
    public static String name(TableLock lock) {
        ObjectRef on = lock == null ? null : lock.on();
        if (on == null || on.name() == null) {
            return "the table";
        }
        return on.type() == ObjectType.INDEX ? "the table of index " + on.qualifiedName() : on.qualifiedName();
    }

    /**
     * What a message prints for the object of {@code lock}: its table's name when the model before the statement
     * knows it, {@code the table of index i} for an index it does not know, else the locked object's name.
     */
    public static String phrase(TableLock lock, SchemaModel model) {
        return name(onTable(lock, model));
    }

    /** {@code ACCESS EXCLUSIVE on users}, with {@link #name} for the object; for a lock already moved to its table. */
    public static String describe(TableLock lock) {
        return lock.level().sqlName() + " on " + name(lock);
    }
}
