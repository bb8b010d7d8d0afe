package dev.migrationguard.naming;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An XML, YAML or JSON Liquibase changelog: its {@code include} / {@code includeAll} entries and changesets in the
 * order written, the properties it defines for PostgreSQL, and what is wrong with it (a file that does not parse, a
 * changeset without id or author, two changesets with one {@code author:id}). Changesets whose {@code dbms} leaves
 * PostgreSQL out are kept apart: they never run on it.
 */
final class LiquibaseDocument {

    /**
     * An {@code include file=} or {@code includeAll path=} entry; {@code elsewhere} when its {@code dbms} or
     * {@code context} leaves PostgreSQL out (what it includes never runs there).
     */
    record Include(String kind, String path, boolean relative, int line, boolean elsewhere) {
    }

    /**
     * One changeset.
     *
     * @param line    1-based line of its start
     * @param endLine the last line before the next entry (or the end of the file)
     */
    record ChangeSet(String author, String id, int line, int endLine, LiquibaseNode node) {
        String key() {
            return author + ":" + id;
        }

        boolean noTransaction() {
            String v = node.attribute("runInTransaction");
            return v != null && v.strip().equalsIgnoreCase("false");
        }

        /** The changes, in order: every child but the changeset's own settings. */
        List<LiquibaseNode> changes() {
            List<LiquibaseNode> out = new ArrayList<>();
            for (LiquibaseNode c : node.children()) {
                if (!NOT_CHANGES.contains(c.name())) {
                    out.add(c);
                }
            }
            return out;
        }

        /**
         * The explicit {@code rollback} element, or null. YAML and JSON may write it as SQL text
         * ({@code rollback: DROP TABLE t}): that becomes a rollback element holding the text.
         */
        LiquibaseNode rollback() {
            LiquibaseNode r = node.child("rollback");
            LiquibaseNode.Text text = node.positions().get("rollback");
            if (r == null && text != null) {
                return new LiquibaseNode("rollback", Map.of(), List.of(), List.of(text), Map.of(), text.line(),
                        text.column());
            }
            return r;
        }

        /**
         * The SQL text a rollback holds itself: XML character data, or in YAML and JSON the text of
         * {@code rollback: {sql: ...}}.
         */
        static List<LiquibaseNode.Text> rollbackSql(LiquibaseNode rollback) {
            if (rollback.texts().stream().anyMatch(t -> !t.value().isBlank())) {
                return rollback.texts();
            }
            LiquibaseNode.Text sql = rollback.positions().get("sql");
            return sql == null ? List.of() : List.of(sql);
        }
    }

    private static final java.util.Set<String> NOT_CHANGES = java.util.Set.of("comment", "preConditions",
            "precondition", "rollback", "validCheckSum", "modifySql", "id", "author", "labels", "context",
            "contextFilter", "created");

    private static final java.util.regex.Pattern DIRECTIVE = java.util.regex.Pattern.compile(
            "\\s*(?:<!--|#)\\s*(migration-guard:[a-z-]+\\b.*?)\\s*(?:-->)?\\s*");

    private final List<Object> entries;
    private final List<LiquibaseChangelog.Problem> problems;
    private final Map<String, String> properties;
    private final String[] lines;
    private final long[] lineBytes;
    private final List<LiquibaseNode> elsewhere;

    private LiquibaseDocument(List<Object> entries, List<LiquibaseChangelog.Problem> problems,
                              Map<String, String> properties, String[] lines, long[] lineBytes,
                              List<LiquibaseNode> elsewhere) {
        this.elsewhere = elsewhere;
        this.entries = entries;
        this.problems = problems;
        this.properties = properties;
        this.lines = lines;
        this.lineBytes = lineBytes;
    }

    /**
     * The Migration Guard directive ({@code migration-guard:ignore ...}, {@code migration-guard:irreversible ...})
     * a comment on line {@code line} holds, written as an XML comment ({@code <!-- ... -->}) or a YAML one
     * ({@code # ...}) alone on its line; null when none.
     */
    String directive(int line) {
        if (line < 1 || line > lines.length) {
            return null;
        }
        java.util.regex.Matcher m = DIRECTIVE.matcher(lines[line - 1]);
        return m.matches() ? m.group(1) : null;
    }

    /** The UTF-8 byte offset of the start of 1-based {@code line}. */
    long byteOffset(int line) {
        return lineBytes[Math.max(0, Math.min(lineBytes.length - 1, line - 1))];
    }

    private static long[] lineBytes(String text) {
        int[] starts = LiquibaseXml.lineStarts(text);
        long[] bytes = new long[starts.length];
        for (int i = 1; i < starts.length; i++) {
            bytes[i] = bytes[i - 1] + LiquibaseChangelog.Utf8Length.of(text, starts[i - 1], starts[i]);
        }
        return bytes;
    }

