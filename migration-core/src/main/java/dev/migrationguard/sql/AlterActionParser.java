package dev.migrationguard.sql;

import static dev.migrationguard.sql.AlterActionKind.*;

/**
 * Reads one action of {@code ALTER TABLE} (or ALTER INDEX / VIEW / MATERIALIZED VIEW / FOREIGN TABLE): the tokens
 * between two top-level commas, e.g. {@code ALTER COLUMN email SET NOT NULL}.
 */
final class AlterActionParser {

    private final TokenCursor c;
    private final int start;

    private String columnName;
    private String name;
    private String newName;
    private ColumnDef columnDef;
    private ConstraintDef constraint;
    private String dataType;
    private String expression;
    private boolean concurrently;
    private boolean ifExists;

    private AlterActionParser(TokenCursor c) {
        this.c = c;
        this.start = c.position();
    }

    /** Parses the action filling cursor {@code c}; never null (unrecognised actions are {@link AlterActionKind#OTHER}). */
    static AlterAction parse(TokenCursor c) {
        return new AlterActionParser(c).parse();
    }

    private AlterAction parse() {
        Token first = c.peek();
        AlterActionKind kind = kind();
        String text = c.text(start, c.end());
        return new AlterAction(kind, text, first == null ? 0 : first.line(), first == null ? 0 : first.column(),
                columnName, name, newName, columnDef, constraint, dataType, expression, concurrently, ifExists);
    }

    private AlterActionKind kind() {
        if (c.accept("add")) {
            return add();
        }
        if (c.accept("drop")) {
            return drop();
        }
        if (c.is("alter", "constraint")) {
            c.skip(2);
            name = c.name();
            return ALTER_CONSTRAINT;
        }
        if (c.accept("alter")) {
            c.accept("column");
            columnName = c.name();
            return alterColumn();
        }
        if (c.accept("validate", "constraint")) {
            name = c.name();
            return VALIDATE_CONSTRAINT;
        }
        if (c.accept("rename")) {
            return rename();
        }
        if (c.accept("owner", "to")) {
            newName = c.name();
            return OWNER_TO;
        }
        if (c.accept("enable") || c.accept("disable")) {
            return enableOrDisable(c.token(c.position() - 1).is("enable"));
        }
        if (c.accept("force", "row", "level", "security")) {
            return FORCE_ROW_LEVEL_SECURITY;
        }
        if (c.accept("no", "force", "row", "level", "security")) {
            return NO_FORCE_ROW_LEVEL_SECURITY;
        }
        if (c.accept("cluster", "on")) {
            name = c.name();
            return CLUSTER_ON;
        }
        if (c.accept("set")) {
            return set();
        }
        if (c.accept("reset")) {
            expression = ColumnDefParser.parenthesisedText(c);
            return RESET_STORAGE_PARAMETERS;
        }
        if (c.accept("inherit")) {
            name = qualified();
            return INHERIT;
        }
        if (c.accept("no", "inherit")) {
            name = qualified();
            return NO_INHERIT;
        }
        if (c.accept("of")) {
            name = qualified();
            return OF_TYPE;
        }
        if (c.accept("not", "of")) {
            return NOT_OF;
        }
        if (c.accept("replica", "identity")) {
            expression = c.text(c.position(), c.end());
            return REPLICA_IDENTITY;
        }
        if (c.accept("attach", "partition")) {
            name = qualified();
            expression = c.text(c.position(), c.end());
            return ATTACH_PARTITION;
        }
        if (c.accept("detach", "partition")) {
            name = qualified();
            concurrently = c.accept("concurrently");
            c.accept("finalize");
            return DETACH_PARTITION;
        }
        return OTHER;
    }

    private AlterActionKind add() {
        if (ColumnDefParser.atTableConstraint(c)) {
            constraint = ColumnDefParser.tableConstraint(c);
            if (constraint != null) {
                name = constraint.name();
                return ADD_CONSTRAINT;
            }
            return OTHER;
        }
        c.accept("column");
        ifExists = c.accept("if", "not", "exists");
        columnDef = ColumnDefParser.column(c);
        if (columnDef == null) {
            return OTHER;
        }
        columnName = columnDef.name();
        constraint = columnDef.constraints().stream().filter(k -> k.type() != ConstraintType.NOT_NULL).findFirst()
                .orElse(null);
        return ADD_COLUMN;
    }

