package dev.migrationguard.sql;

import static dev.migrationguard.sql.StatementFlag.*;

import java.util.List;

/** Classifies {@code CREATE ...} statements from their tokens; the cursor stands after {@code CREATE}. */
final class CreateStatementReader {

    private final TokenCursor c;
    private final ClassificationDraft d;

    private CreateStatementReader(TokenCursor c, ClassificationDraft d) {
        this.c = c;
        this.d = d;
    }

    static void read(TokenCursor c, ClassificationDraft d) {
        new CreateStatementReader(c, d).read();
    }

    private void read() {
        d.flagIf(c.accept("or", "replace"), OR_REPLACE);
        readModifiers();
        if (c.accept("table")) {
            table(ObjectType.TABLE);
        } else if (c.accept("foreign", "table")) {
            table(ObjectType.FOREIGN_TABLE);
            d.kind(StatementKind.CREATE_FOREIGN_TABLE);
        } else if (c.accept("index")) {
            index();
        } else if (c.accept("materialized", "view")) {
            view(StatementKind.CREATE_MATERIALIZED_VIEW, ObjectType.MATERIALIZED_VIEW);
        } else if (c.accept("recursive", "view") || c.accept("view")) {
            view(StatementKind.CREATE_VIEW, ObjectType.VIEW);
        } else if (c.accept("sequence")) {
            named(StatementKind.CREATE_SEQUENCE, ObjectType.SEQUENCE);
        } else if (c.accept("schema")) {
            schema();
        } else if (c.accept("type")) {
            named(StatementKind.CREATE_TYPE, ObjectType.TYPE);
        } else if (c.accept("domain")) {
            named(StatementKind.CREATE_DOMAIN, ObjectType.DOMAIN);
        } else if (c.accept("function")) {
            routine(StatementKind.CREATE_FUNCTION, ObjectType.FUNCTION);
        } else if (c.accept("procedure")) {
            routine(StatementKind.CREATE_PROCEDURE, ObjectType.PROCEDURE);
        } else if (c.accept("constraint", "trigger") || c.accept("trigger")) {
            trigger();
        } else if (c.accept("event", "trigger")) {
            named(StatementKind.CREATE_EVENT_TRIGGER, ObjectType.EVENT_TRIGGER);
        } else if (c.accept("extension")) {
            named(StatementKind.CREATE_EXTENSION, ObjectType.EXTENSION);
        } else if (c.accept("database")) {
            named(StatementKind.CREATE_DATABASE, ObjectType.DATABASE);
        } else if (c.accept("role") || c.accept("user") || c.accept("group")) {
            if (c.is("mapping")) {
                d.kind(StatementKind.CREATE_OTHER);
            } else {
                named(StatementKind.CREATE_ROLE, ObjectType.ROLE);
            }
        } else if (c.accept("policy")) {
            onTable(StatementKind.CREATE_POLICY, ObjectType.POLICY);
        } else if (c.accept("rule")) {
            rule();
        } else if (c.accept("aggregate")) {
            named(StatementKind.CREATE_AGGREGATE, ObjectType.AGGREGATE);
        } else if (c.accept("operator")) {
            d.kind(StatementKind.CREATE_OPERATOR);
            c.accept("class");
            c.accept("family");
            d.object(new ObjectRef(ObjectType.OPERATOR, null, operatorName()));
        } else if (c.accept("collation")) {
            named(StatementKind.CREATE_COLLATION, ObjectType.COLLATION);
        } else if (c.accept("publication")) {
            named(StatementKind.CREATE_PUBLICATION, ObjectType.PUBLICATION);
        } else if (c.accept("subscription")) {
            named(StatementKind.CREATE_SUBSCRIPTION, ObjectType.SUBSCRIPTION);
        } else if (c.accept("server")) {
            named(StatementKind.CREATE_SERVER, ObjectType.SERVER);
        } else if (c.accept("text", "search")) {
            c.next();
            named(StatementKind.CREATE_TEXT_SEARCH, ObjectType.TEXT_SEARCH);
        } else if (c.accept("cast")) {
            d.kind(StatementKind.CREATE_CAST);
            String inside = ColumnDefParser.parenthesisedText(c);
            d.object(new ObjectRef(ObjectType.CAST, null, inside == null ? "" : inside.replaceAll("\\s+", " ")));
        } else if (c.accept("statistics")) {
            named(StatementKind.CREATE_STATISTICS, ObjectType.STATISTICS);
        } else if (c.accept("tablespace")) {
            named(StatementKind.CREATE_TABLESPACE, ObjectType.TABLESPACE);
        } else if (!c.atEnd()) {
            d.kind(StatementKind.CREATE_OTHER);
            readOtherName();
        }
    }

