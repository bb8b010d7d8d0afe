package dev.migrationguard.sql;

import static dev.migrationguard.sql.StatementFlag.*;

/**
 * Classifies data statements from their tokens: SELECT / VALUES / TABLE, WITH ... (by the main verb after the
 * common table expressions), INSERT, UPDATE, DELETE, MERGE, TRUNCATE and COPY.
 */
final class DataStatementReader {

    private final TokenCursor c;
    private final ClassificationDraft d;

    private DataStatementReader(TokenCursor c, ClassificationDraft d) {
        this.c = c;
        this.d = d;
    }

    /** Reads the statement at the cursor when it is a data statement; returns false (nothing consumed) otherwise. */
    static boolean read(TokenCursor c, ClassificationDraft d) {
        return new DataStatementReader(c, d).read();
    }

    private boolean read() {
        boolean withCtes = false;
        int ctesStart = c.position();
        if (c.accept("with")) {
            withCtes = true;
            skipCommonTableExpressions();
        }
        int mainStart = c.position();
        if (c.accept("select") || c.accept("values") || c.accept("table") || c.isSymbol("(")) {
            d.kind(StatementKind.SELECT);
            c.seek(ctesStart);
            collectReads(c, d);
        } else if (c.accept("insert", "into")) {
            insert();
        } else if (c.accept("update")) {
            update();
        } else if (c.accept("delete", "from")) {
            delete();
        } else if (c.accept("merge", "into")) {
            merge();
        } else if (c.accept("truncate")) {
            truncate();
        } else if (c.accept("copy")) {
            copy();
        } else {
            c.seek(ctesStart);
            return false;
        }
        if (withCtes && d.kind != StatementKind.SELECT) {
            TokenCursor ctes = c.slice(ctesStart, mainStart);
            int before = d.readTables.size();
            collectReads(ctes, d);
            d.flagIf(d.readTables.size() > before || ctes.containsAnywhere("select"), READS_OTHER_TABLES);
        }
        return true;
    }

    private void skipCommonTableExpressions() {
        c.accept("recursive");
        while (!c.atEnd()) {
            String name = c.name();
            if (name != null) {
                d.cteNames.add(name);
            }
            c.skipParenthesized();
            c.accept("as");
            c.accept("not");
            c.accept("materialized");
            c.skipParenthesized();
            if (c.accept("search")) {
                skipTo("set");
                c.next();
                c.next();
            }
            if (c.accept("cycle")) {
                skipTo("using");
                c.next();
                c.next();
            }
            if (!c.acceptSymbol(",")) {
                return;
            }
        }
    }

    private void skipTo(String word) {
        while (!c.atEnd() && !c.is(word)) {
            c.next();
        }
        c.accept(word);
    }

    private void insert() {
        d.kind(StatementKind.INSERT);
        d.object(c.qualifiedName(ObjectType.TABLE));
        int bodyStart = c.position();
        boolean readsTables = c.containsAnywhere("select");
        collectReads(c.slice(bodyStart, c.end()), d);
        d.flagIf(readsTables || !d.readTables.isEmpty(), READS_OTHER_TABLES);
    }

    private void update() {
        d.kind(StatementKind.UPDATE);
        d.flagIf(c.accept("only"), ONLY);
        d.object(c.qualifiedName(ObjectType.TABLE));
        d.flagIf(c.findTopLevel("where") >= 0, HAS_WHERE);
        boolean readsTables = c.findTopLevel("from") >= 0 || c.containsAnywhere("select");
        collectReads(c.slice(c.position(), c.end()), d);
        d.flagIf(readsTables, READS_OTHER_TABLES);
    }

    private void delete() {
        d.kind(StatementKind.DELETE);
        d.flagIf(c.accept("only"), ONLY);
        d.object(c.qualifiedName(ObjectType.TABLE));
        d.flagIf(c.findTopLevel("where") >= 0, HAS_WHERE);
        int using = c.findTopLevel("using");
        boolean readsTables = using >= 0 || c.containsAnywhere("select");
        if (using >= 0) {
            TokenCursor u = c.slice(using + 1, c.end());
            u.qualifiedNameList(ObjectType.TABLE).forEach(d.readTables::add);
        }
        collectReads(c.slice(c.position(), c.end()), d);
        d.flagIf(readsTables, READS_OTHER_TABLES);
    }

    private void merge() {
        d.kind(StatementKind.MERGE);
        d.object(c.qualifiedName(ObjectType.TABLE));
        int using = c.findTopLevel("using");
        if (using >= 0) {
            TokenCursor u = c.slice(using + 1, c.end());
            if (u.isName()) {
                d.readTables.add(u.qualifiedName(ObjectType.TABLE));
            }
        }
        collectReads(c.slice(c.position(), c.end()), d);
        d.flag(READS_OTHER_TABLES);
    }

    private void truncate() {
        d.kind(StatementKind.TRUNCATE);
        c.accept("table");
        d.flagIf(c.accept("only"), ONLY);
        var names = c.qualifiedNameList(ObjectType.TABLE);
        names.forEach(d::object);
        d.flagIf(names.size() > 1, MULTIPLE_OBJECTS);
        d.flagIf(c.findTopLevel("cascade") >= 0, CASCADE);
    }

    private void copy() {
        d.kind(StatementKind.COPY);
        if (c.isSymbol("(")) {
            int open = c.position();
            int close = c.matchingClose(open);
            collectReads(c.slice(open + 1, close < 0 ? c.end() : close), d);
            return;
        }
        d.object(c.qualifiedName(ObjectType.TABLE));
        c.skipParenthesized();
        d.copyFrom = c.is("from");
    }

    /**
     * Adds to {@code draft.readTables} the tables named right after FROM and JOIN (and the comma-separated list of a
     * FROM clause), at any depth, from the cursor to its end.
     */
    static void collectReads(TokenCursor cursor, ClassificationDraft draft) {
        for (int i = cursor.position(); i < cursor.end(); i++) {
            Token t = cursor.token(i);
            if ((t.is("from") && startsClause(cursor, i)) || t.is("join")) {
                TokenCursor from = cursor.slice(i + 1, cursor.end());
                from.accept("only");
                if (from.isName() && !from.isAny("select", "lateral", "unnest", "generate_series")) {
                    ObjectRef ref = from.qualifiedName(ObjectType.TABLE);
                    if (ref != null && !from.isSymbol("(") && !draft.cteNames.contains(ref.name())) {
                        draft.readTables.add(ref);
                    }
                }
            }
        }
    }

    /**
     * True when the FROM at {@code index} belongs to a SELECT, DELETE or UPDATE at the same parenthesis depth (not
     * to {@code extract(year FROM x)} or {@code substring(s FROM 2)}).
     */
    private static boolean startsClause(TokenCursor cursor, int index) {
        int depth = 0;
        for (int j = index - 1; j >= 0; j--) {
            Token t = cursor.token(j);
            if (t == null) {
                return false;
            }
            if (t.isSymbol(")")) {
                depth++;
            } else if (t.isSymbol("(")) {
                if (depth == 0) {
                    return false;
                }
                depth--;
            } else if (depth == 0 && (t.is("select") || t.is("delete") || t.is("update") || t.is("copy"))) {
                return true;
            }
        }
        return false;
    }
}
