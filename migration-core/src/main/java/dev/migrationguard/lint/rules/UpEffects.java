package dev.migrationguard.lint.rules;

import dev.migrationguard.lint.ScriptContext;
import dev.migrationguard.sql.AlterAction;
import dev.migrationguard.sql.AlterActionKind;
import dev.migrationguard.sql.ObjectRef;
import dev.migrationguard.sql.ObjectType;
import dev.migrationguard.sql.SqlScript;
import dev.migrationguard.sql.Statement;
import dev.migrationguard.sql.StatementFlag;
import dev.migrationguard.sql.StatementKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an up script did that its down script has to undo, and the test whether a down script undoes each effect.
 * Only effects with a known inverse are listed; data changes and statements without a clear inverse are left out.
 */
final class UpEffects {

    /** CREATE kinds with the DROP kind that undoes them and the type of the object they create. */
    private static final Map<StatementKind, Inverse> CREATES = Map.ofEntries(
            Map.entry(StatementKind.CREATE_TABLE, new Inverse(StatementKind.DROP_TABLE, ObjectType.TABLE, "table")),
            Map.entry(StatementKind.CREATE_TABLE_AS, new Inverse(StatementKind.DROP_TABLE, ObjectType.TABLE, "table")),
            Map.entry(StatementKind.CREATE_INDEX, new Inverse(StatementKind.DROP_INDEX, ObjectType.INDEX, "index")),
            Map.entry(StatementKind.CREATE_VIEW, new Inverse(StatementKind.DROP_VIEW, ObjectType.VIEW, "view")),
            Map.entry(StatementKind.CREATE_MATERIALIZED_VIEW, new Inverse(StatementKind.DROP_MATERIALIZED_VIEW,
                    ObjectType.MATERIALIZED_VIEW, "materialized view")),
            Map.entry(StatementKind.CREATE_TYPE, new Inverse(StatementKind.DROP_TYPE, ObjectType.TYPE, "type")),
            Map.entry(StatementKind.CREATE_DOMAIN, new Inverse(StatementKind.DROP_DOMAIN, ObjectType.DOMAIN,
                    "domain")),
            Map.entry(StatementKind.CREATE_FUNCTION, new Inverse(StatementKind.DROP_FUNCTION, ObjectType.FUNCTION,
                    "function")),
            Map.entry(StatementKind.CREATE_PROCEDURE, new Inverse(StatementKind.DROP_PROCEDURE,
                    ObjectType.PROCEDURE, "procedure")),
            Map.entry(StatementKind.CREATE_SEQUENCE, new Inverse(StatementKind.DROP_SEQUENCE, ObjectType.SEQUENCE,
                    "sequence")),
            Map.entry(StatementKind.CREATE_TRIGGER, new Inverse(StatementKind.DROP_TRIGGER, ObjectType.TRIGGER,
                    "trigger")),
            Map.entry(StatementKind.CREATE_SCHEMA, new Inverse(StatementKind.DROP_SCHEMA, ObjectType.SCHEMA,
                    "schema")),
            Map.entry(StatementKind.CREATE_EXTENSION, new Inverse(StatementKind.DROP_EXTENSION,
                    ObjectType.EXTENSION, "extension")));

    /** The key list of a CREATE INDEX: the parentheses after {@code ON table [USING method]}. */
    private static final Pattern INDEX_COLUMNS = Pattern.compile("(?is)\\bON\\s+(?:ONLY\\s+)?[\\w.\"$]+\\s*"
            + "(?:USING\\s+\\w+\\s*)?\\((.*?)\\)\\s*(?:INCLUDE|WITH|WHERE|TABLESPACE|NULLS|;|$)");
    private static final Pattern IDENTIFIER = Pattern.compile("\"([^\"]+)\"|\\b([A-Za-z_][A-Za-z0-9_$]*)\\b");
    /** {@code OWNED BY table.column} of a CREATE or ALTER SEQUENCE. */
    private static final Pattern OWNED_BY = Pattern.compile("(?is)\\bOWNED\\s+BY\\s+((?:\"[^\"]+\"|[\\w$]+)"
            + "(?:\\.(?:\"[^\"]+\"|[\\w$]+))*)\\.(\"[^\"]+\"|[\\w$]+)");
    /** {@code RENAME TO name} of an ALTER statement. */
    private static final Pattern RENAME_TO = Pattern.compile("(?is)\\bRENAME\\s+TO\\s+(\"[^\"]+\"|[\\w$]+)");
    /** The kinds whose DROP takes the indexes, triggers, rules and constraints of a relation with it. */
    private static final Set<StatementKind> RELATION_DROPS = Set.of(StatementKind.DROP_TABLE, StatementKind.DROP_VIEW,
            StatementKind.DROP_MATERIALIZED_VIEW);

