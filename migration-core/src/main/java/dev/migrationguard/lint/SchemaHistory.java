package dev.migrationguard.lint;

import dev.migrationguard.sql.AlterAction;
import dev.migrationguard.sql.ColumnDef;
import dev.migrationguard.sql.ConstraintDef;
import dev.migrationguard.sql.ConstraintType;
import dev.migrationguard.sql.ObjectRef;
import dev.migrationguard.sql.SqlScript;
import dev.migrationguard.sql.Statement;
import dev.migrationguard.sql.StatementKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the migrations before a statement did to tables: column types and constraints (with their validation
 * state), replayed from the up scripts of earlier migrations and the statements before it in its own script.
 * Tables are matched by name, whatever the schema.
 */
public final class SchemaHistory {

    /**
     * A constraint known from earlier statements.
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
    }

    private final Map<String, Map<String, String>> columnTypes = new LinkedHashMap<>();
    private final Map<String, Map<String, KnownConstraint>> constraints = new LinkedHashMap<>();

    private SchemaHistory() {
    }

    /** Replays the earlier migrations and the statements of the current script before {@code statementIndex}. */
    public static SchemaHistory before(ScriptContext ctx, int statementIndex) {
        SchemaHistory h = new SchemaHistory();
        for (SqlScript earlier : ctx.earlierUpScripts()) {
            for (Statement s : earlier.statements()) {
                h.apply(s);
            }
        }
        for (Statement s : ctx.script().statements()) {
            if (s.index() >= statementIndex) {
                break;
            }
            h.apply(s);
        }
        return h;
    }

    /** The type a column was last given, as written. */
    public Optional<String> columnType(ObjectRef table, String column) {
        Map<String, String> cols = columnTypes.get(key(table));
        return cols == null || column == null ? Optional.empty() : Optional.ofNullable(cols.get(column));
    }

    /** A constraint of {@code table} by name. */
    public Optional<KnownConstraint> constraint(ObjectRef table, String name) {
        Map<String, KnownConstraint> cs = constraints.get(key(table));
        return cs == null || name == null ? Optional.empty() : Optional.ofNullable(cs.get(name));
    }

    /** The constraints of {@code table} in the order they were added. */
    public List<KnownConstraint> constraints(ObjectRef table) {
        Map<String, KnownConstraint> cs = constraints.get(key(table));
        return cs == null ? List.of() : List.copyOf(cs.values());
    }

