package dev.migrationguard.lint.rules;

import dev.migrationguard.lint.ScriptContext;
import dev.migrationguard.sql.LockLevel;
import dev.migrationguard.sql.Statement;
import dev.migrationguard.sql.StatementKind;
import dev.migrationguard.sql.TableLock;
import dev.migrationguard.sql.Token;
import dev.migrationguard.sql.TokenType;
import java.util.List;

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
            for (int i = 0; i < t.size(); i++) {
                if (t.get(i).identifier().equalsIgnoreCase(setting)) {
                    return nonZero(t, i + 1);
                }
            }
            return false;
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

    /** The first lock of {@code s} that blocks writes on a table existing before the script, or null. */
    static TableLock blockingLock(Statement s, ScriptContext ctx) {
        for (TableLock l : s.classification().locks()) {
            if (l != null && l.level().compareTo(LockLevel.SHARE) >= 0 && l.on() != null && l.on().name() != null
                    && !ctx.createdEarlierInScript(l.on(), s.index())
                    && !ctx.objectCreatedEarlierInScript(l.on().type(), l.on(), s.index())) {
                return l;
            }
        }
        return null;
    }
}
