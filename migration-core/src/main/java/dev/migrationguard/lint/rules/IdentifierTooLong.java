package dev.migrationguard.lint.rules;

import dev.migrationguard.lint.Risk;
import dev.migrationguard.lint.RuleInfo;
import dev.migrationguard.lint.ScriptContext;
import dev.migrationguard.lint.Severity;
import dev.migrationguard.lint.StatementRule;
import dev.migrationguard.sql.AlterAction;
import dev.migrationguard.sql.AlterActionKind;
import dev.migrationguard.sql.ColumnDef;
import dev.migrationguard.sql.ConstraintDef;
import dev.migrationguard.sql.ObjectRef;
import dev.migrationguard.sql.Statement;
import dev.migrationguard.sql.StatementKind;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A name the statement gives (object, column, constraint, rename target) longer than 63 bytes: PostgreSQL silently
 * truncates it to 63 bytes (NAMEDATALEN - 1), so later statements naming it in full target a different name, and two
 * long names with the same first 63 bytes collide. A long name the statement only refers to (DROP, ALTER, a referenced
 * table, a constraint's columns) is truncated too, so the statement acts on whatever has the truncated name.
 */
@RuleInfo(id = "identifier-too-long", severity = Severity.WARNING, risk = Risk.LOW,
        summary = "PostgreSQL truncates names longer than 63 bytes, where they are given and where they are used")
public final class IdentifierTooLong extends StatementRule {

    static final int MAX_BYTES = 63;

    @Override
    protected void check(Statement s, ScriptContext ctx) {
        Set<String> names = new LinkedHashSet<>();
        if (s.kind().isCreate() && s.kind() != StatementKind.CREATE_INDEX && !s.objects().isEmpty()) {
            add(names, s.objects().get(0));
        }
        if (s.kind() == StatementKind.CREATE_INDEX) {
            s.classification().first(dev.migrationguard.sql.ObjectType.INDEX).ifPresent(i -> add(names, i));
        }
        for (ColumnDef c : s.classification().columns()) {
            add(names, c);
        }
        for (ConstraintDef c : s.classification().tableConstraints()) {
            add(names, c.name());
        }
        for (AlterAction a : s.actions()) {
            if (a.kind() == AlterActionKind.ADD_COLUMN) {
                add(names, a.columnDef());
            }
            if (a.kind() == AlterActionKind.ADD_CONSTRAINT && a.constraint() != null) {
                add(names, a.constraint().name());
            }
            if (a.newName() != null && (a.kind() == AlterActionKind.RENAME_COLUMN
                    || a.kind() == AlterActionKind.RENAME_TABLE || a.kind() == AlterActionKind.RENAME_CONSTRAINT)) {
                add(names, a.newName());
            }
        }
        for (String name : names) {
            int bytes = name.getBytes(StandardCharsets.UTF_8).length;
            ctx.report(s, "Name " + Names.quoted(name) + " is " + bytes + " bytes long: PostgreSQL truncates it to "
                            + MAX_BYTES + " bytes, so later statements using the full name miss it",
                    "shorten the name to at most 63 bytes");
        }
        Set<String> referenced = new LinkedHashSet<>();
        for (ObjectRef o : s.objects()) {
            if (o != null) {
                add(referenced, o.schema());
                add(referenced, o.name());
            }
        }
        for (AlterAction a : s.actions()) {
            add(referenced, a.columnName());
            add(referenced, a.name());
            if (a.constraint() != null) {
                add(referenced, a.constraint().columns());
                add(referenced, a.constraint().referencedTable());
                add(referenced, a.constraint().usingIndex());
            }
        }
        for (ConstraintDef c : s.classification().tableConstraints()) {
            add(referenced, c.columns());
            add(referenced, c.referencedTable());
        }
        for (String column : dev.migrationguard.sql.IndexColumns.of(s)) {
            if (column.indexOf('(') < 0 && column.indexOf(' ') < 0) { // a column, not an expression
                add(referenced, column);
            }
        }
        referenced.removeAll(names);
        for (String name : referenced) {
            int bytes = name.getBytes(StandardCharsets.UTF_8).length;
            ctx.report(s, "Name " + Names.quoted(name) + " is " + bytes + " bytes long: PostgreSQL truncates it to "
                            + Names.quoted(truncated(name)) + ", so the statement acts on whatever has that name, "
                            + "which may be another object",
                    "use the name PostgreSQL stored (its first 63 bytes), or rename the object to at most 63 bytes");
        }
    }

    /** The name as PostgreSQL stores it: its first 63 bytes, cut at a character boundary. */
    static String truncated(String name) {
        StringBuilder b = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + n > MAX_BYTES) {
                break;
            }
            b.appendCodePoint(cp);
            bytes += n;
            i += Character.charCount(cp);
        }
        return b.toString();
    }

    private static void add(Set<String> names, java.util.List<String> list) {
        if (list != null) {
            list.forEach(n -> add(names, n));
        }
    }

    private static void add(Set<String> names, ObjectRef ref) {
        if (ref != null) {
            add(names, ref.name());
        }
    }

    private static void add(Set<String> names, ColumnDef c) {
        if (c == null) {
            return;
        }
        add(names, c.name());
        if (c.constraints() != null) {
            for (ConstraintDef k : c.constraints()) {
                add(names, k.name());
            }
        }
    }

    private static void add(Set<String> names, String name) {
        // a name holding a ${property} left as written gets its length when the property is set, not here
        if (name != null && !name.contains("${") && name.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            names.add(name);
        }
    }
}