    /** True when a validated {@code CHECK (column IS NOT NULL)} exists on the table. */
    public boolean hasValidatedNotNullCheck(ObjectRef table, String column) {
        if (column == null) {
            return false;
        }
        String wanted = normaliseIdentifier(column) + "isnotnull";
        for (KnownConstraint c : constraints(table)) {
            if (c.type() == ConstraintType.CHECK && c.validated() && c.expression() != null
                    && compact(c.expression()).equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    private void apply(Statement s) {
        ObjectRef table = s.table().orElse(null);
        if (table == null) {
            return;
        }
        String t = key(table);
        if (s.kind() == StatementKind.CREATE_TABLE) {
            columnTypes.remove(t);
            constraints.remove(t);
            for (ColumnDef c : s.classification().columns()) {
                addColumn(t, c);
            }
            for (ConstraintDef c : s.classification().tableConstraints()) {
                addConstraint(t, c);
            }
        } else if (s.kind() == StatementKind.DROP_TABLE) {
            for (ObjectRef o : s.objects()) {
                columnTypes.remove(key(o));
                constraints.remove(key(o));
            }
        } else if (s.kind() == StatementKind.ALTER_TABLE) {
            for (AlterAction a : s.actions()) {
                t = applyAction(t, a);
            }
        }
    }

    private String applyAction(String t, AlterAction a) {
        switch (a.kind()) {
            case ADD_COLUMN -> {
                if (a.columnDef() != null) {
                    addColumn(t, a.columnDef());
                }
            }
            case ALTER_COLUMN_TYPE -> {
                if (a.columnName() != null && a.dataType() != null) {
                    columnTypes.computeIfAbsent(t, k -> new LinkedHashMap<>()).put(a.columnName(), a.dataType());
                }
            }
            case DROP_COLUMN -> {
                Map<String, String> cols = columnTypes.get(t);
                if (cols != null && a.columnName() != null) {
                    cols.remove(a.columnName());
                }
                Map<String, KnownConstraint> cs = constraints.get(t);
                if (cs != null && a.columnName() != null) {
                    cs.values().removeIf(c -> c.columns().contains(a.columnName()));
                }
            }
            case RENAME_COLUMN -> {
                Map<String, String> cols = columnTypes.get(t);
                if (cols != null && a.columnName() != null && a.newName() != null && cols.containsKey(a.columnName())) {
                    cols.put(a.newName(), cols.remove(a.columnName()));
                }
            }
            case ADD_CONSTRAINT -> {
                if (a.constraint() != null) {
                    addConstraint(t, a.constraint());
                }
            }
            case VALIDATE_CONSTRAINT -> {
                Map<String, KnownConstraint> cs = constraints.get(t);
                KnownConstraint c = cs == null || a.name() == null ? null : cs.get(a.name());
                if (c != null) {
                    cs.put(c.name(), new KnownConstraint(c.table(), c.name(), c.type(), c.columns(), c.expression(),
                            true));
                }
            }
            case DROP_CONSTRAINT -> {
                Map<String, KnownConstraint> cs = constraints.get(t);
                if (cs != null && a.name() != null) {
                    cs.remove(a.name());
                }
            }
            case RENAME_CONSTRAINT -> {
                Map<String, KnownConstraint> cs = constraints.get(t);
                KnownConstraint c = cs == null || a.name() == null ? null : cs.remove(a.name());
                if (c != null && a.newName() != null) {
                    cs.put(a.newName(), new KnownConstraint(c.table(), a.newName(), c.type(), c.columns(),
                            c.expression(), c.validated()));
                }
            }
            case RENAME_TABLE -> {
                if (a.newName() != null) {
                    String to = a.newName();
                    Map<String, String> cols = columnTypes.remove(t);
                    if (cols != null) {
                        columnTypes.put(to, cols);
                    }
                    Map<String, KnownConstraint> cs = constraints.remove(t);
                    if (cs != null) {
                        constraints.put(to, cs);
                    }
                    return to;
                }
            }
            default -> {
                // other actions change neither types nor constraints
            }
        }
        return t;
    }

    private void addColumn(String t, ColumnDef c) {
        if (c.name() == null) {
            return;
        }
        if (c.dataType() != null) {
            columnTypes.computeIfAbsent(t, k -> new LinkedHashMap<>()).put(c.name(), c.dataType());
        }
        if (c.constraints() != null) {
            for (ConstraintDef k : c.constraints()) {
                List<String> cols = k.columns() == null || k.columns().isEmpty() ? List.of(c.name()) : k.columns();
                addConstraint(t, new ConstraintDef(k.name(), k.type(), cols, k.notValid(), k.usingIndex(),
                        k.referencedTable(), k.expression()));
            }
        }
    }

    private void addConstraint(String t, ConstraintDef c) {
        if (c.type() == null) {
            return;
        }
        List<String> cols = c.columns() == null ? List.of() : c.columns();
        String name = c.name() != null ? c.name() : generatedName(t, c.type(), cols, c.expression());
        constraints.computeIfAbsent(t, k -> new LinkedHashMap<>()).put(name,
                new KnownConstraint(t, name, c.type(), cols, c.expression(), !c.notValid()));
    }

    /** The name PostgreSQL gives an unnamed constraint (before truncation to 63 bytes). */
    static String generatedName(String table, ConstraintType type, List<String> columns, String expression) {
        List<String> cols = new ArrayList<>(columns);
        if (cols.isEmpty() && type == ConstraintType.CHECK && expression != null) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"([^\"]+)\"|([A-Za-z_][A-Za-z0-9_$]*)")
                    .matcher(expression);
            if (m.find()) {
                cols.add(m.group(1) != null ? m.group(1) : m.group(2).toLowerCase(Locale.ROOT));
            }
        }
        String suffix = switch (type) {
            case PRIMARY_KEY -> "pkey";
            case UNIQUE -> "key";
            case FOREIGN_KEY -> "fkey";
            case CHECK -> "check";
            case EXCLUDE -> "excl";
            case NOT_NULL -> "not_null";
        };
        if (type == ConstraintType.PRIMARY_KEY) {
            return table + "_pkey";
        }
        if (type == ConstraintType.CHECK && cols.size() > 1) {
            cols = List.of(cols.get(0));
        }
        return cols.isEmpty() ? table + "_" + suffix : table + "_" + String.join("_", cols) + "_" + suffix;
    }

    private static String key(ObjectRef table) {
        return table.name();
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

    private static String normaliseIdentifier(String column) {
        return column.replace(" ", "");
    }
}
