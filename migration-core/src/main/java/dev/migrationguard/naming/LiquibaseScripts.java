package dev.migrationguard.naming;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The up and rollback scripts of a changeset of an XML, YAML or JSON changelog, as text the SQL splitter reads with
 * the changelog's own lines: SQL written in the changelog ({@code <sql>}, a YAML {@code |} block) stands on its
 * lines and columns; the statements generated for a change ({@link LiquibaseChanges}) stand on the line where the
 * change starts; every other line is blank. A changeset without {@code rollback} is rolled back as Liquibase rolls it
 * back by itself (the inverse of each change, last first, on the changeset's first line) when every change has such
 * an inverse.
 */
final class LiquibaseScripts {

    private static final String NO_OP_MARKER = "-- migration-guard:irreversible Liquibase rollback empty: ";

    private LiquibaseScripts() {
    }

    /** A change that is not linted, and why. */
    record NotLinted(String change, int line, String reason) {
    }

    /**
     * What the naming needs to know of a changeset.
     *
     * @param rollback    how it rolls back: its rollback, Liquibase's automatic one, nothing to undo, or none
     * @param notLinted   its changes (and rollback changes) that are not linted
     * @param onlySqlFiles every change it runs is an {@code sqlFile} the location holds (that file is the migration)
     * @param empty       it runs nothing that can be linted: no change, or only changes that are not linted
     */
    record Plan(LiquibaseChangelog.Rollback rollback, List<NotLinted> notLinted, boolean onlySqlFiles, boolean empty) {
    }

    /** The plan of {@code c}; {@code inLocation} tells whether an {@code sqlFile path} is a file of the location. */
    static Plan plan(LiquibaseDocument.ChangeSet c, Map<String, String> properties,
                     Predicate<LiquibaseNode> inLocation) {
        LiquibaseChanges changes = new LiquibaseChanges(properties);
        List<NotLinted> notLinted = new ArrayList<>();
        boolean sqlFiles = false;
        boolean other = false;
        boolean linted = false;
        for (LiquibaseNode change : c.changes()) {
            if (change.name().equals("sqlFile") && inLocation.test(change)) {
                sqlFiles = true;
                continue;
            }
            if (LiquibaseChanges.runsNothing(change)
                    || !LiquibaseDocument.runsOnPostgres(change.attribute("dbms"))) {
                continue;
            }
            other = true;
            LiquibaseChanges.Mapped m = changes.up(change);
            if (m.notLinted() != null) {
                notLinted.add(new NotLinted(change.name(), change.line(), m.notLinted()));
            } else {
                linted = true;
            }
        }
        LiquibaseNode rollback = c.rollback();
        LiquibaseChangelog.Rollback kind;
        if (rollback != null) {
            boolean hasSql = !LiquibaseDocument.ChangeSet.rollbackSql(rollback).isEmpty()
                    || rollback.attribute("changeSetId") != null;
            for (LiquibaseNode change : rollback.children()) {
                if (change.name().equals("sqlFile") && inLocation.test(change)) {
                    hasSql = true;
                    continue;
                }
                if (LiquibaseChanges.runsNothing(change)) {
                    continue;
                }
                hasSql = true;
                LiquibaseChanges.Mapped m = changes.up(change);
                if (m.notLinted() != null) {
                    notLinted.add(new NotLinted(change.name(), change.line(), "in the rollback: " + m.notLinted()));
                }
            }
            kind = hasSql ? LiquibaseChangelog.Rollback.SQL : LiquibaseChangelog.Rollback.NO_OP;
        } else {
            kind = automatic(changes, c) == null ? LiquibaseChangelog.Rollback.NONE
                    : other ? LiquibaseChangelog.Rollback.SQL : LiquibaseChangelog.Rollback.NO_OP;
        }
        return new Plan(kind, List.copyOf(notLinted), sqlFiles && !other, !linted);
    }

    /** Liquibase's automatic rollback of {@code c}: the inverses, last change first; null when one has none. */
    private static List<String> automatic(LiquibaseChanges changes, LiquibaseDocument.ChangeSet c) {
        List<String> out = new ArrayList<>();
        List<LiquibaseNode> list = c.changes();
        for (int i = list.size() - 1; i >= 0; i--) {
            List<String> inverse = changes.inverse(list.get(i));
            if (inverse == null) {
                return null;
            }
            out.addAll(inverse);
        }
        return out;
    }

    /** The up script of {@code c} in {@code text} (the changelog without its BOM). */
    static LoadedScript up(String text, LiquibaseDocument doc, LiquibaseDocument.ChangeSet c, long bom,
                           Map<String, String> properties) {
        LiquibaseChanges changes = new LiquibaseChanges(properties);
        Canvas canvas = new Canvas(doc, c);
        canvas.modify(c, false);
        for (LiquibaseNode change : c.changes()) {
            canvas.change(changes, change);
        }
        return canvas.script(bom, c.noTransaction());
    }

    /** The rollback script of {@code c}: its rollback, else Liquibase's automatic one; a failure when it has none. */
    static LoadedScript down(String text, LiquibaseDocument doc, LiquibaseDocument.ChangeSet c, long bom,
                             Map<String, String> properties) {
        LiquibaseChanges changes = new LiquibaseChanges(properties);
        Canvas canvas = new Canvas(doc, c);
        canvas.modify(c, true);
        LiquibaseNode rollback = c.rollback();
        if (rollback != null) {
            String other = rollback.attribute("changeSetId");
            if (other != null) {
                LiquibaseDocument.ChangeSet target = doc.find(rollback.attribute("changeSetAuthor") + ":" + other);
                if (target != null) {
                    for (LiquibaseNode change : target.changes()) {
                        canvas.generated(rollback.line(), changes, change);
                    }
                }
            }
            canvas.body(LiquibaseDocument.ChangeSet.rollbackSql(rollback), null, changes);
            for (LiquibaseNode change : rollback.children()) {
                canvas.change(changes, change);
            }
            if (canvas.isBlank() && other == null) {
                canvas.append(c.line() + 1, NO_OP_MARKER + "the rollback of " + c.key() + " runs nothing");
            }
            return canvas.script(bom, c.noTransaction());
        }
        List<String> automatic = automatic(changes, c);
        if (automatic == null) {
            return LoadedScript.failed("changeSet " + c.key() + " has no rollback", c.line());
        }
        for (String s : automatic) {
            canvas.append(c.line() + 1, s + ";");
        }
        if (automatic.isEmpty()) {
            canvas.append(c.line() + 1, NO_OP_MARKER + c.key() + " runs nothing to undo");
        }
        return canvas.script(bom, c.noTransaction());
    }

    /** The changeset's lines, blank, with SQL written onto them. */
    private static final class Canvas {
        private final LiquibaseDocument doc;
        private final int first;
        private final StringBuilder[] rows;

        /** The blank lines of {@code c}, with its {@code migration-guard:} comments as SQL comments. */
        Canvas(LiquibaseDocument doc, LiquibaseDocument.ChangeSet c) {
            this.doc = doc;
            this.first = c.line() + 1;
            this.rows = new StringBuilder[Math.max(c.endLine(), first) - first + 1];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = new StringBuilder();
                String directive = doc.directive(first + i);
                if (directive != null) {
                    rows[i].append("-- ").append(directive);
                }
            }
        }

        private final List<LiquibaseNode> modifiers = new ArrayList<>();

        /**
         * Takes the changeset's {@code modifySql} for PostgreSQL ({@code replace}, {@code regExpReplace},
         * {@code prepend}, {@code append}), applied to the statements generated for its changes; for the rollback
         * only with {@code applyToRollback="true"}. SQL written in the changelog is linted as written.
         */
        void modify(LiquibaseDocument.ChangeSet c, boolean rollback) {
            for (LiquibaseNode m : c.node().children("modifySql")) {
                if (LiquibaseDocument.runsOnPostgres(m.attribute("dbms")) && (!rollback || m.flag("applyToRollback"))) {
                    modifiers.addAll(m.children());
                }
            }
        }

        private String modified(String sql) {
            String out = sql;
            for (LiquibaseNode m : modifiers) {
                String with = m.attribute("with") == null ? "" : m.attribute("with");
                String value = m.attribute("value") == null ? "" : m.attribute("value");
                try {
                    out = switch (m.name()) {
                        case "replace" -> m.attribute("replace") == null ? out
                                : out.replace(m.attribute("replace"), with);
                        case "regExpReplace" -> m.attribute("replace") == null ? out
                                : out.replaceAll(m.attribute("replace"), with);
                        case "prepend" -> value + out;
                        case "append" -> out + value;
                        default -> out;
                    };
                } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                    // a pattern or replacement Java cannot read (Liquibase would fail too): the statement stays
                    // as generated
                }
            }
            return out;
        }

        void change(LiquibaseChanges changes, LiquibaseNode change) {
            if (change.name().equals("sqlFile") || LiquibaseChanges.runsNothing(change)) {
                return;
            }
            LiquibaseChanges.Mapped m = changes.up(change);
            if (m.notLinted() != null) {
                return;
            }
            for (List<LiquibaseChanges.Piece> statement : m.statements()) {
                for (int i = 0; i < statement.size(); i++) {
                    LiquibaseChanges.Piece piece = statement.get(i);
                    append(piece.line(), modified(piece.text()) + (i == statement.size() - 1 ? ";" : ""));
                }
            }
            if (m.prefix() != null) {
                append(change.line(), m.prefix());
            }
            if (!m.body().isEmpty()) {
                body(m.body(), m.delimiter(), changes);
            }
        }

        /** The statements {@code change} runs, all on {@code line} (a rollback naming another changeset). */
        void generated(int line, LiquibaseChanges changes, LiquibaseNode change) {
            LiquibaseChanges.Mapped m = changes.up(change);
            for (List<LiquibaseChanges.Piece> statement : m.statements()) {
                StringBuilder s = new StringBuilder();
                for (LiquibaseChanges.Piece piece : statement) {
                    s.append(piece.text()).append(' ');
                }
                append(line, s.toString().strip() + ";");
            }
        }

        /** SQL written in the changelog, where it stands, ended with {@code ;} when it does not end so. */
        void body(List<LiquibaseNode.Text> texts, String delimiter, LiquibaseChanges changes) {
            int lastLine = 0;
            String lastContent = "";
            boolean any = false;
            for (LiquibaseNode.Text t : texts) {
                String[] lines = t.value().split("\n", -1);
                for (int k = 0; k < lines.length; k++) {
                    String content = changes.substitute(LiquibaseChangelog.withDelimiter(lines[k], delimiter));
                    int line = t.line() + k;
                    int column = k == 0 ? t.column() : t.verbatim() ? t.indent() + 1 : 1;
                    write(line, column, content);
                    if (!content.isBlank()) {
                        lastLine = line;
                        lastContent = content;
                        any = true;
                    }
                }
            }
            if (any && !lastContent.stripTrailing().endsWith(";")) {
                if (lastContent.contains("--")) {
                    append(lastLine + 1, ";");
                } else {
                    StringBuilder row = rows[index(lastLine)];
                    row.setLength(row.toString().stripTrailing().length());
                    row.append(';');
                }
            }
        }

        /** True when nothing but comments was written. */
        boolean isBlank() {
            for (StringBuilder r : rows) {
                String row = r.toString().strip();
                if (!row.isEmpty() && !row.startsWith("--")) {
                    return false;
                }
            }
            return true;
        }

        /** {@code s} at the end of {@code line}'s text. */
        void append(int line, String s) {
            StringBuilder row = rows[index(line)];
            if (!row.toString().isBlank()) {
                row.append(' ');
            }
            row.append(s);
        }

        private void write(int line, int column, String s) {
            StringBuilder row = rows[index(line)];
            if (row.length() < column - 1) {
                row.append(" ".repeat(column - 1 - row.length()));
            } else if (row.length() > column - 1 && !row.toString().isBlank()) {
                row.append(' ');
            }
            row.append(s);
        }

        private int index(int line) {
            return Math.max(0, Math.min(rows.length - 1, line - first));
        }

        LoadedScript script(long bom, boolean noTransaction) {
            StringBuilder out = new StringBuilder();
            for (StringBuilder r : rows) {
                out.append(r).append('\n');
            }
            return new LoadedScript(out.toString(), first, bom + doc.byteOffset(first), noTransaction, null,
                    0);
        }
    }

}
