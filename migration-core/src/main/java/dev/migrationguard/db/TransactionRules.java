package dev.migrationguard.db;

import dev.migrationguard.sql.Statement;
import dev.migrationguard.sql.Token;
import dev.migrationguard.sql.TokenType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which statements PostgreSQL refuses inside a transaction block ("cannot run inside a transaction block"), read from
 * the statement's tokens: CREATE/DROP INDEX CONCURRENTLY, REINDEX ... CONCURRENTLY, REINDEX DATABASE/SYSTEM,
 * ALTER TABLE ... DETACH PARTITION ... CONCURRENTLY, VACUUM, CREATE/DROP DATABASE, CREATE/DROP TABLESPACE,
 * ALTER SYSTEM, and ALTER TYPE ... ADD VALUE before PostgreSQL 12.
 */
public final class TransactionRules {

    private TransactionRules() {
    }

    /** The reason {@code statement} cannot run in a transaction block on {@code serverMajor}, or null when it can. */
    public static String reasonOutsideTransaction(Statement statement, int serverMajor) {
        List<String> words = leadingWords(statement, 3);
        if (words.isEmpty()) {
            return null;
        }
        String first = words.get(0);
        String second = words.size() > 1 ? words.get(1) : "";
        boolean concurrently = hasWord(statement, "concurrently");
        switch (first) {
            case "vacuum":
                return "VACUUM";
            case "create", "drop":
                if (second.equals("database") || second.equals("tablespace")) {
                    return upper(first) + " " + upper(second);
                }
                if (concurrently && (second.equals("index") || second.equals("unique"))) {
                    return upper(first) + " INDEX CONCURRENTLY";
                }
                return null;
            case "reindex":
                if (concurrently) {
                    return "REINDEX ... CONCURRENTLY";
                }
                return second.equals("database") || second.equals("system") ? "REINDEX " + upper(second) : null;
            case "alter":
                if (second.equals("system")) {
                    return "ALTER SYSTEM";
                }
                if (second.equals("table") && concurrently && hasWord(statement, "detach")) {
                    return "DETACH PARTITION ... CONCURRENTLY";
                }
                if (second.equals("type") && serverMajor > 0 && serverMajor < 12 && hasWord(statement, "add")
                        && hasWord(statement, "value")) {
                    return "ALTER TYPE ... ADD VALUE before PostgreSQL 12";
                }
                return null;
            default:
                return null;
        }
    }

    /** True for statements that change nothing by themselves and may precede either kind (SET, RESET, SHOW). */
    public static boolean isSessionSetting(Statement statement) {
        List<String> words = leadingWords(statement, 1);
        return !words.isEmpty() && (words.get(0).equals("set") || words.get(0).equals("reset")
                || words.get(0).equals("show"));
    }

    private static List<String> leadingWords(Statement statement, int max) {
        List<String> words = new ArrayList<>();
        for (Token t : statement.tokens()) {
            if (t.type() != TokenType.WORD || words.size() == max) {
                break;
            }
            words.add(t.text().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    private static boolean hasWord(Statement statement, String word) {
        for (Token t : statement.tokens()) {
            if (t.is(word)) {
                return true;
            }
        }
        return false;
    }

    private static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }
}