    private void readModifiers() {
        boolean progress = true;
        while (progress) {
            progress = false;
            if (c.accept("global") || c.accept("local")) {
                progress = true;
            }
            if (c.accept("temporary") || c.accept("temp")) {
                d.flag(TEMPORARY);
                progress = true;
            }
            if (c.accept("unlogged")) {
                d.flag(UNLOGGED);
                progress = true;
            }
            if (c.accept("unique")) {
                d.flag(UNIQUE);
                progress = true;
            }
            if (c.accept("trusted") || c.accept("procedural") || c.accept("default")) {
                progress = true;
            }
        }
    }

    private void ifNotExists() {
        d.flagIf(c.accept("if", "not", "exists"), IF_NOT_EXISTS);
    }

    private void named(StatementKind kind, ObjectType type) {
        d.kind(kind);
        ifNotExists();
        d.object(c.qualifiedName(type));
    }

    private void table(ObjectType type) {
        d.kind(StatementKind.CREATE_TABLE);
        ifNotExists();
        d.object(c.qualifiedName(type));
        int as = c.findTopLevel("as");
        if (as >= 0 && type == ObjectType.TABLE && !c.is("partition", "of") && !c.is("of")) {
            d.kind(StatementKind.CREATE_TABLE_AS);
            withData();
            c.seek(as + 1);
            DataStatementReader.collectReads(c, d);
            return;
        }
        if (c.accept("partition", "of")) {
            d.flag(PARTITION_OF);
            ObjectRef parent = c.qualifiedName(ObjectType.TABLE);
            d.object(parent);
            if (parent != null) {
                d.parentTables.add(parent);
            }
        } else if (c.accept("of")) {
            d.object(c.qualifiedName(ObjectType.TYPE));
        }
        if (c.isSymbol("(")) {
            int open = c.position();
            int close = c.matchingClose(open);
            int stop = close < 0 ? c.end() : close;
            for (int[] part : c.splitTopLevel(open + 1, stop)) {
                element(c.slice(part[0], part[1]));
            }
            c.seek(close < 0 ? c.end() : close + 1);
        }
        if (c.accept("inherits") && c.isSymbol("(")) {
            int open = c.position();
            int close = c.matchingClose(open);
            TokenCursor parents = c.slice(open + 1, close < 0 ? c.end() : close);
            for (ObjectRef parent : parents.qualifiedNameList(ObjectType.TABLE)) {
                d.object(parent);
                d.parentTables.add(parent);
            }
            c.seek(close < 0 ? c.end() : close + 1);
        }
        int partition = c.findTopLevel("partition");
        Token next = partition < 0 ? null : c.token(partition + 1);
        d.flagIf(next != null && next.is("by"), PARTITIONED);
        for (ColumnDef column : d.columns) {
            column.constraints().forEach(k -> d.object(k.referencedTable()));
        }
        d.tableConstraints.forEach(k -> d.object(k.referencedTable()));
    }

    private void element(TokenCursor e) {
        if (e.accept("like")) {
            return;
        }
        if (ColumnDefParser.atTableConstraint(e)) {
            ConstraintDef constraint = ColumnDefParser.tableConstraint(e);
            if (constraint != null) {
                d.tableConstraints.add(constraint);
            }
            return;
        }
        ColumnDef column = ColumnDefParser.column(e);
        if (column != null) {
            d.columns.add(column);
        }
    }

