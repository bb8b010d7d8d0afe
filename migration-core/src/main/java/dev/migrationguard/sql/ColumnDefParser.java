package dev.migrationguard.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads column definitions and table constraints from tokens, as written in {@code CREATE TABLE (...)} and in
 * {@code ALTER TABLE ... ADD [COLUMN] ...} / {@code ADD [CONSTRAINT ...]}.
 */
final class ColumnDefParser {

    /** Words that end a column's data type or a DEFAULT expression at depth 0. */
    private static final Set<String> COLUMN_CLAUSE_WORDS = Set.of("constraint", "not", "null", "default", "primary",
            "unique", "references", "check", "generated", "collate", "compression", "storage", "deferrable",
            "initially");

    private ColumnDefParser() {
    }

    /** True when the cursor is at the start of a table constraint ({@code CONSTRAINT}, {@code CHECK}, ...). */
    static boolean atTableConstraint(TokenCursor c) {
        return c.isAny("constraint", "check", "unique", "primary", "foreign", "exclude");
    }

    /** Parses a column definition filling the whole of cursor {@code c}; null when there is no column name. */
    static ColumnDef column(TokenCursor c) {
        Token at = c.peek();
        String name = c.name();
        if (name == null) {
            return null;
        }
        int typeStart = c.position();
        while (!c.atEnd() && !isClauseWord(c.peek())) {
            if (!c.skipParenthesized()) {
                c.next();
            }
        }
        String dataType = DataTypeText.normalise(c.tokens(), typeStart, c.position());
        String defaultExpr = null;
        boolean notNull = false;
        boolean generatedStored = false;
        boolean identity = false;
        List<ConstraintDef> constraints = new ArrayList<>();
        String constraintName = null;
        while (!c.atEnd()) {
            if (c.accept("constraint")) {
                constraintName = c.name();
                continue;
            }
            if (c.accept("not", "null")) {
                notNull = true;
            } else if (c.accept("null")) {
                notNull = false;
            } else if (c.accept("default")) {
                defaultExpr = expressionUntilClause(c);
            } else if (c.accept("generated")) {
                c.accept("always");
                c.accept("by", "default");
                c.accept("as");
                if (c.accept("identity")) {
                    identity = true;
                    c.skipParenthesized();
                } else {
                    c.skipParenthesized();
                    generatedStored = c.accept("stored");
                }
            } else if (c.accept("primary", "key")) {
                constraints.add(new ConstraintDef(constraintName, ConstraintType.PRIMARY_KEY, List.of(name), false,
                        null, null, null));
                skipIndexParameters(c);
            } else if (c.accept("unique")) {
                skipNullsDistinct(c);
                constraints.add(new ConstraintDef(constraintName, ConstraintType.UNIQUE, List.of(name), false,
                        null, null, null));
                skipIndexParameters(c);
            } else if (c.accept("references")) {
                ObjectRef target = c.qualifiedName(ObjectType.TABLE);
                c.skipParenthesized();
                skipReferenceOptions(c);
                constraints.add(new ConstraintDef(constraintName, ConstraintType.FOREIGN_KEY, List.of(name), false,
                        null, target, null));
            } else if (c.accept("check")) {
                String expr = parenthesisedText(c);
                c.accept("no", "inherit");
                constraints.add(new ConstraintDef(constraintName, ConstraintType.CHECK, List.of(name), false, null,
                        null, expr));
            } else if (c.accept("collate") || c.accept("compression") || c.accept("storage")) {
                c.next();
                continue;
            } else {
                c.next();
                continue;
            }
            constraintName = null;
        }
        if (notNull) {
            constraints.add(0, new ConstraintDef(null, ConstraintType.NOT_NULL, List.of(name), false, null, null,
                    null));
        }
        return new ColumnDef(name, dataType, defaultExpr, notNull, generatedStored, identity, List.copyOf(constraints),
                at == null ? 0 : at.line(), at == null ? 0 : at.column());
    }