    private AlterActionKind drop() {
        if (c.accept("constraint")) {
            ifExists = c.accept("if", "exists");
            name = c.name();
            return DROP_CONSTRAINT;
        }
        c.accept("column");
        ifExists = c.accept("if", "exists");
        columnName = c.name();
        return columnName == null ? OTHER : DROP_COLUMN;
    }

    private AlterActionKind alterColumn() {
        if (c.accept("set", "data", "type") || c.accept("type")) {
            int typeStart = c.position();
            while (!c.atEnd() && !c.isAny("collate", "using")) {
                if (!c.skipParenthesized()) {
                    c.next();
                }
            }
            dataType = DataTypeText.normalise(c.tokens(), typeStart, c.position());
            if (c.accept("collate")) {
                c.next();
            }
            if (c.accept("using")) {
                expression = c.text(c.position(), c.end());
            }
            return ALTER_COLUMN_TYPE;
        }
        if (c.accept("set", "default")) {
            expression = c.text(c.position(), c.end());
            return SET_DEFAULT;
        }
        if (c.accept("drop", "default")) {
            return DROP_DEFAULT;
        }
        if (c.accept("set", "not", "null")) {
            return SET_NOT_NULL;
        }
        if (c.accept("drop", "not", "null")) {
            return DROP_NOT_NULL;
        }
        if (c.accept("drop", "expression")) {
            ifExists = c.accept("if", "exists");
            return DROP_EXPRESSION;
        }
        if (c.accept("drop", "identity")) {
            ifExists = c.accept("if", "exists");
            return DROP_IDENTITY;
        }
        if (c.accept("add", "generated")) {
            return ADD_IDENTITY;
        }
        if (c.accept("set", "statistics")) {
            expression = c.text(c.position(), c.end());
            return SET_STATISTICS;
        }
        if (c.accept("set", "storage")) {
            expression = c.text(c.position(), c.end());
            return SET_STORAGE;
        }
        if (c.accept("set", "compression")) {
            expression = c.text(c.position(), c.end());
            return SET_COMPRESSION;
        }
        if (c.is("set") && c.peek(1) != null && c.peek(1).isSymbol("(")) {
            c.skip(1);
            expression = ColumnDefParser.parenthesisedText(c);
            return SET_COLUMN_OPTIONS;
        }
        if (c.is("reset")) {
            c.skip(1);
            expression = ColumnDefParser.parenthesisedText(c);
            return RESET_COLUMN_OPTIONS;
        }
        if (c.is("set", "generated") || c.is("restart") || c.is("set")) {
            return SET_IDENTITY;
        }
        return OTHER;
    }

    private AlterActionKind rename() {
        if (c.accept("to")) {
            newName = c.name();
            return RENAME_TABLE;
        }
        if (c.accept("constraint")) {
            name = c.name();
            c.accept("to");
            newName = c.name();
            return RENAME_CONSTRAINT;
        }
        c.accept("column");
        columnName = c.name();
        c.accept("to");
        newName = c.name();
        return RENAME_COLUMN;
    }

    private AlterActionKind enableOrDisable(boolean enable) {
        if (c.accept("row", "level", "security")) {
            return enable ? ENABLE_ROW_LEVEL_SECURITY : DISABLE_ROW_LEVEL_SECURITY;
        }
        if (!c.accept("always")) {
            c.accept("replica");
        }
        if (c.accept("trigger")) {
            name = c.name();
            return enable ? ENABLE_TRIGGER : DISABLE_TRIGGER;
        }
        if (c.accept("rule")) {
            name = c.name();
            return enable ? ENABLE_RULE : DISABLE_RULE;
        }
        return OTHER;
    }

    private AlterActionKind set() {
        if (c.accept("schema")) {
            newName = c.name();
            return SET_SCHEMA;
        }
        if (c.accept("without", "cluster")) {
            return SET_WITHOUT_CLUSTER;
        }
        if (c.accept("without", "oids")) {
            return SET_WITHOUT_OIDS;
        }
        if (c.accept("access", "method")) {
            name = c.name();
            return SET_ACCESS_METHOD;
        }
        if (c.accept("tablespace")) {
            name = c.name();
            return SET_TABLESPACE;
        }
        if (c.accept("logged")) {
            return SET_LOGGED;
        }
        if (c.accept("unlogged")) {
            return SET_UNLOGGED;
        }
        if (c.isSymbol("(")) {
            expression = ColumnDefParser.parenthesisedText(c);
            return SET_STORAGE_PARAMETERS;
        }
        return OTHER;
    }

    private String qualified() {
        ObjectRef ref = c.qualifiedName(ObjectType.TABLE);
        return ref == null ? null : ref.qualifiedName();
    }
}
