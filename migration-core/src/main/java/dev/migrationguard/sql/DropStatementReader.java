package dev.migrationguard.sql;

import static dev.migrationguard.sql.StatementFlag.*;

import java.util.List;

/** Classifies {@code DROP ...} statements from their tokens; the cursor stands after {@code DROP}. */
final class DropStatementReader {

    private final TokenCursor c;
    private final ClassificationDraft d;

    private DropStatementReader(TokenCursor c, ClassificationDraft d) {
        this.c = c;
        this.d = d;
    }

    static void read(TokenCursor c, ClassificationDraft d) {
        new DropStatementReader(c, d).read();
    }

    private void read() {
        if (c.accept("table")) {
            list(StatementKind.DROP_TABLE, ObjectType.TABLE);
        } else if (c.accept("foreign", "table")) {
            list(StatementKind.DROP_TABLE, ObjectType.FOREIGN_TABLE);
        } else if (c.accept("index")) {
            d.flagIf(c.accept("concurrently"), CONCURRENTLY);
            list(StatementKind.DROP_INDEX, ObjectType.INDEX);
        } else if (c.accept("materialized", "view")) {
            list(StatementKind.DROP_MATERIALIZED_VIEW, ObjectType.MATERIALIZED_VIEW);
        } else if (c.accept("view")) {
            list(StatementKind.DROP_VIEW, ObjectType.VIEW);
        } else if (c.accept("sequence")) {
            list(StatementKind.DROP_SEQUENCE, ObjectType.SEQUENCE);
        } else if (c.accept("schema")) {
            list(StatementKind.DROP_SCHEMA, ObjectType.SCHEMA);
        } else if (c.accept("type")) {
            list(StatementKind.DROP_TYPE, ObjectType.TYPE);
        } else if (c.accept("domain")) {
            list(StatementKind.DROP_DOMAIN, ObjectType.DOMAIN);
        } else if (c.accept("function") || c.accept("routine")) {
            list(StatementKind.DROP_FUNCTION, ObjectType.FUNCTION);
        } else if (c.accept("procedure")) {
            list(StatementKind.DROP_PROCEDURE, ObjectType.PROCEDURE);
        } else if (c.accept("event", "trigger")) {
            list(StatementKind.DROP_OTHER, ObjectType.EVENT_TRIGGER);
        } else if (c.accept("trigger")) {
            onTable(StatementKind.DROP_TRIGGER, ObjectType.TRIGGER);
        } else if (c.accept("policy")) {
            onTable(StatementKind.DROP_POLICY, ObjectType.POLICY);
        } else if (c.accept("rule")) {
            onTable(StatementKind.DROP_OTHER, ObjectType.RULE);
        } else if (c.accept("extension")) {
            list(StatementKind.DROP_EXTENSION, ObjectType.EXTENSION);
        } else if (c.accept("database")) {
            list(StatementKind.DROP_DATABASE, ObjectType.DATABASE);
        } else if (c.accept("role") || c.accept("user") || c.accept("group")) {
            if (c.is("mapping")) {
                d.kind(StatementKind.DROP_OTHER);
            } else {
                list(StatementKind.DROP_ROLE, ObjectType.ROLE);
            }
        } else if (c.accept("owned", "by")) {
            list(StatementKind.DROP_OWNED, ObjectType.ROLE);
        } else if (!c.atEnd()) {
            d.kind(StatementKind.DROP_OTHER);
            ObjectType type = otherType();
            list(StatementKind.DROP_OTHER, type);
        }
    }

    private ObjectType otherType() {
        if (c.accept("aggregate")) {
            return ObjectType.AGGREGATE;
        }
        if (c.accept("collation")) {
            return ObjectType.COLLATION;
        }
        if (c.accept("publication")) {
            return ObjectType.PUBLICATION;
        }
        if (c.accept("subscription")) {
            return ObjectType.SUBSCRIPTION;
        }
        if (c.accept("server")) {
            return ObjectType.SERVER;
        }
        if (c.accept("statistics")) {
            return ObjectType.STATISTICS;
        }
        if (c.accept("tablespace")) {
            return ObjectType.TABLESPACE;
        }
        if (c.accept("cast")) {
            return ObjectType.CAST;
        }
        if (c.accept("text", "search")) {
            c.next();
            return ObjectType.TEXT_SEARCH;
        }
        if (c.accept("operator")) {
            c.accept("class");
            c.accept("family");
            return ObjectType.OPERATOR;
        }
        List<String> typeWords = List.of("foreign", "data", "wrapper", "access", "method", "language", "conversion",
                "transform", "for", "procedural");
        while (!c.atEnd() && typeWords.stream().anyMatch(w -> c.is(w))) {
            c.next();
        }
        return ObjectType.OTHER;
    }

    private void list(StatementKind kind, ObjectType type) {
        d.kind(kind);
        d.flagIf(c.accept("if", "exists"), IF_EXISTS);
        List<ObjectRef> names = c.qualifiedNameList(type);
        names.forEach(d::object);
        d.flagIf(names.size() > 1, MULTIPLE_OBJECTS);
        d.flagIf(c.findTopLevel("cascade") >= 0, CASCADE);
    }

    private void onTable(StatementKind kind, ObjectType type) {
        d.kind(kind);
        d.flagIf(c.accept("if", "exists"), IF_EXISTS);
        d.object(c.qualifiedName(type));
        if (c.accept("on")) {
            d.object(c.qualifiedName(ObjectType.TABLE));
        }
        d.flagIf(c.findTopLevel("cascade") >= 0, CASCADE);
    }
}
