package dev.migrationguard.lint.rules;

import dev.migrationguard.lint.ScriptContext;
import dev.migrationguard.sql.LockLevel;
import dev.migrationguard.sql.Statement;
import dev.migrationguard.sql.StatementKind;
import dev.migrationguard.sql.TableLock;
import dev.migrationguard.sql.Token;
import dev.migrationguard.sql.TokenType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** How the timeout rules recognise a timeout being set, and a statement that needs one. */
final class SessionTimeouts {

    private SessionTimeouts() {
    }

    /** True for a configured runner timeout other than none or zero. */
    static boolean configured(String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        String v = value.trim().replace("'", "");
        return !v.matches("0+(\\.0+)?\\s*[a-z]*");
    }

    /**
     * True when {@code s} sets {@code setting} to a non-zero value: {@code SET [LOCAL|SESSION] setting = v},
     * {@code SET setting TO v}, or {@code SELECT set_config('setting', v, ...)}.
     */
    static boolean sets(Statement s, String setting) {
        List<Token> t = s.tokens();
        if (s.kind() == StatementKind.SET) {
            // SET [SESSION | LOCAL] name {TO | =} value: the whole (possibly dotted) name must be the setting, so a
            // custom setting such as app.lock_timeout is not taken for lock_timeout
            int i = nextCode(t, 0);
            if (i < t.size() && t.get(i).is("set")) {
                i = nextCode(t, i + 1);
            }
            if (i < t.size() && (t.get(i).is("session") || t.get(i).is("local"))) {
                i = nextCode(t, i + 1);
            }
            StringBuilder name = new StringBuilder();
            while (i < t.size()) {
                Token part = t.get(i);
                if (part.type() != TokenType.WORD && part.type() != TokenType.QUOTED_IDENTIFIER) {
                    break;
                }
                name.append(part.identifier());
                int after = nextCode(t, i + 1);
                if (after < t.size() && t.get(after).isSymbol(".")) {
                    name.append('.');
                    i = nextCode(t, after + 1);
                } else {
                    i = after;
                    break;
                }
            }
            return name.toString().equalsIgnoreCase(setting) && nonZero(t, i);
        }
        if (s.kind() == StatementKind.SELECT) {
            for (int i = 0; i + 2 < t.size(); i++) {
                if (t.get(i).is("set_config") && t.get(i + 2).type() == TokenType.STRING
                        && t.get(i + 2).text().equalsIgnoreCase("'" + setting + "'")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The index of the first token at or after {@code from} that is not a comment or whitespace. */
    private static int nextCode(List<Token> t, int from) {
        int i = from;
        while (i < t.size() && t.get(i).isTrivia()) {
            i++;
        }
        return i;
    }

    private static boolean nonZero(List<Token> t, int from) {
        for (int i = from; i < t.size(); i++) {
            Token k = t.get(i);
            if (k.is("to") || k.isSymbol("=")) {
                continue;
            }
            if (k.is("default")) {
                return false;
            }
            return configured(k.text());
        }
        return false;
    }

    /** The locks of {@code s} that block writes (SHARE or stronger) on objects existing before the script. */
    static List<TableLock> blockingLocks(Statement s, ScriptContext ctx) {
        List<TableLock> found = new ArrayList<>();
        for (TableLock l : s.classification().locks()) {
            if (l != null && l.level().compareTo(LockLevel.SHARE) >= 0 && l.on() != null && l.on().name() != null
                    && !ctx.createdEarlierInScript(l.on(), s.index())
                    && !ctx.objectCreatedEarlierInScript(l.on().type(), l.on(), s.index())) {
                found.add(l);
            }
        }
        return found;
    }

    /**
     * The statements of the script that need {@code setting}: those taking a blocking lock on an existing object,
     * before the first statement that sets it. Empty when the setting comes before any of them.
     */
    static Locking locking(ScriptContext ctx, String setting) {
        List<Statement> statements = new ArrayList<>();
        Set<String> tables = new LinkedHashSet<>();
        TableLock first = null;
        for (Statement s : ctx.script().statements()) {
            if (sets(s, setting)) {
                break;
            }
            List<TableLock> locks = blockingLocks(s, ctx);
            if (locks.isEmpty()) {
                continue;
            }
            List<TableLock> onTables = new java.util.ArrayList<>();
            for (TableLock l : locks) {
                // an index's lock is on its table: name the table when an earlier statement created the index
                onTables.add(l.on().type() == dev.migrationguard.sql.ObjectType.INDEX
                        ? dev.migrationguard.lint.risk.LockTarget.onTable(l, ctx.schemaBefore(s.index())) : l);
            }
            if (first == null) {
                first = onTables.get(0);
            }
            statements.add(s);
            for (TableLock l : onTables) {
                tables.add(target(l));
            }
        }
        return new Locking(List.copyOf(statements), List.copyOf(tables), first);
    }

    /** {@code "users"}, or {@code the table of index i} for a lock on an index whose table is not known. */
    static String target(TableLock l) {
        return l.on().type() == dev.migrationguard.sql.ObjectType.INDEX
                ? dev.migrationguard.lint.risk.LockTarget.name(l) : Names.quoted(l.on());
    }

    /**
     * The locking statements of a script that lack a timeout, the objects they lock (quoted, each once, in order)
     * and the first statement's first blocking lock.
     */
    record Locking(List<Statement> statements, List<String> tables, TableLock first) {

        boolean none() {
            return statements.isEmpty();
        }

        /** The objects, at most five by name: {@code "a", "b" and 3 more}. */
        String tableList() {
            return Names.list(tables, 5);
        }
    }
}