    /** The line of a {@code migration-guard:irreversible} comment inside {@code c}, or 0. */
    int irreversibleLine(ChangeSet c) {
        for (int l = c.line(); l <= c.endLine(); l++) {
            String d = directive(l);
            if (d != null && d.startsWith("migration-guard:irreversible")) {
                return l;
            }
        }
        return 0;
    }

    /** True for a file name Liquibase reads as a structured changelog: {@code .xml}, {@code .yaml}, {@code .yml}, {@code .json}. */
    static boolean isStructured(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.endsWith(".xml") || n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json");
    }

    /** True when {@code text} may be a changelog: it names {@code databaseChangeLog}. */
    static boolean mayBeChangelog(String text) {
        return text != null && text.contains("databaseChangeLog");
    }

    /** Reads {@code text} (without a BOM) of the file {@code fileName}. Never throws. */
    static LiquibaseDocument read(String fileName, String text) {
        Object root = fileName.toLowerCase(Locale.ROOT).endsWith(".xml") ? LiquibaseXml.read(text)
                : LiquibaseYaml.read(text);
        String[] lines = text.split("\r\n|\r|\n", -1);
        if (root instanceof LiquibaseXml.Failure f) {
            return new LiquibaseDocument(List.of(), List.of(new LiquibaseChangelog.Problem(f.line(), "line "
                    + f.line() + " cannot be read as a changelog: " + f.message(), "fix the file so Liquibase can"
                    + " read it; its changesets are not linted until then")), Map.of(), lines, lineBytes(text), List.of());
        }
        LiquibaseNode node = (LiquibaseNode) root;
        int lastLine = (int) text.lines().count();
        List<Object> entries = new ArrayList<>();
        List<LiquibaseChangelog.Problem> problems = new ArrayList<>();
        Map<String, String> properties = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        List<LiquibaseNode> elsewhere = new ArrayList<>();
        List<LiquibaseNode> items = node.children();
        for (int i = 0; i < items.size(); i++) {
            LiquibaseNode item = items.get(i);
            int end = i + 1 < items.size() ? Math.max(item.line(), items.get(i + 1).line() - 1) : lastLine;
            switch (item.name()) {
                case "include" -> {
                    String file = item.attribute("file");
                    if (file != null) {
                        entries.add(new Include("include", file, item.flag("relativeToChangelogFile"),
                                item.line(), !runsHere(item)));
                    }
                }
                case "includeAll" -> {
                    String path = item.attribute("path");
                    if (path != null) {
                        entries.add(new Include("includeAll", path, item.flag("relativeToChangelogFile"),
                                item.line(), !runsHere(item)));
                    }
                }
                case "property" -> {
                    String name = item.attribute("name");
                    if (runsOnPostgres(item.attribute("dbms")) && contextRunsOnPostgres(item.attribute("context"))
                            && name != null && item.attribute("value") != null) {
                        // one made for PostgreSQL by name wins over a general one
                        boolean forPostgres = item.attribute("dbms") != null || item.attribute("context") != null;
                        if (forPostgres || !properties.containsKey(name)) {
                            properties.put(name, item.attribute("value"));
                        }
                    }
                }
                case "changeSet" -> {
                    String id = item.attribute("id");
                    String author = item.attribute("author");
                    if (id == null || author == null || id.isBlank() || author.isBlank()) {
                        problems.add(new LiquibaseChangelog.Problem(item.line(), "the changeSet on line "
                                + item.line() + " has no " + (id == null || id.isBlank() ? "id" : "author"),
                                "give it both: id=\"...\" and author=\"...\""));
                        continue;
                    }
                    if (!runsOnPostgres(item.attribute("dbms")) || !contextRunsOnPostgres(item.attribute("context"))
                            || !contextRunsOnPostgres(item.attribute("contextFilter"))
                            || !preconditionsRunOnPostgres(item.child("preConditions"))) {
                        elsewhere.add(item);
                        continue;
                    }
                    ChangeSet c = new ChangeSet(author.strip(), id.strip(), item.line(), end, item);
                    Integer earlier = seen.putIfAbsent(c.key(), c.line());
                    if (earlier != null) {
                        problems.add(new LiquibaseChangelog.Problem(c.line(), "changeSet " + c.key() + " on line "
                                + c.line() + " has the same author and id as the changeSet on line " + earlier
                                + "; Liquibase refuses the changelog", "give the changeSet on line " + c.line()
                                + " an id no other changeSet of " + c.author() + " uses"));
                        continue;
                    }
                    entries.add(c);
                }
                default -> {
                }
            }
        }
        return new LiquibaseDocument(List.copyOf(entries), List.copyOf(problems), properties, lines,
                lineBytes(text), List.copyOf(elsewhere));
    }

