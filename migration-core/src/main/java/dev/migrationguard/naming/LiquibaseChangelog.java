package dev.migrationguard.naming;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Liquibase formatted SQL changelog ({@code --liquibase formatted sql} on its first line) split into its changesets.
 * One file, several migrations: each {@code --changeset author:id [attribute:value ...]} line starts a changeset that
 * runs to the next one; its {@code --rollback <sql>} lines and {@code /* liquibase rollback ... *}{@code /} blocks are
 * its down.
 *
 * <p>The scripts handed to the SQL splitter keep the changelog's line structure: the up script is the changeset's
 * body with the lines Liquibase skips ({@code --ignoreLines}) blanked; the rollback script has every line that is not
 * rollback SQL blanked and the {@code --rollback} prefix replaced by spaces. So every statement keeps its line and
 * column in the changelog, and blanked lines keep their UTF-8 byte length so byte offsets stay true too.
 * A custom {@code endDelimiter} ({@code rollbackEndDelimiter} for the rollback) that ends a line is turned into
 * {@code ;} padded with spaces: on PostgreSQL the JDBC driver splits what Liquibase sends at {@code ;} as well, so
 * the statements the server runs are those separated by either.
 *
 * <p>Never throws: malformed lines come back as {@link Problem}s with their line.
 */
public final class LiquibaseChangelog {

    private static final Pattern HEADER = Pattern.compile("(?i)\\s*--\\s*liquibase\\s+formatted\\s+sql\\b.*");
    private static final Pattern CHANGESET = Pattern.compile("(?i)\\s*--\\s*changeset\\b\\s*(.*)");
    private static final Pattern AUTHOR_ID = Pattern.compile("(\"[^\"]+\"|[^\\s:\"]+):(\"[^\"]+\"|\\S+)(.*)");
    private static final Pattern ATTRIBUTE = Pattern.compile("([A-Za-z][A-Za-z0-9_-]*):(\"[^\"]*\"|\\S*)");
    private static final Pattern ROLLBACK = Pattern.compile("(?i)(\\s*--\\s*rollback\\b)(.*)");
    private static final Pattern ROLLBACK_BLOCK = Pattern.compile("(?i)\\s*/\\*\\s*liquibase\\s+rollback\\b.*");
    private static final Pattern IGNORE_LINES = Pattern.compile("(?i)\\s*--\\s*ignoreLines:(\\w+)\\s*");
    private static final Pattern COMMENT = Pattern.compile("(?i)\\s*--\\s*comment\\b:?\\s*(.*)");
    private static final Pattern NO_OP_ROLLBACK = Pattern.compile("(?i)\\s*(not required|empty)\\b.*");
    private static final Pattern IRREVERSIBLE = Pattern.compile("(?i)\\s*--\\s*migration-guard:irreversible\\b.*");

    private static final String NO_OP_MARKER = "-- migration-guard:irreversible Liquibase rollback ";

    private final List<Changeset> changesets;
    private final List<Problem> problems;

    private LiquibaseChangelog(List<Changeset> changesets, List<Problem> problems) {
        this.changesets = changesets;
        this.problems = problems;
    }

    /** A malformed line of the changelog. */
    public record Problem(int line, String message, String help) {
    }

    /**
     * One changeset.
     *
     * @param author     the author as written (quotes removed)
     * @param id         the id as written (quotes removed)
     * @param line       1-based line of its {@code --changeset} line
     * @param attributes its attributes in order, names as written ({@code runInTransaction}, {@code endDelimiter},...)
     * @param comment    the text of its {@code --comment} line, or null
     * @param rollback   how it is rolled back
     * @param irreversibleLine the line of a {@code -- migration-guard:irreversible} marker inside it, or 0
     */
    public record Changeset(String author, String id, int line, Map<String, String> attributes, String comment,
                            Rollback rollback, int irreversibleLine, int bodyStart, int bodyEnd, int bodyLine,
                            long bodyByteOffset) {

        /** {@code author:id}, the changeset's name in Liquibase's own messages. */
        public String key() {
            return author + ":" + id;
        }

        /** The value of attribute {@code name} (any case), or null. */
        public String attribute(String name) {
            for (Map.Entry<String, String> e : attributes.entrySet()) {
                if (e.getKey().equalsIgnoreCase(name)) {
                    return e.getValue();
                }
            }
            return null;
        }

        /** {@code runInTransaction:false}. */
        public boolean noTransaction() {
            return "false".equalsIgnoreCase(attribute("runInTransaction"));
        }
    }

    /** How a changeset rolls back. */
    public enum Rollback {
        /** No {@code --rollback} line and no rollback block. */
        NONE,
        /** {@code --rollback not required} or {@code --rollback empty}: Liquibase records the rollback, runs nothing. */
        NO_OP,
        /** Rollback SQL. */
        SQL
    }

    /** True when the first line of {@code text} is {@code --liquibase formatted sql} (a BOM allowed before it). */
    public static boolean isFormattedSql(String text) {
        if (text == null) {
            return false;
        }
        int start = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0;
        int end = start;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return HEADER.matcher(text.substring(start, end)).matches();
    }

    public List<Changeset> changesets() {
        return changesets;
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The first changeset named {@code key} ({@code author:id}), or null. */
    public Changeset find(String key) {
        for (Changeset c : changesets) {
            if (c.key().equals(key)) {
                return c;
            }
        }
        return null;
    }

    /** One line of the text: [start, end) without its line break, next = start of the following line. */
    private record Line(int start, int end, int next, int number, long byteOffset) {
    }

    private static List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        int n = text.length();
        int start = 0;
        int number = 1;
        long bytes = 0;
        while (start < n) {
            int end = start;
            while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            int next = end;
            if (next < n) {
                next += text.charAt(next) == '\r' && next + 1 < n && text.charAt(next + 1) == '\n' ? 2 : 1;
            }
            lines.add(new Line(start, end, next, number++, bytes));
            bytes += Utf8Length.of(text, start, next);
            start = next;
        }
        return lines;
    }

    /** Splits {@code text} (without a BOM) into changesets. */
    public static LiquibaseChangelog parse(String text) {
        List<Line> lines = lines(text);
        List<Changeset> changesets = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        boolean reportedStray = false;
        int i = 0;
        while (i < lines.size()) {
            Line l = lines.get(i);
            String content = text.substring(l.start(), l.end());
            Matcher m = CHANGESET.matcher(content);
            if (!m.matches()) {
                String s = content.strip();
                if (!reportedStray && i > 0 && !s.isEmpty() && !s.startsWith("--")) {
                    problems.add(new Problem(l.number(), "line " + l.number() + " holds SQL before the first"
                            + " --changeset line; Liquibase does not run it", "move it into a changeset: put a"
                            + " --changeset <author>:<id> line before it"));
                    reportedStray = true;
                }
                i++;
                continue;
            }
            int end = i + 1;
            while (end < lines.size() && !CHANGESET.matcher(text.substring(lines.get(end).start(),
                    lines.get(end).end())).matches()) {
                end++;
            }
            reportedStray = true;
            Changeset c = changeset(text, lines, i, end, m.group(1), problems);
            if (c != null) {
                Integer earlier = seen.putIfAbsent(c.key(), c.line());
                if (earlier != null) {
                    problems.add(new Problem(c.line(), "changeset " + c.key() + " on line " + c.line()
                            + " has the same author and id as the changeset on line " + earlier
                            + "; Liquibase refuses the changelog", "give the changeset on line " + c.line()
                            + " an id no other changeset of " + c.author() + " uses"));
                } else {
                    changesets.add(c);
                }
            }
            i = end;
        }
        return new LiquibaseChangelog(List.copyOf(changesets), List.copyOf(problems));
    }

    private static Changeset changeset(String text, List<Line> lines, int at, int end, String rest,
                                       List<Problem> problems) {
        Line head = lines.get(at);
        Matcher m = AUTHOR_ID.matcher(rest.strip());
        if (!m.matches()) {
            problems.add(new Problem(head.number(), "--changeset on line " + head.number() + " has no author:id ("
                    + text.substring(head.start(), head.end()).strip() + ")", "write it as --changeset <author>:<id>"
                    + " [attribute:value ...], e.g. --changeset alice:add-email runInTransaction:false"));
            return null;
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher a = ATTRIBUTE.matcher(m.group(3));
        while (a.find()) {
            attributes.put(a.group(1), unquote(a.group(2)));
        }
        String comment = null;
        Rollback rollback = Rollback.NONE;
        int irreversible = 0;
        boolean inBlock = false;
        for (int i = at + 1; i < end; i++) {
            Line l = lines.get(i);
            String content = text.substring(l.start(), l.end());
            if (inBlock) {
                if (content.contains("*/")) {
                    inBlock = false;
                }
                if (!content.replace("*/", "").isBlank()) {
                    rollback = Rollback.SQL;
                }
                continue;
            }
            Matcher r = ROLLBACK.matcher(content);
            if (r.matches()) {
                if (NO_OP_ROLLBACK.matcher(r.group(2)).matches()) {
                    rollback = rollback == Rollback.SQL ? Rollback.SQL : Rollback.NO_OP;
                } else if (!r.group(2).isBlank()) {
                    rollback = Rollback.SQL;
                }
                continue;
            }
            if (ROLLBACK_BLOCK.matcher(content).matches()) {
                inBlock = !content.contains("*/");
                continue;
            }
            Matcher c = COMMENT.matcher(content);
            if (comment == null && c.matches()) {
                comment = c.group(1).strip();
            }
            if (irreversible == 0 && IRREVERSIBLE.matcher(content).matches()) {
                irreversible = l.number();
            }
        }
        if (inBlock) {
            problems.add(new Problem(head.number(), "the /* liquibase rollback block of changeset " + m.group(1)
                    + ":" + m.group(2) + " is never closed", "end the rollback block with a line holding */"));
        }
        Line first = at + 1 < lines.size() ? lines.get(at + 1) : null;
        int bodyStart = head.next();
        int bodyEnd = end < lines.size() ? lines.get(end).start() : text.length();
        int bodyLine = head.number() + 1;
        long bodyBytes = first != null ? first.byteOffset() : head.byteOffset() + Utf8Length.of(text, head.start(),
                head.next());
        return new Changeset(unquote(m.group(1)), unquote(m.group(2)), head.number(),
                java.util.Collections.unmodifiableMap(attributes), comment, rollback, irreversible, bodyStart,
                bodyEnd, bodyLine, bodyBytes);
    }

    private static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    /**
     * The up script of {@code c}: its body, lines Liquibase ignores blanked, its end delimiter turned into {@code ;}.
     */
    public static String upText(String text, Changeset c) {
        String body = text.substring(c.bodyStart(), c.bodyEnd());
        List<Line> lines = lines(body);
        StringBuilder out = new StringBuilder(body.length());
        String delimiter = c.attribute("endDelimiter");
        int ignoreCount = 0;
        boolean ignoring = false;
        for (Line l : lines) {
            String content = body.substring(l.start(), l.end());
            String lineBreak = body.substring(l.end(), l.next());
            Matcher ig = IGNORE_LINES.matcher(content);
            if (ig.matches()) {
                String v = ig.group(1).toLowerCase(Locale.ROOT);
                if (v.equals("start")) {
                    ignoring = true;
                } else if (v.equals("end")) {
                    ignoring = false;
                } else if (v.matches("\\d+")) {
                    ignoreCount = Integer.parseInt(v);
                }
                out.append(content).append(lineBreak);
                continue;
            }
            if (ignoring || ignoreCount > 0) {
                ignoreCount = Math.max(0, ignoreCount - 1);
                out.append(blank(content)).append(lineBreak);
                continue;
            }
            out.append(withDelimiter(content, delimiter)).append(lineBreak);
        }
        return out.toString();
    }

    /**
     * The rollback script of {@code c}: rollback SQL where it stands in the changelog, every other line blank. A
     * {@code --rollback not required [reason]} / {@code --rollback empty [reason]} line (Liquibase runs nothing and
     * records the rollback) becomes {@code -- migration-guard:irreversible Liquibase rollback not required [reason]}:
     * the author said, in Liquibase's words, that the changeset needs no undo.
     */
    public static String rollbackText(String text, Changeset c) {
        String body = text.substring(c.bodyStart(), c.bodyEnd());
        StringBuilder out = new StringBuilder(body.length());
        String delimiter = c.attribute("rollbackEndDelimiter");
        if (delimiter == null) {
            delimiter = c.attribute("endDelimiter");
        }
        boolean inBlock = false;
        for (Line l : lines(body)) {
            String content = body.substring(l.start(), l.end());
            String lineBreak = body.substring(l.end(), l.next());
            if (inBlock) {
                int close = content.indexOf("*/");
                if (close >= 0) {
                    inBlock = false;
                    content = content.substring(0, close) + "  " + blank(content.substring(close + 2));
                }
                out.append(withDelimiter(content, delimiter)).append(lineBreak);
                continue;
            }
            Matcher r = ROLLBACK.matcher(content);
            if (r.matches()) {
                String sql = r.group(2);
                if (NO_OP_ROLLBACK.matcher(sql).matches()) {
                    out.append(NO_OP_MARKER).append(sql.strip()).append(lineBreak);
                } else {
                    out.append(" ".repeat(r.group(1).length())).append(withDelimiter(sql, delimiter))
                            .append(lineBreak);
                }
                continue;
            }
            if (ROLLBACK_BLOCK.matcher(content).matches()) {
                inBlock = !content.contains("*/");
                out.append(blank(content)).append(lineBreak);
                continue;
            }
            out.append(blank(content)).append(lineBreak);
        }
        return out.toString();
    }

    /** Spaces as many as the UTF-8 bytes of {@code s}, so later byte offsets stay true. */
    private static String blank(String s) {
        return " ".repeat((int) Utf8Length.of(s, 0, s.length()));
    }

    /** A line ending with a custom end delimiter, the delimiter turned into {@code ;} and spaces. */
    static String withDelimiter(String content, String delimiter) {
        if (delimiter == null || delimiter.isEmpty() || delimiter.equals(";")) {
            return content;
        }
        String stripped = content.stripTrailing();
        if (stripped.length() < delimiter.length() || !stripped.regionMatches(true,
                stripped.length() - delimiter.length(), delimiter, 0, delimiter.length())) {
            return content;
        }
        int at = stripped.length() - delimiter.length();
        boolean alone = stripped.substring(0, at).isBlank();
        boolean word = Character.isLetter(delimiter.charAt(0));
        if (word && !alone && Character.isLetterOrDigit(stripped.charAt(at - 1))) {
            return content;
        }
        return content.substring(0, at) + ";" + " ".repeat(delimiter.length() - 1) + content.substring(
                stripped.length());
    }

    /** UTF-8 byte lengths of chars. */
    static final class Utf8Length {
        private Utf8Length() {
        }

        static long of(String s, int from, int to) {
            long n = 0;
            for (int i = from; i < to; i++) {
                char c = s.charAt(i);
                n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
            }
            return n;
        }
    }
}
