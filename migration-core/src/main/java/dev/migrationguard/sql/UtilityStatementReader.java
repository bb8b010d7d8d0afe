package dev.migrationguard.sql;

import static dev.migrationguard.sql.StatementFlag.*;

import java.util.Locale;

/**
 * Classifies transaction control, session, maintenance, locking, COMMENT, GRANT/REVOKE and the remaining utility
 * commands from their tokens.
 */
final class UtilityStatementReader {

    private final TokenCursor c;
    private final ClassificationDraft d;

    private UtilityStatementReader(TokenCursor c, ClassificationDraft d) {
        this.c = c;
        this.d = d;
    }

    /** Reads the statement at the cursor when it is a utility statement; returns false otherwise. */
    static boolean read(TokenCursor c, ClassificationDraft d) {
        return new UtilityStatementReader(c, d).read();
    }

    private boolean read() {
        Token first = c.next();
        if (first == null || first.type() != TokenType.WORD) {
            return false;
        }
        switch (first.identifier()) {
            case "begin" -> d.kind(StatementKind.BEGIN);
            case "start" -> d.kind(c.is("transaction") ? StatementKind.BEGIN : StatementKind.UNKNOWN);
            case "commit", "end" -> d.kind(StatementKind.COMMIT);
            case "rollback", "abort" -> d.kind(StatementKind.ROLLBACK);
            case "savepoint" -> d.kind(StatementKind.SAVEPOINT);
            case "release" -> d.kind(StatementKind.RELEASE_SAVEPOINT);
            case "set" -> d.kind(StatementKind.SET);
            case "reset" -> d.kind(StatementKind.RESET);
            case "show" -> d.kind(StatementKind.SHOW);
            case "discard" -> d.kind(StatementKind.DISCARD);
            case "lock" -> lock();
            case "vacuum" -> vacuum();
            case "analyze", "analyse" -> analyze();
            case "cluster" -> cluster();
            case "repack" -> repack();
            case "reindex" -> reindex();
            case "refresh" -> refresh();
            case "checkpoint" -> d.kind(StatementKind.CHECKPOINT);
            case "comment" -> comment();
            case "grant" -> grant(StatementKind.GRANT);
            case "revoke" -> grant(StatementKind.REVOKE);
            case "reassign" -> d.kind(StatementKind.REASSIGN_OWNED);
            case "security" -> d.kind(StatementKind.SECURITY_LABEL);
            case "import" -> d.kind(StatementKind.IMPORT_FOREIGN_SCHEMA);
            case "do" -> d.kind(StatementKind.DO);
            case "call" -> {
                d.kind(StatementKind.CALL);
                d.object(c.qualifiedName(ObjectType.PROCEDURE));
            }
            case "explain" -> d.kind(StatementKind.EXPLAIN);
            case "notify" -> d.kind(StatementKind.NOTIFY);
            case "listen" -> d.kind(StatementKind.LISTEN);
            case "unlisten" -> d.kind(StatementKind.UNLISTEN);
            case "prepare" -> d.kind(c.is("transaction") ? StatementKind.COMMIT : StatementKind.PREPARE);
            case "execute" -> d.kind(StatementKind.EXECUTE);
            case "deallocate" -> d.kind(StatementKind.DEALLOCATE);
            case "load" -> d.kind(StatementKind.LOAD);
            default -> {
                return false;
            }
        }
        return d.kind != StatementKind.UNKNOWN;
    }

    private void lock() {
        d.kind(StatementKind.LOCK_TABLE);
        c.accept("table");
        d.flagIf(c.accept("only"), ONLY);
        var names = c.qualifiedNameList(ObjectType.TABLE);
        names.forEach(d::object);
        d.flagIf(names.size() > 1, MULTIPLE_OBJECTS);
        d.explicitLockMode = LockLevel.ACCESS_EXCLUSIVE;
        if (c.accept("in")) {
            StringBuilder mode = new StringBuilder();
            while (!c.atEnd() && !c.is("mode")) {
                mode.append(mode.isEmpty() ? "" : "_").append(c.next().identifier().toUpperCase(Locale.ROOT));
            }
            try {
                d.explicitLockMode = LockLevel.valueOf(mode.toString());
            } catch (IllegalArgumentException unknownMode) {
                d.explicitLockMode = LockLevel.ACCESS_EXCLUSIVE;
            }
        }
    }

