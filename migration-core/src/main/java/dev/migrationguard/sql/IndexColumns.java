package dev.migrationguard.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * The key columns of a {@code CREATE INDEX}: the parenthesised list after {@code ON table [USING method]}, each
 * element as a column name (a plain column, with or without operator class, order or collation) or as the
 * expression's text (written without spaces around it).
 */
public final class IndexColumns {

    private IndexColumns() {
    }

    /** The index's key columns in order; empty when {@code s} is no CREATE INDEX or the list cannot be read. */
    public static List<String> of(Statement s) {
        if (s.kind() != StatementKind.CREATE_INDEX) {
            return List.of();
        }
        List<Token> t = new ArrayList<>();
        for (Token k : s.tokens()) {
            if (!k.isTrivia()) {
                t.add(k);
            }
        }
        int i = 0;
        while (i < t.size() && !t.get(i).is("on")) {
            i++;
        }
        while (i < t.size() && !t.get(i).isSymbol("(")) {
            i++;
        }
        if (i >= t.size()) {
            return List.of();
        }
        List<String> columns = new ArrayList<>();
        List<Token> element = new ArrayList<>();
        int depth = 0;
        for (i = i + 1; i < t.size(); i++) {
            Token k = t.get(i);
            if (k.isSymbol("(")) {
                depth++;
            } else if (k.isSymbol(")")) {
                if (depth == 0) {
                    add(columns, element);
                    return List.copyOf(columns);
                }
                depth--;
            } else if (k.isSymbol(",") && depth == 0) {
                add(columns, element);
                element.clear();
                continue;
            }
            element.add(k);
        }
        return List.of();
    }

    private static void add(List<String> columns, List<Token> element) {
        if (element.isEmpty()) {
            return;
        }
        Token first = element.get(0);
        boolean name = first.type() == TokenType.QUOTED_IDENTIFIER || first.type() == TokenType.WORD;
        if (name && (element.size() == 1 || !element.get(1).isSymbol("(") && !element.get(1).isSymbol("."))) {
            columns.add(first.identifier());
            return;
        }
        StringBuilder b = new StringBuilder();
        for (Token k : element) {
            b.append(k.text());
        }
        columns.add(b.toString());
    }
}
