package dev.migrationguard.schema;

import dev.migrationguard.sql.AlterAction;
import dev.migrationguard.sql.AlterActionKind;
import dev.migrationguard.sql.ColumnDef;
import dev.migrationguard.sql.ConstraintDef;
import dev.migrationguard.sql.ConstraintType;
import dev.migrationguard.sql.IndexColumns;
import dev.migrationguard.sql.ObjectRef;
import dev.migrationguard.sql.ObjectType;
import dev.migrationguard.sql.Statement;
import dev.migrationguard.sql.StatementFlag;
import dev.migrationguard.sql.StatementKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the migrations built, as far as statements have been applied to it: tables (columns with their types,
 * constraints with their validation state), indexes and the table each is on, and the other objects they created
 * (views, types, schemas, sequences, functions, ...), each with the statement that created it.
 *
 * <p>Statements are applied once, in version order ({@link #apply}); a rule asks the model as it stands before its
 * statement. Objects are found by name: a name the statement qualified with a schema matches an object created
 * under that schema or unqualified, and an unqualified name matches any schema. A table the migrations never
 * created but altered is known too (its columns and constraints as far as the alterations tell), without an origin.
 *
 * <p>{@link #copy()} is cheap: copies share their tables until one of them changes a table, which it copies first;
 * indexes and other objects are immutable values.
 */
public final class SchemaModel {

    private static final Pattern FIRST_IDENTIFIER = Pattern.compile("\"([^\"]+)\"|([A-Za-z_][A-Za-z0-9_$]*)");

    private final HashMap<String, TableModel> tables;
    /** The tables only this model holds, which it may change in place; the others it copies first. */
    private final Set<TableModel> owned = Collections.newSetFromMap(new IdentityHashMap<>());
    private final HashMap<String, IndexModel> indexes;
    private final EnumMap<ObjectType, HashMap<String, CreatedObject>> others;

    /** An object other than a table or an index, with the statement that created it. */
    private record CreatedObject(ObjectRef ref, Origin createdBy) {
    }

    /** An empty model: nothing created yet. */
    public SchemaModel() {
        this.tables = new HashMap<>();
        this.indexes = new HashMap<>();
        this.others = new EnumMap<>(ObjectType.class);
    }

    private SchemaModel(SchemaModel from) {
        this.tables = new HashMap<>(from.tables);
        this.indexes = new HashMap<>(from.indexes);
        this.others = new EnumMap<>(ObjectType.class);
        from.others.forEach((type, objects) -> others.put(type, new HashMap<>(objects)));
    }

    /** An independent copy: applying statements to one leaves the other as it was. */
    public SchemaModel copy() {
        owned.clear();
        return new SchemaModel(this);
    }

    /** The table under {@code key}, made this model's own so that it may be changed; null when unknown. */
    private TableModel writable(String key) {
        TableModel t = tables.get(key);
        if (t != null && !owned.contains(t)) {
            t = t.copy();
            tables.put(key, t);
            owned.add(t);
        }
        return t;
    }

    /** The table under {@code key}, known from now on when it was not: a table made elsewhere, being altered. */
    private TableModel writableOrAltered(String key, ObjectRef ref) {
        TableModel t = writable(key);
        if (t == null) {
            t = new TableModel(ObjectRef.table(ref.schema(), key), null);
            tables.put(key, t);
            owned.add(t);
        }
        return t;
    }

    /** True when applying {@code s} may change the model (CREATE, ALTER and DROP statements). */
    public static boolean changes(Statement s) {
        StatementKind k = s.kind();
        return k.isCreate() || k.isAlter() || k.isDrop();
    }

    // ---------------------------------------------------------------- questions

    /** The table named {@code ref}, if the migrations created or altered it. */
    public Optional<TableModel> table(ObjectRef ref) {
        if (ref == null || ref.name() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(tables.get(ref.name()));
    }

    /** The type a column was last given, as written. */
    public Optional<String> columnType(ObjectRef table, String column) {
        return column == null ? Optional.empty() : table(table).map(t -> t.columns().get(column));
    }

    /** A constraint of {@code table} by name. */
    public Optional<KnownConstraint> constraint(ObjectRef table, String name) {
        return name == null ? Optional.empty() : table(table).map(t -> t.constraints().get(name));
    }

    /** The constraints of {@code table} in the order they were added. */
    public List<KnownConstraint> constraints(ObjectRef table) {
        return table(table).map(TableModel::constraintList).orElse(List.of());
    }

    /** True when a validated {@code CHECK (column IS NOT NULL)} exists on the table. */
    public boolean hasValidatedNotNullCheck(ObjectRef table, String column) {
        if (column == null) {
            return false;
        }
        String wanted = column.replace(" ", "") + "isnotnull";
        for (KnownConstraint c : constraints(table)) {
            if (c.type() == ConstraintType.CHECK && c.validated() && c.expression() != null
                    && compact(c.expression()).equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    /** The index named {@code ref}, if the migrations created it. */
    public Optional<IndexModel> index(ObjectRef ref) {
        if (ref == null || ref.name() == null) {
            return Optional.empty();
        }
        IndexModel i = indexes.get(ref.name());
        return i != null && sameName(i.index(), ref) ? Optional.of(i) : Optional.empty();
    }

    /** The indexes of {@code table} the migrations created, in no particular order. */
    public List<IndexModel> indexesOf(ObjectRef table) {
        List<IndexModel> out = new ArrayList<>();
        for (IndexModel i : indexes.values()) {
            if (i.table() != null && table != null && sameName(i.table(), table)) {
                out.add(i);
            }
        }
        return out;
    }

    /**
     * The statement that created the object of {@code type} named {@code ref}: a table, an index, or another object
     * (view, type, schema, ...); empty when the migrations applied so far did not create it (or dropped it since).
     */
    public Optional<Origin> createdBy(ObjectType type, ObjectRef ref) {
        if (ref == null || ref.name() == null || type == null) {
            return Optional.empty();
        }
        if (type == ObjectType.TABLE) {
            TableModel t = tables.get(ref.name());
            return t != null && t.createdBy() != null && sameName(t.ref(), ref)
                    ? Optional.of(t.createdBy()) : Optional.empty();
        }
        if (type == ObjectType.INDEX) {
            return index(ref).map(IndexModel::createdBy);
        }
        Map<String, CreatedObject> objects = others.get(type);
        CreatedObject o = objects == null ? null : objects.get(ref.name());
        return o != null && sameName(o.ref(), ref) ? Optional.of(o.createdBy()) : Optional.empty();
    }

    /** True when the model holds a table, index or other object of {@code type} named {@code ref}. */
    public boolean exists(ObjectType type, ObjectRef ref) {
        return createdBy(type, ref).isPresent();
    }

    // ---------------------------------------------------------------- applying statements

    /** Applies what {@code s} does to the schema; statements that change no schema object leave it as it is. */
    public void apply(Statement s, Origin origin) {
        StatementKind kind = s.kind();
        switch (kind) {
            case CREATE_TABLE -> createTable(s, origin);
            case CREATE_TABLE_AS, CREATE_FOREIGN_TABLE -> createTableAs(s, origin);
            case DROP_TABLE -> {
                for (ObjectRef o : s.objects()) {
                    if (o.type() == ObjectType.TABLE) {
                        dropTable(o);
                    }
                }
            }
            case ALTER_TABLE -> alterTable(s);
            case CREATE_INDEX -> createIndex(s, origin);
            case DROP_INDEX -> {
                for (ObjectRef o : s.objects()) {
                    if (o.type() == ObjectType.INDEX && o.name() != null) {
                        indexes.remove(o.name());
                    }
                }
            }
            case ALTER_INDEX -> alterIndex(s);
            default -> {
                if (kind.isCreate()) {
                    createOther(s, origin);
                } else if (kind.isDrop()) {
                    dropOthers(s);
                } else if (kind.isAlter()) {
                    renameOther(s);
                }
            }
        }
    }

    private void createTable(Statement s, Origin origin) {
        ObjectRef ref = s.table().orElse(null);
        if (ref == null || ref.name() == null) {
            return;
        }
        TableModel existing = tables.get(ref.name());
        if (existing != null && existing.createdBy() != null && s.has(StatementFlag.IF_NOT_EXISTS)) {
            return;
        }
        TableModel t = new TableModel(ref, origin);
        for (ColumnDef c : s.classification().columns()) {
            addColumn(t, c);
        }
        for (ConstraintDef c : s.classification().tableConstraints()) {
            addConstraint(t, c);
        }
        dropTable(ref);
        tables.put(ref.name(), t);
        owned.add(t);
    }

    private void createTableAs(Statement s, Origin origin) {
        ObjectRef ref = s.objects().isEmpty() ? null : s.objects().get(0);
        if (ref == null || ref.name() == null) {
            return;
        }
        if (tables.containsKey(ref.name()) && s.has(StatementFlag.IF_NOT_EXISTS)) {
            return;
        }
        dropTable(ref);
        TableModel t = new TableModel(ObjectRef.table(ref.schema(), ref.name()), origin);
        tables.put(ref.name(), t);
        owned.add(t);
    }

    private void dropTable(ObjectRef ref) {
        if (ref.name() == null) {
            return;
        }
        TableModel gone = tables.remove(ref.name());
        if (gone != null) {
            owned.remove(gone);
            indexes.values().removeIf(i -> i.table() != null && i.table().name() != null
                    && i.table().name().equals(ref.name()));
        }
    }

    private void alterTable(Statement s) {
        ObjectRef ref = s.table().orElse(null);
        if (ref == null || ref.name() == null) {
            return;
        }
        String key = ref.name();
        for (AlterAction a : s.actions()) {
            if (a != null && a.kind() != null) {
                key = applyAction(key, ref, a);
            }
        }
    }

    private String applyAction(String key, ObjectRef ref, AlterAction a) {
        switch (a.kind()) {
            case RENAME_TABLE -> {
                if (a.newName() == null) {
                    return key;
                }
                String to = a.newName();
                TableModel t = writable(key);
                if (t != null) {
                    tables.remove(key);
                    ObjectRef renamed = ObjectRef.table(t.ref().schema(), to);
                    t.rename(renamed);
                    tables.put(to, t);
                    indexes.replaceAll((name, i) -> i.table() != null && key.equals(i.table().name())
                            ? new IndexModel(i.index(), renamed, i.unique(), i.columns(), i.createdBy()) : i);
                }
                return to;
            }
            case ADD_COLUMN -> {
                if (a.columnDef() != null) {
                    addColumn(writableOrAltered(key, ref), a.columnDef());
                }
            }
            case ALTER_COLUMN_TYPE -> {
                if (a.columnName() != null && a.dataType() != null) {
                    writableOrAltered(key, ref).putColumn(a.columnName(), a.dataType());
                }
            }
            case DROP_COLUMN -> {
                if (a.columnName() != null && tables.containsKey(key)) {
                    writable(key).removeColumn(a.columnName());
                }
            }
            case RENAME_COLUMN -> {
                if (a.columnName() != null && a.newName() != null && tables.containsKey(key)) {
                    writable(key).renameColumn(a.columnName(), a.newName());
                }
            }
            case ADD_CONSTRAINT -> {
                if (a.constraint() != null) {
                    addConstraint(writableOrAltered(key, ref), a.constraint());
                }
            }
            case SET_NOT_NULL -> {
                if (a.columnName() != null) {
                    addConstraint(writableOrAltered(key, ref), new ConstraintDef(null, ConstraintType.NOT_NULL,
                            List.of(a.columnName()), false, null, null, null));
                }
            }
            case DROP_NOT_NULL -> {
                TableModel t = tables.get(key);
                if (a.columnName() != null && t != null) {
                    for (KnownConstraint k : t.constraintList()) {
                        if (k.type() == ConstraintType.NOT_NULL && k.columns().equals(List.of(a.columnName()))) {
                            writable(key).removeConstraint(k.name());
                        }
                    }
                }
            }
            case VALIDATE_CONSTRAINT -> {
                KnownConstraint c = constraint(key, a.name());
                if (c != null) {
                    writable(key).putConstraint(c.validate());
                }
            }
            case DROP_CONSTRAINT -> {
                if (constraint(key, a.name()) != null) {
                    writable(key).removeConstraint(a.name());
                }
            }
            case RENAME_CONSTRAINT -> {
                KnownConstraint c = constraint(key, a.name());
                if (c != null && a.newName() != null) {
                    TableModel t = writable(key);
                    t.removeConstraint(a.name());
                    t.putConstraint(c.renamed(a.newName()));
                }
            }
            default -> {
                // other actions change neither columns nor constraints
            }
        }
        return key;
    }

    private KnownConstraint constraint(String key, String name) {
        TableModel t = tables.get(key);
        return t == null || name == null ? null : t.constraints().get(name);
    }

    private static void addColumn(TableModel t, ColumnDef c) {
        if (c.name() == null) {
            return;
        }
        if (c.dataType() != null) {
            t.putColumn(c.name(), c.dataType());
        }
        if (c.constraints() != null) {
            for (ConstraintDef k : c.constraints()) {
                List<String> cols = k.columns() == null || k.columns().isEmpty() ? List.of(c.name()) : k.columns();
                addConstraint(t, new ConstraintDef(k.name(), k.type(), cols, k.notValid(), k.usingIndex(),
                        k.referencedTable(), k.expression()));
            }
        }
    }

    private static void addConstraint(TableModel t, ConstraintDef c) {
        if (c.type() == null) {
            return;
        }
        String table = t.ref().name();
        List<String> cols = c.columns() == null ? List.of() : c.columns();
        String name = c.name() != null ? c.name() : generatedName(table, c.type(), cols, c.expression());
        t.putConstraint(new KnownConstraint(table, name, c.type(), cols, c.expression(), !c.notValid()));
    }

    private void createIndex(Statement s, Origin origin) {
        ObjectRef index = s.classification().first(ObjectType.INDEX).orElse(null);
        if (index == null || index.name() == null) {
            return;
        }
        if (indexes.containsKey(index.name()) && s.has(StatementFlag.IF_NOT_EXISTS)) {
            return;
        }
        ObjectRef table = s.table().orElse(null);
        indexes.put(index.name(), new IndexModel(index, table, s.has(StatementFlag.UNIQUE),
                IndexColumns.of(s), origin));
    }

    private void alterIndex(Statement s) {
        ObjectRef index = s.classification().first(ObjectType.INDEX).orElse(null);
        String to = renamedTo(s);
        IndexModel i = index == null || index.name() == null || to == null ? null : indexes.remove(index.name());
        if (i != null) {
            indexes.put(to, new IndexModel(new ObjectRef(ObjectType.INDEX, i.index().schema(), to), i.table(),
                    i.unique(), i.columns(), i.createdBy()));
        }
    }

    /** The new name an {@code ALTER ... RENAME TO} gives its object; null for other statements. */
    private static String renamedTo(Statement s) {
        for (AlterAction a : s.actions()) {
            if (a != null && a.kind() == AlterActionKind.RENAME_TABLE && a.newName() != null) {
                return a.newName();
            }
        }
        return null;
    }

    private void createOther(Statement s, Origin origin) {
        if (s.objects().isEmpty()) {
            return;
        }
        ObjectRef ref = s.objects().get(0);
        if (ref.name() == null || ref.type() == ObjectType.TABLE || ref.type() == ObjectType.INDEX) {
            return;
        }
        Map<String, CreatedObject> objects = others.computeIfAbsent(ref.type(), k -> new HashMap<>());
        if (objects.containsKey(ref.name())
                && (s.has(StatementFlag.IF_NOT_EXISTS) || s.has(StatementFlag.OR_REPLACE))) {
            return;
        }
        objects.put(ref.name(), new CreatedObject(ref, origin));
    }

    private void dropOthers(Statement s) {
        for (ObjectRef o : s.objects()) {
            Map<String, CreatedObject> objects = others.get(o.type());
            if (objects != null && o.name() != null) {
                objects.remove(o.name());
            }
        }
    }

    private void renameOther(Statement s) {
        ObjectRef ref = s.objects().isEmpty() ? null : s.objects().get(0);
        Map<String, CreatedObject> objects = ref == null ? null : others.get(ref.type());
        String to = renamedTo(s);
        CreatedObject o = objects == null || ref.name() == null || to == null ? null : objects.remove(ref.name());
        if (o != null) {
            objects.put(to, new CreatedObject(new ObjectRef(o.ref().type(), o.ref().schema(), to), o.createdBy()));
        }
    }

    /** The name PostgreSQL gives an unnamed constraint (before truncation to 63 bytes). */
    static String generatedName(String table, ConstraintType type, List<String> columns, String expression) {
        List<String> cols = new ArrayList<>(columns);
        if (cols.isEmpty() && type == ConstraintType.CHECK && expression != null) {
            Matcher m = FIRST_IDENTIFIER.matcher(expression);
            if (m.find()) {
                cols.add(m.group(1) != null ? m.group(1) : m.group(2).toLowerCase(Locale.ROOT));
            }
        }
        if (type == ConstraintType.PRIMARY_KEY) {
            return table + "_pkey";
        }
        String suffix = switch (type) {
            case UNIQUE -> "key";
            case FOREIGN_KEY -> "fkey";
            case CHECK -> "check";
            case EXCLUDE -> "excl";
            case NOT_NULL -> "not_null";
            case PRIMARY_KEY -> "pkey";
        };
        if (type == ConstraintType.CHECK && cols.size() > 1) {
            cols = List.of(cols.get(0));
        }
        return cols.isEmpty() ? table + "_" + suffix : table + "_" + String.join("_", cols) + "_" + suffix;
    }

    /** Names match when the object names are equal and the schemas are equal or either is unqualified. */
    public static boolean sameName(ObjectRef a, ObjectRef b) {
        return a != null && b != null && a.name() != null && a.name().equals(b.name())
                && (a.schema() == null || b.schema() == null || a.schema().equals(b.schema()));
    }

    /** Lower-cases unquoted text and drops quotes, parentheses and spaces: {@code ("Email" IS NOT NULL)}. */
    private static String compact(String expression) {
        StringBuilder b = new StringBuilder();
        boolean quoted = false;
        for (char c : expression.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (quoted) {
                b.append(c);
            } else if (!Character.isWhitespace(c) && c != '(' && c != ')') {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }
}