    private void vacuum() {
        d.kind(StatementKind.VACUUM);
        if (c.isSymbol("(")) {
            d.flagIf(OptionList.parse(ColumnDefParser.parenthesisedText(c)).isOn("full"), FULL);
        }
        while (c.isAny("full", "freeze", "verbose", "analyze", "analyse")) {
            d.flagIf(c.next().is("full"), FULL);
        }
        tableList();
    }

    private void analyze() {
        d.kind(StatementKind.ANALYZE);
        c.skipParenthesized();
        c.accept("verbose");
        tableList();
    }

    private void tableList() {
        while (!c.atEnd()) {
            ObjectRef ref = c.qualifiedName(ObjectType.TABLE);
            if (ref == null) {
                break;
            }
            d.object(ref);
            c.skipParenthesized();
            if (!c.acceptSymbol(",")) {
                break;
            }
        }
        d.flagIf(d.objects.size() > 1, MULTIPLE_OBJECTS);
    }

    private void cluster() {
        d.kind(StatementKind.CLUSTER);
        c.skipParenthesized();
        c.accept("verbose");
        d.object(c.qualifiedName(ObjectType.TABLE));
        if (c.accept("using")) {
            d.object(c.qualifiedName(ObjectType.INDEX));
        }
    }

    /**
     * PostgreSQL 19's {@code REPACK [(options)] [table [USING INDEX [index]]]}: read as the CLUSTER it replaces when
     * it orders by an index, else as a VACUUM FULL; with the CONCURRENTLY option as neither (no FULL flag, the
     * CONCURRENTLY flag set).
     */
    private void repack() {
        boolean concurrently = c.isSymbol("(") && OptionList.parse(ColumnDefParser.parenthesisedText(c))
                .isOn("concurrently");
        c.accept("verbose");
        ObjectRef table = c.qualifiedName(ObjectType.TABLE);
        boolean usingIndex = c.accept("using", "index");
        d.kind(usingIndex && !concurrently ? StatementKind.CLUSTER : StatementKind.VACUUM);
        d.object(table);
        if (usingIndex && !c.atEnd()) {
            d.object(c.qualifiedName(ObjectType.INDEX));
        }
        d.flagIf(concurrently, CONCURRENTLY);
        d.flagIf(!concurrently && !usingIndex, FULL);
    }

    private void reindex() {
        d.kind(StatementKind.REINDEX);
        String options = c.isSymbol("(") ? ColumnDefParser.parenthesisedText(c) : null;
        d.flagIf(OptionList.parse(options).isOn("concurrently"), CONCURRENTLY);
        ObjectType type = ObjectType.OTHER;
        if (c.accept("index")) {
            type = ObjectType.INDEX;
        } else if (c.accept("table")) {
            type = ObjectType.TABLE;
        } else if (c.accept("schema")) {
            type = ObjectType.SCHEMA;
        } else if (c.accept("database") || c.accept("system")) {
            type = ObjectType.DATABASE;
        }
        d.flagIf(c.accept("concurrently"), CONCURRENTLY);
        d.object(c.qualifiedName(type));
    }

    private void refresh() {
        if (!c.accept("materialized", "view")) {
            d.kind(StatementKind.UNKNOWN);
            return;
        }
        d.kind(StatementKind.REFRESH_MATERIALIZED_VIEW);
        d.flagIf(c.accept("concurrently"), CONCURRENTLY);
        d.object(c.qualifiedName(ObjectType.MATERIALIZED_VIEW));
        if (c.accept("with", "no", "data")) {
            d.flag(WITH_NO_DATA);
        } else {
            d.flag(WITH_DATA);
        }
    }