    private void withData() {
        if (c.findTopLevel("no") >= 0 && containsSequence("with", "no", "data")) {
            d.flag(WITH_NO_DATA);
        } else {
            d.flag(WITH_DATA);
        }
    }

    private boolean containsSequence(String... words) {
        int save = c.position();
        try {
            for (int i = c.position(); i < c.end(); i++) {
                c.seek(i);
                if (c.is(words)) {
                    return true;
                }
            }
            return false;
        } finally {
            c.seek(save);
        }
    }

    private void index() {
        d.kind(StatementKind.CREATE_INDEX);
        d.flagIf(c.accept("concurrently"), CONCURRENTLY);
        ifNotExists();
        ObjectRef index = null;
        if (!c.is("on")) {
            index = c.qualifiedName(ObjectType.INDEX);
        }
        if (c.accept("on")) {
            d.flagIf(c.accept("only"), ONLY);
            ObjectRef table = c.qualifiedName(ObjectType.TABLE);
            if (index != null) {
                d.object(index);
            }
            d.object(table);
        } else if (index != null) {
            d.object(index);
        }
        d.flagIf(c.findTopLevel("where") >= 0, HAS_WHERE);
    }

    private void view(StatementKind kind, ObjectType type) {
        d.kind(kind);
        ifNotExists();
        d.object(c.qualifiedName(type));
        if (kind == StatementKind.CREATE_MATERIALIZED_VIEW) {
            withData();
        }
        int as = c.findTopLevel("as");
        if (as >= 0) {
            c.seek(as + 1);
            DataStatementReader.collectReads(c, d);
        }
    }

    private void schema() {
        d.kind(StatementKind.CREATE_SCHEMA);
        ifNotExists();
        if (c.accept("authorization")) {
            String role = c.name();
            if (role != null) {
                d.object(new ObjectRef(ObjectType.SCHEMA, null, role));
            }
            return;
        }
        d.object(c.qualifiedName(ObjectType.SCHEMA));
    }

    private void routine(StatementKind kind, ObjectType type) {
        d.kind(kind);
        d.object(c.qualifiedName(type));
        c.skipParenthesized();
        int begin = c.findTopLevel("begin");
        if (begin >= 0) {
            Token next = c.token(begin + 1);
            d.flagIf(next != null && next.is("atomic"), ATOMIC_BODY);
        }
    }

    private void trigger() {
        d.kind(StatementKind.CREATE_TRIGGER);
        d.object(c.qualifiedName(ObjectType.TRIGGER));
        int on = c.findTopLevel("on");
        if (on >= 0) {
            c.seek(on + 1);
            d.object(c.qualifiedName(ObjectType.TABLE));
        }
    }

    private void onTable(StatementKind kind, ObjectType type) {
        d.kind(kind);
        d.object(c.qualifiedName(type));
        if (c.accept("on")) {
            d.object(c.qualifiedName(ObjectType.TABLE));
        }
    }

    private void rule() {
        d.kind(StatementKind.CREATE_RULE);
        d.object(c.qualifiedName(ObjectType.RULE));
        int to = c.findTopLevel("to");
        if (to >= 0) {
            c.seek(to + 1);
            d.object(c.qualifiedName(ObjectType.TABLE));
        }
    }

    private String operatorName() {
        int start = c.position();
        while (!c.atEnd() && !c.isSymbol("(") && !c.isAny("using", "for", "default")) {
            c.next();
        }
        String text = c.text(start, c.position());
        return text == null ? "" : text.replaceAll("\\s+", "");
    }

    private void readOtherName() {
        // CREATE CONVERSION / LANGUAGE / ACCESS METHOD / TRANSFORM / FOREIGN DATA WRAPPER ...: name after the type words
        List<String> skipWords = List.of("foreign", "data", "wrapper", "access", "method", "language", "conversion",
                "transform", "for", "user", "mapping");
        while (!c.atEnd() && skipWords.stream().anyMatch(w -> c.is(w))) {
            c.next();
        }
        ifNotExists();
        d.object(c.qualifiedName(ObjectType.OTHER));
    }
}