    /**
     * True when a {@code dbms} attribute lets the element run on PostgreSQL: absent, {@code all}, or a list naming
     * {@code postgresql} (and not {@code !postgresql}, nor {@code none}).
     */
    static boolean runsOnPostgres(String dbms) {
        if (dbms == null || dbms.isBlank()) {
            return true;
        }
        boolean anyPositive = false;
        boolean named = false;
        for (String part : dbms.toLowerCase(Locale.ROOT).split(",")) {
            String p = part.strip();
            if (p.equals("none") || p.equals("!postgresql")) {
                return false;
            }
            if (!p.isEmpty() && !p.startsWith("!")) {
                anyPositive = true;
                named |= p.equals("postgresql") || p.equals("all");
            }
        }
        return !anyPositive || named;
    }

    /** True when an element's {@code dbms} and {@code context} let it run on PostgreSQL. */
    private static boolean runsHere(LiquibaseNode item) {
        return runsOnPostgres(item.attribute("dbms")) && contextRunsOnPostgres(item.attribute("context"))
                && contextRunsOnPostgres(item.attribute("contextFilter"));
    }

    /** Database names a context may be named after: {@code context="mysql"} picks changesets for that database. */
    private static final java.util.Set<String> DATABASES = java.util.Set.of("mysql", "mariadb", "oracle", "mssql",
            "sqlserver", "h2", "hsqldb", "derby", "db2", "sqlite", "sybase", "informix", "firebird", "cockroachdb",
            "snowflake");

    /**
     * False when a context expression names only other databases ({@code mysql}, {@code oracle, h2}): projects that
     * support several databases pick each one's changesets by a context named after it. Any other context (a
     * deployment's own names, {@code postgresql}, expressions with {@code AND}) runs.
     */
    static boolean contextRunsOnPostgres(String context) {
        if (context == null || context.isBlank()) {
            return true;
        }
        for (String part : context.toLowerCase(Locale.ROOT).split("[,\\s]+|\\bor\\b")) {
            String p = part.strip();
            if (!p.isEmpty() && !DATABASES.contains(p)) {
                return true;
            }
        }
        return false;
    }

    /**
     * False when a changeset's {@code preConditions} require another database: a {@code <dbms type=...>} without
     * PostgreSQL among its direct conditions (all of which must hold), or {@code <not><dbms type="postgresql"/>}.
     */
    static boolean preconditionsRunOnPostgres(LiquibaseNode preconditions) {
        if (preconditions == null) {
            return true;
        }
        for (LiquibaseNode c : preconditions.children()) {
            if (c.name().equals("dbms") && !named(c.attribute("type"))) {
                return false;
            }
            if (c.name().equals("not")) {
                for (LiquibaseNode n : c.children("dbms")) {
                    if (named(n.attribute("type"))) {
                        return false;
                    }
                }
            }
            if (c.name().equals("or") && !c.children().isEmpty() && c.children().stream()
                    .allMatch(o -> o.name().equals("dbms") && !named(o.attribute("type")))) {
                return false;
            }
        }
        return true;
    }

    /** True when a {@code dbms type} list names PostgreSQL. */
    private static boolean named(String types) {
        return types != null && java.util.Arrays.stream(types.toLowerCase(Locale.ROOT).split(","))
                .anyMatch(t -> t.strip().equals("postgresql"));
    }

    /** Includes and changesets that run on PostgreSQL, in the order written. */
    List<Object> entries() {
        return entries;
    }

    /** The changesets that never run on PostgreSQL (their {@code dbms}, context or preconditions say so). */
    List<LiquibaseNode> elsewhere() {
        return elsewhere;
    }

    List<ChangeSet> changeSets() {
        List<ChangeSet> out = new ArrayList<>();
        for (Object e : entries) {
            if (e instanceof ChangeSet c) {
                out.add(c);
            }
        }
        return out;
    }

    ChangeSet find(String key) {
        for (Object e : entries) {
            if (e instanceof ChangeSet c && c.key().equals(key)) {
                return c;
            }
        }
        return null;
    }

    List<LiquibaseChangelog.Problem> problems() {
        return problems;
    }

    /** {@code ${name}} values the changelog defines for PostgreSQL. */
    Map<String, String> properties() {
        return properties;
    }

    /** Reads files once per text: a changelog of many changesets is loaded once per script otherwise. */
    private static final Map<Key, LiquibaseDocument> RECENT = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, LiquibaseDocument> eldest) {
            return size() > 8;
        }
    };

    /** What the recent documents are remembered by: the file name and its whole text. */
    private record Key(String fileName, String text) {
    }

    /** {@link #read}, remembered for the last few texts read. */
    static LiquibaseDocument cached(String fileName, String text) {
        Key key = new Key(fileName, text);
        synchronized (RECENT) {
            LiquibaseDocument d = RECENT.get(key);
            if (d != null) {
                return d;
            }
        }
        LiquibaseDocument d = read(fileName, text);
        synchronized (RECENT) {
            RECENT.put(key, d);
        }
        return d;
    }
}
