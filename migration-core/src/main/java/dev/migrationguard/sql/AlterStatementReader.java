package dev.migrationguard.sql;

import static dev.migrationguard.sql.StatementFlag.*;

/** Classifies {@code ALTER ...} statements from their tokens; the cursor stands after {@code ALTER}. */
final class AlterStatementReader {

    private static final java.util.regex.Pattern ENDS_WITH_CASCADE =
            java.util.regex.Pattern.compile("(?i)\\bcascade\\s*$");

    private final TokenCursor c;
    private final ClassificationDraft d;

    private AlterStatementReader(TokenCursor c, ClassificationDraft d) {
        this.c = c;
        this.d = d;
    }

    static void read(TokenCursor c, ClassificationDraft d) {
        new AlterStatementReader(c, d).read();
    }

    private void read() {
        if (c.accept("table")) {
            relation(StatementKind.ALTER_TABLE, ObjectType.TABLE);
        } else if (c.accept("foreign", "table")) {
            relation(StatementKind.ALTER_TABLE, ObjectType.FOREIGN_TABLE);
        } else if (c.accept("index")) {
            relation(StatementKind.ALTER_INDEX, ObjectType.INDEX);
        } else if (c.accept("materialized", "view")) {
            relation(StatementKind.ALTER_MATERIALIZED_VIEW, ObjectType.MATERIALIZED_VIEW);
        } else if (c.accept("view")) {
            relation(StatementKind.ALTER_VIEW, ObjectType.VIEW);
        } else if (c.accept("sequence")) {
            simple(StatementKind.ALTER_SEQUENCE, ObjectType.SEQUENCE);
        } else if (c.accept("type")) {
            simple(StatementKind.ALTER_TYPE, ObjectType.TYPE);
        } else if (c.accept("domain")) {
            simple(StatementKind.ALTER_DOMAIN, ObjectType.DOMAIN);
        } else if (c.accept("function") || c.accept("routine")) {
            simple(StatementKind.ALTER_FUNCTION, ObjectType.FUNCTION);
        } else if (c.accept("procedure")) {
            simple(StatementKind.ALTER_FUNCTION, ObjectType.PROCEDURE);
        } else if (c.accept("schema")) {
            simple(StatementKind.ALTER_SCHEMA, ObjectType.SCHEMA);
        } else if (c.accept("database")) {
            simple(StatementKind.ALTER_DATABASE, ObjectType.DATABASE);
        } else if (c.accept("role") || c.accept("user") || c.accept("group")) {
            if (c.is("mapping")) {
                d.kind(StatementKind.ALTER_OTHER);
            } else {
                simple(StatementKind.ALTER_ROLE, ObjectType.ROLE);
            }
        } else if (c.accept("extension")) {
            simple(StatementKind.ALTER_EXTENSION, ObjectType.EXTENSION);
        } else if (c.accept("default", "privileges")) {
            d.kind(StatementKind.ALTER_DEFAULT_PRIVILEGES);
        } else if (c.accept("policy")) {
            onTable(StatementKind.ALTER_POLICY, ObjectType.POLICY);
        } else if (c.accept("trigger")) {
            onTable(StatementKind.ALTER_TRIGGER, ObjectType.TRIGGER);
        } else if (c.accept("system")) {
            d.kind(StatementKind.ALTER_SYSTEM);
        } else if (!c.atEnd()) {
            d.kind(StatementKind.ALTER_OTHER);
            otherObject();
        }
    }

    private void relation(StatementKind kind, ObjectType type) {
        d.kind(kind);
        if (c.is("all", "in", "tablespace")) {
            return;
        }
        d.flagIf(c.accept("if", "exists"), IF_EXISTS);
        d.flagIf(c.accept("only"), ONLY);
        ObjectRef target = c.qualifiedName(type);
        d.object(target);
        for (int[] part : c.splitTopLevel(c.position(), c.end())) {
            AlterAction action = AlterActionParser.parse(c.slice(part[0], part[1]));
            d.actions.add(action);
            relatedObjects(action);
        }
        d.flagIf(d.actions.stream().anyMatch(a -> a.text() != null && ENDS_WITH_CASCADE.matcher(a.text()).find()),
                CASCADE);
    }

    private void relatedObjects(AlterAction action) {
        if (action.constraint() != null && action.constraint().referencedTable() != null) {
            d.object(action.constraint().referencedTable());
        }
        if ((action.kind() == AlterActionKind.ATTACH_PARTITION || action.kind() == AlterActionKind.DETACH_PARTITION)
                && action.name() != null) {
            ObjectType type = d.kind == StatementKind.ALTER_INDEX ? ObjectType.INDEX : ObjectType.TABLE;
            d.object(split(type, action.name()));
        }
    }

    static ObjectRef split(ObjectType type, String qualified) {
        int dot = qualified.lastIndexOf('.');
        return dot < 0 ? new ObjectRef(type, null, qualified)
                : new ObjectRef(type, qualified.substring(0, dot), qualified.substring(dot + 1));
    }

    private void simple(StatementKind kind, ObjectType type) {
        d.kind(kind);
        d.flagIf(c.accept("if", "exists"), IF_EXISTS);
        d.object(c.qualifiedName(type));
        c.skipParenthesized();
        int start = c.position();
        if (c.atEnd()) {
            return;
        }
        AlterActionKind actionKind = null;
        String newName = null;
        if (c.accept("rename", "to")) {
            actionKind = AlterActionKind.RENAME_TABLE;
            newName = c.name();
        } else if (c.accept("owner", "to")) {
            actionKind = AlterActionKind.OWNER_TO;
            newName = c.name();
        } else if (c.accept("set", "schema")) {
            actionKind = AlterActionKind.SET_SCHEMA;
            newName = c.name();
        }
        Token first = c.token(start);
        d.actions.add(new AlterAction(actionKind == null ? AlterActionKind.OTHER : actionKind,
                c.text(start, c.end()), first.line(), first.column(), null, null, newName, null, null, null, null,
                false, false));
        if (kind == StatementKind.ALTER_TYPE && c.findTopLevel(start, "cascade") >= 0) {
            d.flag(CASCADE);
        }
    }

    private void onTable(StatementKind kind, ObjectType type) {
        d.kind(kind);
        d.object(c.qualifiedName(type));
        if (c.accept("on")) {
            d.object(c.qualifiedName(ObjectType.TABLE));
        }
    }

    private void otherObject() {
        // ALTER PUBLICATION p / TEXT SEARCH CONFIGURATION c / FOREIGN DATA WRAPPER w / ...: skip the type words
        c.next();
        while (!c.atEnd() && c.isAny(OTHER_TYPE_WORDS)) {
            c.next();
        }
        d.object(c.qualifiedName(ObjectType.OTHER));
    }

    private static final String[] OTHER_TYPE_WORDS = {"search", "configuration", "dictionary", "parser", "template",
        "data", "wrapper", "table", "server", "trigger", "object", "class", "family", "method", "mapping", "for"};
}
