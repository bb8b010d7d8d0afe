package dev.migrationguard.schema;

import dev.migrationguard.sql.ObjectRef;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A table as the migrations left it: its columns with their types, its constraints, and the statement that created
 * it. Read-only to everyone but the {@link SchemaModel} that owns it, which copies a table it shares with another
 * model before changing it; a table read from a model shows that model's state until the model's next change.
 */
public final class TableModel {

    private ObjectRef ref;
    private final Origin createdBy;
    private final LinkedHashMap<String, String> columns;
    private final LinkedHashMap<String, KnownConstraint> constraints;

    TableModel(ObjectRef ref, Origin createdBy) {
        this(ref, createdBy, new LinkedHashMap<>(), new LinkedHashMap<>());
    }

    private TableModel(ObjectRef ref, Origin createdBy, LinkedHashMap<String, String> columns,
                       LinkedHashMap<String, KnownConstraint> constraints) {
        this.ref = ref;
        this.createdBy = createdBy;
        this.columns = columns;
        this.constraints = constraints;
    }

    /** The table as named when created (or last renamed). */
    public ObjectRef ref() {
        return ref;
    }

    /** The statement that created it; null for a table the migrations never created (only altered). */
    public Origin createdBy() {
        return createdBy;
    }

    /** True when the migrations created this table (rather than only altering one made elsewhere). */
    public boolean createdByMigrations() {
        return createdBy != null;
    }

    /** Column name to type as written, in the order the columns were added. */
    public Map<String, String> columns() {
        return Collections.unmodifiableMap(columns);
    }

    /** Constraint name to constraint, in the order they were added. */
    public Map<String, KnownConstraint> constraints() {
        return Collections.unmodifiableMap(constraints);
    }

    /** The constraints in the order they were added. */
    public List<KnownConstraint> constraintList() {
        return List.copyOf(constraints.values());
    }

    TableModel copy() {
        return new TableModel(ref, createdBy, new LinkedHashMap<>(columns), new LinkedHashMap<>(constraints));
    }

    void putColumn(String name, String type) {
        columns.put(name, type);
    }

    /** Drops the column with the constraints on it: those naming it, and CHECKs whose expression uses it. */
    void removeColumn(String name) {
        columns.remove(name);
        constraints.values().removeIf(c -> c.columns().contains(name)
                || c.columns().isEmpty() && c.expression() != null && mentions(c.expression(), name));
    }

    /** True when {@code expression} holds {@code column} as an identifier (unquoted in any case, or quoted). */
    private static boolean mentions(String expression, String column) {
        java.util.regex.Matcher m = IDENTIFIER.matcher(expression);
        while (m.find()) {
            String id = m.group(1) != null ? m.group(1)
                    : m.group(2) != null ? m.group(2).toLowerCase(java.util.Locale.ROOT) : null;
            if (column.equals(id)) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern IDENTIFIER =
            java.util.regex.Pattern.compile("\"([^\"]+)\"|'(?:[^']|'')*'|([A-Za-z_][A-Za-z0-9_$]*)");

    void renameColumn(String from, String to) {
        if (columns.containsKey(from)) {
            columns.put(to, columns.remove(from));
        }
    }

    void putConstraint(KnownConstraint c) {
        constraints.put(c.name(), c);
    }

    KnownConstraint removeConstraint(String name) {
        return constraints.remove(name);
    }

    void rename(ObjectRef to) {
        this.ref = to;
    }
}