    /**
     * Parses a table constraint filling cursor {@code c}: {@code [CONSTRAINT name] CHECK (...) | UNIQUE (...) |
     * PRIMARY KEY (...) | FOREIGN KEY (...) REFERENCES t (...) | EXCLUDE ...}, with {@code USING INDEX idx} and
     * {@code NOT VALID}; null when the tokens are not a constraint.
     */
    static ConstraintDef tableConstraint(TokenCursor c) {
        String name = null;
        if (c.accept("constraint")) {
            name = c.name();
        }
        ConstraintType type;
        List<String> columns = List.of();
        ObjectRef referenced = null;
        String expression = null;
        String usingIndex = null;
        if (c.accept("check")) {
            type = ConstraintType.CHECK;
            expression = parenthesisedText(c);
        } else if (c.accept("unique")) {
            type = ConstraintType.UNIQUE;
            skipNullsDistinct(c);
            columns = nameList(c);
        } else if (c.accept("primary", "key")) {
            type = ConstraintType.PRIMARY_KEY;
            columns = nameList(c);
        } else if (c.accept("foreign", "key")) {
            type = ConstraintType.FOREIGN_KEY;
            columns = nameList(c);
            if (c.accept("references")) {
                referenced = c.qualifiedName(ObjectType.TABLE);
            }
        } else if (c.accept("exclude")) {
            type = ConstraintType.EXCLUDE;
            if (c.accept("using")) {
                c.next();
            }
            expression = parenthesisedText(c);
        } else if (c.accept("not", "null")) {
            type = ConstraintType.NOT_NULL;
            String column = c.name();
            columns = column == null ? List.of() : List.of(column);
        } else {
            return null;
        }
        boolean notValid = false;
        while (!c.atEnd()) {
            if (c.accept("not", "valid")) {
                notValid = true;
            } else if (c.accept("using", "index", "tablespace")) {
                c.next();
            } else if (c.accept("using", "index")) {
                usingIndex = c.name();
            } else if (!c.skipParenthesized()) {
                c.next();
            }
        }
        return new ConstraintDef(name, type, columns, notValid, usingIndex, referenced, expression);
    }

    /** Reads {@code (a, b, "C")} and returns the resolved names; empty when no list is next. */
    static List<String> nameList(TokenCursor c) {
        if (!c.isSymbol("(")) {
            return List.of();
        }
        int open = c.position();
        int close = c.matchingClose(open);
        int stop = close < 0 ? c.end() : close;
        List<String> names = new ArrayList<>();
        for (int[] part : c.splitTopLevel(open + 1, stop)) {
            Token first = c.token(part[0]);
            if (first != null && (first.type() == TokenType.WORD || first.type() == TokenType.QUOTED_IDENTIFIER)) {
                names.add(first.identifier());
            }
        }
        c.seek(close < 0 ? c.end() : close + 1);
        return List.copyOf(names);
    }

    /** The text inside the parentheses at the cursor (consumed), or null when no parenthesis is next. */
    static String parenthesisedText(TokenCursor c) {
        if (!c.isSymbol("(")) {
            return null;
        }
        int open = c.position();
        int close = c.matchingClose(open);
        int stop = close < 0 ? c.end() : close;
        c.seek(close < 0 ? c.end() : close + 1);
        return c.text(open + 1, stop);
    }

    /** An expression running from the cursor to the next column clause word at depth 0 (at least one token). */
    static String expressionUntilClause(TokenCursor c) {
        int start = c.position();
        boolean first = true;
        while (!c.atEnd() && (first || !isClauseWord(c.peek()))) {
            if (!c.skipParenthesized()) {
                c.next();
            }
            first = false;
        }
        return c.text(start, c.position());
    }

    private static void skipNullsDistinct(TokenCursor c) {
        if (!c.accept("nulls", "not", "distinct")) {
            c.accept("nulls", "distinct");
        }
    }

    private static void skipIndexParameters(TokenCursor c) {
        while (c.accept("include") || c.accept("with")) {
            c.skipParenthesized();
        }
        if (c.accept("using", "index", "tablespace")) {
            c.next();
        }
    }

    private static void skipReferenceOptions(TokenCursor c) {
        while (true) {
            if (c.accept("match")) {
                c.next();
            } else if (c.accept("on", "delete") || c.accept("on", "update")) {
                if (!c.accept("no", "action") && !c.accept("set", "null") && !c.accept("set", "default")) {
                    c.next();
                }
                c.skipParenthesized();
            } else {
                return;
            }
        }
    }

    private static boolean isClauseWord(Token t) {
        return t.type() == TokenType.WORD && COLUMN_CLAUSE_WORDS.contains(t.identifier());
    }
}