    private void comment() {
        d.kind(StatementKind.COMMENT);
        if (!c.accept("on")) {
            return;
        }
        if (c.accept("column")) {
            java.util.List<String> parts = c.nameParts();
            if (parts.size() >= 2) {
                String schema = parts.size() >= 3 ? parts.get(parts.size() - 3) : null;
                d.object(ObjectRef.table(schema, parts.get(parts.size() - 2)));
                d.object(new ObjectRef(ObjectType.COLUMN, null, parts.get(parts.size() - 1)));
            }
            return;
        }
        ObjectType type = commentTarget();
        ObjectRef ref = c.qualifiedName(type);
        d.object(ref);
        if (c.accept("on")) {
            d.object(c.qualifiedName(ObjectType.TABLE));
        }
    }

    private ObjectType commentTarget() {
        String[][] words = {
            {"table"}, {"foreign", "table"}, {"index"}, {"materialized", "view"}, {"view"}, {"sequence"},
            {"schema"}, {"type"}, {"domain"}, {"function"}, {"procedure"}, {"routine"}, {"trigger"},
            {"extension"}, {"database"}, {"role"}, {"policy"}, {"constraint"}, {"rule"}, {"aggregate"},
            {"collation"}, {"publication"}, {"subscription"}, {"event", "trigger"}, {"server"}, {"tablespace"},
        };
        ObjectType[] types = {
            ObjectType.TABLE, ObjectType.FOREIGN_TABLE, ObjectType.INDEX, ObjectType.MATERIALIZED_VIEW,
            ObjectType.VIEW, ObjectType.SEQUENCE, ObjectType.SCHEMA, ObjectType.TYPE, ObjectType.DOMAIN,
            ObjectType.FUNCTION, ObjectType.PROCEDURE, ObjectType.FUNCTION, ObjectType.TRIGGER,
            ObjectType.EXTENSION, ObjectType.DATABASE, ObjectType.ROLE, ObjectType.POLICY, ObjectType.CONSTRAINT,
            ObjectType.RULE, ObjectType.AGGREGATE, ObjectType.COLLATION, ObjectType.PUBLICATION,
            ObjectType.SUBSCRIPTION, ObjectType.EVENT_TRIGGER, ObjectType.SERVER, ObjectType.TABLESPACE,
        };
        for (int i = 0; i < words.length; i++) {
            if (c.accept(words[i])) {
                return types[i];
            }
        }
        while (!c.atEnd() && c.isAny("text", "search", "configuration", "dictionary", "parser", "template",
                "foreign", "data", "wrapper", "access", "method", "language", "procedural", "large", "object",
                "operator", "class", "family", "conversion", "statistics", "transform", "for", "cast")) {
            c.next();
        }
        return ObjectType.OTHER;
    }

    private void grant(StatementKind kind) {
        d.kind(kind);
        int on = c.findTopLevel("on");
        if (on < 0) {
            return;
        }
        c.seek(on + 1);
        if (c.accept("all")) {
            c.next();
            if (c.accept("in", "schema")) {
                c.qualifiedNameList(ObjectType.SCHEMA).forEach(d::object);
            }
            return;
        }
        ObjectType type = ObjectType.TABLE;
        if (c.accept("table")) {
            type = ObjectType.TABLE;
        } else if (c.accept("sequence")) {
            type = ObjectType.SEQUENCE;
        } else if (c.accept("schema")) {
            type = ObjectType.SCHEMA;
        } else if (c.accept("function") || c.accept("routine")) {
            type = ObjectType.FUNCTION;
        } else if (c.accept("procedure")) {
            type = ObjectType.PROCEDURE;
        } else if (c.accept("database")) {
            type = ObjectType.DATABASE;
        } else if (c.accept("type")) {
            type = ObjectType.TYPE;
        } else if (c.accept("domain")) {
            type = ObjectType.DOMAIN;
        } else if (c.accept("tablespace")) {
            type = ObjectType.TABLESPACE;
        } else if (c.accept("foreign", "server")) {
            type = ObjectType.SERVER;
        } else if (c.accept("foreign", "data", "wrapper") || c.accept("language") || c.accept("large", "object")) {
            type = ObjectType.OTHER;
        }
        c.qualifiedNameList(type).forEach(d::object);
    }
}