    private record Inverse(StatementKind drop, ObjectType type, String noun) {
    }

    /**
     * One change of the up script.
     *
     * @param statement   the up statement
     * @param description what it did, e.g. {@code creates index idx_users_email}
     * @param undone      the form of the missing inverse, e.g. {@code never drops it}
     * @param test        whether a down statement undoes it
     */
    record Effect(Statement statement, String description, String undone, java.util.function.Predicate<Down> test) {
    }

    /** The down script, with what it drops, for the tests. */
    record Down(SqlScript script) {

        boolean drops(StatementKind kind, ObjectType type, ObjectRef ref) {
            for (Statement s : script.statements()) {
                if (s.kind() == kind && s.objects().stream().anyMatch(o -> o.type() == type
                        && ScriptContext.sameName(o, ref))) {
                    return true;
                }
                if (s.kind() == StatementKind.DROP_SCHEMA && ref.schema() != null && s.objects().stream()
                        .anyMatch(o -> o.name().equals(ref.schema()))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * True when the down drops {@code table}, or a view or materialized view of that name (an index or trigger
         * names its relation as a table): its indexes, triggers and constraints go with it.
         */
        boolean dropsTable(ObjectRef table) {
            if (table == null) {
                return false;
            }
            for (Statement s : script.statements()) {
                if (RELATION_DROPS.contains(s.kind()) && s.objects().stream().anyMatch(o -> o.name() != null
                        && o.name().equals(table.name()) && (o.schema() == null || table.schema() == null
                        || o.schema().equals(table.schema())))) {
                    return true;
                }
            }
            return drops(StatementKind.DROP_TABLE, ObjectType.TABLE, table);
        }

        /**
         * True when a {@code DROP ... CASCADE} of the down drops an object that {@code upStatement} names: what the
         * up statement made on it (a view on a table, a trigger calling a function, a foreign key to a table, a
         * column of a type) goes with it.
         */
        boolean cascadesOver(Statement upStatement) {
            Set<String> named = null;
            for (Statement s : script.statements()) {
                if (!s.has(StatementFlag.CASCADE) || !s.kind().name().startsWith("DROP_")) {
                    continue;
                }
                if (named == null) {
                    named = identifiers(upStatement.text());
                }
                for (ObjectRef o : s.objects()) {
                    if (o.name() != null && named.contains(o.name())) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** True when the down creates an object of {@code type} named {@code ref} (whatever the CREATE form). */
        boolean creates(ObjectType type, ObjectRef ref) {
            return script.statements().stream().anyMatch(s -> CREATES.containsKey(s.kind())
                    && CREATES.get(s.kind()).type() == type
                    && s.classification().first(type).filter(o -> ScriptContext.sameName(o, ref)).isPresent());
        }

        boolean replaces(StatementKind kind, ObjectType type, ObjectRef ref) {
            return script.statements().stream().anyMatch(s -> s.kind() == kind
                    && s.classification().first(type).filter(o -> ScriptContext.sameName(o, ref)).isPresent());
        }

        /** True when an ALTER TABLE of {@code table} in the down has an action matching {@code test}. */
        boolean hasAction(ObjectRef table, java.util.function.Predicate<AlterAction> test) {
            for (Statement s : script.statements()) {
                if (s.kind() != StatementKind.ALTER_TABLE || s.table().isEmpty()
                        || !ScriptContext.sameName(s.table().get(), table)) {
                    continue;
                }
                if (s.actions().stream().anyMatch(test)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * True when the down drops one of {@code columns} of {@code table}: PostgreSQL then drops the indexes and
         * constraints that use it too.
         */
        boolean dropsAnyColumn(ObjectRef table, Set<String> columns) {
            return !columns.isEmpty() && hasAction(table, a -> a.kind() == AlterActionKind.DROP_COLUMN
                    && columns.contains(a.columnName()));
        }

        boolean dropsColumn(ObjectRef table, String column) {
            return dropsTable(table) || hasAction(table, a -> a.kind() == AlterActionKind.DROP_COLUMN
                    && column.equals(a.columnName()));
        }
    }

    private UpEffects() {
    }

    /** The effects of {@code up} that have a known inverse, in script order. */
    static List<Effect> of(SqlScript up) {
        return of(up, (type, ref) -> false);
    }

    /**
     * The effects of {@code up} that have a known inverse, in script order; {@code existedBefore} tells whether an
     * object existed before the migration (a {@code CREATE ... IF NOT EXISTS} of it then creates nothing).
     */
    static List<Effect> of(SqlScript up, java.util.function.BiPredicate<ObjectType, ObjectRef> existedBefore) {
        List<Effect> effects = new ArrayList<>();
        for (Statement s : up.statements()) {
            Inverse inverse = CREATES.get(s.kind());
            if (inverse != null) {
                create(s, inverse, up, existedBefore, effects);
            } else if (s.kind() == StatementKind.ALTER_TABLE && s.table().isPresent()) {
                for (AlterAction a : s.actions()) {
                    if (a.kind() == AlterActionKind.RENAME_TABLE && createdBefore(up, s, s.table().get())) {
                        continue; // a table the up created and renamed: its creation is the effect, under the new name
                    }
                    alter(s, s.table().get(), a, effects);
                }
            }
        }
        return effects;
    }

    /** True when a statement of {@code up} before {@code s} creates table {@code table}. */
    private static boolean createdBefore(SqlScript up, Statement s, ObjectRef table) {
        return up.statements().stream().anyMatch(c -> c.index() < s.index() && (c.kind() == StatementKind.CREATE_TABLE
                || c.kind() == StatementKind.CREATE_TABLE_AS) && c.table()
                .filter(t -> ScriptContext.sameName(t, table)).isPresent());
    }

    /** True when the up script creates table {@code table}. */
    static boolean createsTable(SqlScript up, ObjectRef table) {
        return up.statements().stream().anyMatch(s -> (s.kind() == StatementKind.CREATE_TABLE
                || s.kind() == StatementKind.CREATE_TABLE_AS) && s.table()
                .filter(t -> ScriptContext.sameName(t, table)).isPresent());
    }

    /** True when the up script adds column {@code column} to {@code table}. */
    static boolean addsColumn(SqlScript up, ObjectRef table, String column) {
        return up.statements().stream().anyMatch(s -> s.kind() == StatementKind.ALTER_TABLE && s.table()
                .filter(t -> ScriptContext.sameName(t, table)).isPresent() && s.actions().stream()
                .anyMatch(a -> a.kind() == AlterActionKind.ADD_COLUMN && column.equals(a.columnName())));
    }

    private static void create(Statement s, Inverse inverse, SqlScript up,
                               java.util.function.BiPredicate<ObjectType, ObjectRef> existedBefore,
                               List<Effect> effects) {
        ObjectRef created = s.classification().first(inverse.type()).orElse(null);
        if (created == null || created.name() == null || s.has(StatementFlag.TEMPORARY)
                || droppedLater(up, s, inverse, created)
                || (s.has(StatementFlag.IF_NOT_EXISTS) && existedBefore.test(inverse.type(), created))) {
            return;
        }
        // created, then renamed by the up: the object the down has to drop has the new name
        String renamed = renamedLater(up, s, inverse.type(), created);
        ObjectRef ref = renamed == null ? created : new ObjectRef(created.type(), created.schema(), renamed);
        ObjectRef table = inverse.type() == ObjectType.INDEX || inverse.type() == ObjectType.TRIGGER
                ? s.classification().first(ObjectType.TABLE).orElse(null) : null;
        Set<String> indexed = inverse.type() == ObjectType.INDEX ? indexColumns(s.text()) : Set.of();
        // replaced (CREATE OR REPLACE) or dropped first and created again: the object was there before the up, and a
        // down that creates it again restores it
        boolean recreated = s.has(StatementFlag.OR_REPLACE) || droppedBefore(up, s, inverse, created);
        ObjectRef[] owner = inverse.type() == ObjectType.SEQUENCE ? sequenceOwner(up, s, created) : null;
        effects.add(new Effect(s, "creates " + inverse.noun() + " " + created.qualifiedName()
                + (renamed == null ? "" : " (renamed " + renamed + ")"), "never drops it",
                down -> down.drops(inverse.drop(), inverse.type(), ref) || down.dropsTable(table)
                        || (table != null && down.dropsAnyColumn(table, indexed))
                        || (recreated && (down.replaces(s.kind(), inverse.type(), ref)
                        || down.creates(inverse.type(), ref)))
                        || (owner != null && down.dropsColumn(owner[0], owner[1].name()))));
    }

    /** A DROP of the object before its CREATE in the up: the up replaces an object that existed. */
    private static boolean droppedBefore(SqlScript up, Statement create, Inverse inverse, ObjectRef ref) {
        return up.statements().stream().anyMatch(s -> s.index() < create.index() && s.kind() == inverse.drop()
                && s.objects().stream().anyMatch(o -> ScriptContext.sameName(o, ref)));
    }

    /** The new name when a later statement of the up renames the object ({@code ALTER ... name RENAME TO new}). */
    private static String renamedLater(SqlScript up, Statement create, ObjectType type, ObjectRef ref) {
        for (Statement s : up.statements()) {
            if (s.index() <= create.index() || !s.kind().name().startsWith("ALTER_")) {
                continue;
            }
            if (s.kind() == StatementKind.ALTER_TABLE && type == ObjectType.TABLE) {
                if (s.table().filter(t -> ScriptContext.sameName(t, ref)).isEmpty()) {
                    continue;
                }
                for (AlterAction a : s.actions()) {
                    if (a.kind() == AlterActionKind.RENAME_TABLE && a.newName() != null) {
                        return a.newName();
                    }
                }
            } else if (s.objects().stream().anyMatch(o -> o.type() == type && ScriptContext.sameName(o, ref))) {
                Matcher m = RENAME_TO.matcher(s.text());
                if (m.find()) {
                    return fold(m.group(1));
                }
            }
        }
        return null;
    }

    /**
     * The table and column a sequence is owned by ({@code CREATE SEQUENCE ... OWNED BY t.c} or a later
     * {@code ALTER SEQUENCE ... OWNED BY t.c} of the up): dropping either drops the sequence. Null when not owned.
     */
    private static ObjectRef[] sequenceOwner(SqlScript up, Statement create, ObjectRef sequence) {
        for (Statement s : up.statements()) {
            boolean about = s == create || (s.index() > create.index() && s.kind() == StatementKind.ALTER_SEQUENCE
                    && s.objects().stream().anyMatch(o -> ScriptContext.sameName(o, sequence)));
            if (!about) {
                continue;
            }
            Matcher m = OWNED_BY.matcher(s.text());
            if (m.find()) {
                String table = m.group(1);
                int dot = table.lastIndexOf('.');
                ObjectRef t = dot < 0 ? ObjectRef.table(null, fold(table))
                        : ObjectRef.table(fold(table.substring(0, dot)), fold(table.substring(dot + 1)));
                return new ObjectRef[] {t, new ObjectRef(ObjectType.TABLE, null, fold(m.group(2)))};
            }
        }
        return null;
    }

    /** An identifier as PostgreSQL folds it: quoted kept, unquoted in lower case. */
    private static String fold(String identifier) {
        return identifier.startsWith("\"") ? identifier.substring(1, identifier.length() - 1)
                : identifier.toLowerCase(Locale.ROOT);
    }

    /** A CREATE followed by a DROP of the same object in the up script leaves nothing to undo. */
    private static boolean droppedLater(SqlScript up, Statement create, Inverse inverse, ObjectRef ref) {
        return up.statements().stream().anyMatch(s -> s.index() > create.index() && s.kind() == inverse.drop()
                && s.objects().stream().anyMatch(o -> ScriptContext.sameName(o, ref)));
    }

    private static void alter(Statement s, ObjectRef table, AlterAction a, List<Effect> effects) {
        String t = table.qualifiedName();
        String col = a.columnName();
        switch (a.kind()) {
            case ADD_COLUMN -> {
                if (col != null) {
                    effects.add(new Effect(s, "adds column " + col + " to " + t, "never drops it",
                            down -> down.dropsColumn(table, col)));
                }
            }
            case ADD_CONSTRAINT -> {
                if (a.constraint() != null && a.constraint().name() != null) {
                    String name = a.constraint().name();
                    Set<String> used = new HashSet<>(a.constraint().columns());
                    if (a.constraint().expression() != null) {
                        used.addAll(identifiers(a.constraint().expression()));
                    }
                    effects.add(new Effect(s, "adds constraint " + name + " on " + t, "never drops it",
                            down -> down.dropsTable(table) || down.dropsAnyColumn(table, used) || down.hasAction(table,
                                    d -> d.kind() == AlterActionKind.DROP_CONSTRAINT && name.equals(d.name()))));
                }
            }
            case RENAME_COLUMN -> {
                if (col != null && a.newName() != null) {
                    effects.add(new Effect(s, "renames column " + col + " of " + t + " to " + a.newName(),
                            "never renames it back", down -> down.hasAction(table,
                                    d -> d.kind() == AlterActionKind.RENAME_COLUMN
                                            && a.newName().equals(d.columnName()) && col.equals(d.newName()))
                                    || renamedBackAnyTable(down, a.newName(), col)));
                }
            }
            case RENAME_CONSTRAINT -> {
                if (a.name() != null && a.newName() != null) {
                    effects.add(new Effect(s, "renames constraint " + a.name() + " of " + t + " to " + a.newName(),
                            "never renames it back", down -> down.hasAction(table,
                                    d -> d.kind() == AlterActionKind.RENAME_CONSTRAINT
                                            && a.newName().equals(d.name()) && a.name().equals(d.newName()))));
                }
            }
            case RENAME_TABLE -> {
                if (a.newName() != null) {
                    ObjectRef renamed = new ObjectRef(ObjectType.TABLE, table.schema(), a.newName());
                    effects.add(new Effect(s, "renames table " + t + " to " + a.newName(), "never renames it back",
                            down -> down.hasAction(renamed, d -> d.kind() == AlterActionKind.RENAME_TABLE
                                    && table.name().equals(d.newName()))));
                }
            }
            case SET_NOT_NULL -> columnEffect(s, table, col, "sets column " + col + " of " + t + " NOT NULL",
                    "never drops NOT NULL", AlterActionKind.DROP_NOT_NULL, null, effects);
            case DROP_NOT_NULL -> columnEffect(s, table, col, "drops NOT NULL of column " + col + " of " + t,
                    "never sets it back", AlterActionKind.SET_NOT_NULL, null, effects);
            case SET_DEFAULT -> columnEffect(s, table, col, "sets the default of column " + col + " of " + t,
                    "never drops or resets it", AlterActionKind.DROP_DEFAULT, AlterActionKind.SET_DEFAULT, effects);
            case DROP_DEFAULT -> columnEffect(s, table, col, "drops the default of column " + col + " of " + t,
                    "never sets it back", AlterActionKind.SET_DEFAULT, null, effects);
            case ALTER_COLUMN_TYPE -> columnEffect(s, table, col, "changes the type of column " + col + " of " + t
                            + (a.dataType() == null ? "" : " to " + a.dataType()), "never changes it back",
                    AlterActionKind.ALTER_COLUMN_TYPE, null, effects);
            default -> {
                // no known inverse: not checked
            }
        }
    }

    /** The identifiers in the column list of a CREATE INDEX (expressions included): the columns it may use. */
    private static Set<String> indexColumns(String text) {
        Matcher m = INDEX_COLUMNS.matcher(text);
        return m.find() ? identifiers(m.group(1)) : Set.of();
    }

    /** The identifiers of an expression, folded like PostgreSQL folds unquoted names. */
    private static Set<String> identifiers(String expression) {
        Set<String> out = new HashSet<>();
        Matcher m = IDENTIFIER.matcher(expression);
        while (m.find()) {
            out.add(m.group(1) != null ? m.group(1) : m.group(2).toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static boolean renamedBackAnyTable(Down down, String from, String to) {
        return down.script().statements().stream().anyMatch(s -> s.kind() == StatementKind.ALTER_TABLE
                && s.actions().stream().anyMatch(d -> d.kind() == AlterActionKind.RENAME_COLUMN
                && from.equals(d.columnName()) && to.equals(d.newName())));
    }

    private static void columnEffect(Statement s, ObjectRef table, String col, String description, String undone,
                                     AlterActionKind inverse, AlterActionKind alternative, List<Effect> effects) {
        if (col == null) {
            return;
        }
        effects.add(new Effect(s, description, undone, down -> down.dropsColumn(table, col)
                || down.hasAction(table, d -> col.equals(d.columnName())
                && (d.kind() == inverse || Objects.equals(d.kind(), alternative)))));
    }
}
