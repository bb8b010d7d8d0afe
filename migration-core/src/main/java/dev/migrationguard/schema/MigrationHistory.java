package dev.migrationguard.schema;

import dev.migrationguard.naming.Migration;
import dev.migrationguard.naming.ScriptRef;
import dev.migrationguard.sql.SqlScript;
import dev.migrationguard.sql.Statement;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The model of what the migrations built, walked forward once in version order: {@link #before(Migration)} applies
 * the up scripts of the versioned migrations up to that one (each exactly once) and answers the model as it stands
 * then. Migrations are asked for in order; a question about an earlier one than the last starts a new walk.
 *
 * <p>Scripts are read only when the walk reaches them: a run that never asks about history (the pre-commit hook
 * checking a new table) reads none.
 */
public final class MigrationHistory {

    /** Reads the up scripts of migrations, several at a time (in parallel where the reader can). */
    @FunctionalInterface
    public interface Scripts {
        /** The parsed scripts, in the order of {@code refs}; an unreadable script is given as an empty one. */
        List<SqlScript> read(List<ScriptRef> refs);
    }

    private final List<Migration> versioned = new ArrayList<>();
    /** Each versioned migration's place in {@link #versioned}, indexed when {@link #before} first needs it. */
    private Map<Migration, Integer> position;
    private final Scripts scripts;
    private SchemaModel model = new SchemaModel();
    private int next;
    /** The up script {@link #passed} last, not yet applied to {@link #model}: applied when the walk moves on. */
    private SqlScript pending;

    /**
     * @param migrations every migration of the set, in the set's order (versioned ones first, by version)
     * @param scripts    how to read up scripts
     */
    public MigrationHistory(List<Migration> migrations, Scripts scripts) {
        this.scripts = scripts;
        for (Migration m : migrations) {
            if (m.version() != null) {
                versioned.add(m);
            }
        }
    }

    /** Same, reading one script at a time. */
    public static MigrationHistory reading(List<Migration> migrations, Function<ScriptRef, SqlScript> read) {
        return new MigrationHistory(migrations, refs -> refs.stream().map(read).toList());
    }

    /**
     * The model after the up scripts of the versioned migrations before {@code m}; after all of them for a
     * migration outside the version order (a repeatable one, a file whose name fits no scheme). The returned model
     * is the walk's own and must not be changed. It stays valid until the walk moves on: {@link #passed} leaves it
     * as it is (asked again right after {@code passed(m, ...)}, this method answers the same model), the next call
     * of this method or {@link #after} may change it.
     */
    public SchemaModel before(Migration m) {
        int target = positions().getOrDefault(m, versioned.size());
        if (pending != null && target == next - 1) {
            return model;
        }
        applyPending();
        if (target < next) {
            model = new SchemaModel();
            next = 0;
        }
        if (target > next) {
            List<ScriptRef> refs = new ArrayList<>(target - next);
            for (int i = next; i < target; i++) {
                refs.add(versioned.get(i).up());
            }
            for (SqlScript script : scripts.read(refs)) {
                apply(model, script);
            }
            next = target;
        }
        return model;
    }

    /**
     * The model after the up script of {@code m} (for its down script): {@link #before(Migration)} with {@code up}
     * applied, from the walk when it has just passed {@code m}, else on a copy.
     */
    public SchemaModel after(Migration m, SqlScript up) {
        if (next > 0 && versioned.get(next - 1) == m) { // the walk has just passed m
            applyPending();
            return model;
        }
        SchemaModel after = before(m).copy();
        apply(after, up);
        return after;
    }

    /**
     * Tells the walk that {@code up}, the up script of {@code m}, has been read: when the walk stands just before
     * {@code m}, it moves past it, so a run that reads every script in order never reads one twice. The script is
     * applied when the walk moves on, so that questions about {@code m} asked after this call (the risk of its
     * statements) still see the model before it, without a copy.
     */
    public void passed(Migration m, SqlScript up) {
        if (next < versioned.size() && versioned.get(next) == m) { // the walk stands just before m
            applyPending();
            pending = up;
            next++;
        }
    }

    private Map<Migration, Integer> positions() {
        if (position == null) {
            position = new IdentityHashMap<>();
            for (int i = 0; i < versioned.size(); i++) {
                position.put(versioned.get(i), i);
            }
        }
        return position;
    }

    private void applyPending() {
        if (pending != null) {
            apply(model, pending);
            pending = null;
        }
    }

    private static void apply(SchemaModel model, SqlScript script) {
        for (Statement s : script.statements()) {
            if (SchemaModel.changes(s)) {
                model.apply(s, new Origin(script.path(), s.index()));
            }
        }
    }
}
