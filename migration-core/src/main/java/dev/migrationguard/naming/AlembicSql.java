package dev.migrationguard.naming;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The script {@code alembic upgrade A:B --sql} (or {@code alembic downgrade B:A --sql}) prints, split at its
 * {@code -- Running upgrade A -> B} / {@code -- Running downgrade B -> A} lines into one part per revision.
 *
 * <p>A part runs from the line after its marker to the next marker or the end. Alembic's own transaction lines
 * ({@code BEGIN;} and {@code COMMIT;} alone on a line) are blanked: at the end of a part they are the {@code COMMIT;}
 * that closes the script (and with {@code transaction_per_migration} the {@code COMMIT;} / {@code BEGIN;} between
 * revisions), so the part reads as one migration run in a transaction; inside a part they are an
 * {@code autocommit_block()}, which commits Alembic's transaction to run statements such as
 * {@code CREATE INDEX CONCURRENTLY} outside one: such a part {@link #autocommit(String, Part) runs outside a
 * transaction}. Its one-line bookkeeping of {@code alembic_version} ({@code INSERT INTO}, {@code UPDATE},
 * {@code DELETE FROM}, {@code DROP TABLE alembic_version}) is blanked too: it is Alembic's, not the revision's. The preamble before the first marker ({@code BEGIN;},
 * {@code CREATE TABLE alembic_version}) belongs to no revision. Blanked lines keep their line structure and UTF-8
 * byte length, so findings point at the generated file's real lines.
 */
public final class AlembicSql {

    /**
     * {@code -- Running upgrade [from[, from]] -> to[, to][, message]}; Alembic before 1.0 wrote the message, later
     * versions do not.
     */
    private static final Pattern MARKER = Pattern.compile("--\\s*Running (upgrade|downgrade) (.*?)\\s*->\\s*(.*)");
    private static final Pattern REVISION = Pattern.compile("[A-Za-z0-9_]+");
    private static final Pattern WRAPPER = Pattern.compile("(?i)\\s*(BEGIN|COMMIT)\\s*;\\s*");
    /** Alembic's one-line bookkeeping of the default version table, which it writes after each revision. */
    private static final Pattern BOOKKEEPING = Pattern.compile("(?i)\\s*(INSERT\\s+INTO|UPDATE|DELETE\\s+FROM|"
            + "DROP\\s+TABLE)\\s+alembic_version\\b.*;\\s*");

    private final List<Part> parts;

    private AlembicSql(List<Part> parts) {
        this.parts = parts;
    }

    /**
     * One revision's part of the script.
     *
     * @param direction UP for an upgrade, DOWN for a downgrade
     * @param revision  the revision it upgrades to, or downgrades from
     * @param from      the revisions on the other side of the arrow, as written ("" for the base)
     * @param message   the revision's message when the marker carries it (Alembic before 1.0), else null
     * @param line      1-based line of the marker
     */
    public record Part(Direction direction, String revision, String from, String message, int line, int bodyStart,
                       int bodyEnd, long bodyByteOffset) {

        /** The line where the part's text starts. */
        public int bodyLine() {
            return line + 1;
        }
    }

    /** True when a line of {@code text} is an Alembic {@code -- Running upgrade/downgrade ... -> ...} marker. */
    public static boolean isAlembicSql(String text) {
        return text != null && !parse(text).parts.isEmpty();
    }

    /** Splits {@code text} (without a BOM) at its markers. */
    public static AlembicSql parse(String text) {
        List<Part> parts = new ArrayList<>();
        int n = text.length();
        int lineStart = 0;
        int line = 1;
        long bytes = 0;
        Part open = null;
        while (lineStart < n) {
            int end = lineStart;
            while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            int next = end;
            if (next < n) {
                next += text.charAt(next) == '\r' && next + 1 < n && text.charAt(next + 1) == '\n' ? 2 : 1;
            }
            long nextBytes = bytes + LiquibaseChangelog.Utf8Length.of(text, lineStart, next);
            String content = text.substring(lineStart, end).strip();
            Matcher m = content.startsWith("--") ? MARKER.matcher(content) : null;
            if (m != null && m.matches()) {
                if (open != null) {
                    parts.add(close(open, lineStart));
                }
                open = part(m, line, next, nextBytes);
            }
            bytes = nextBytes;
            lineStart = next;
            line++;
        }
        if (open != null) {
            parts.add(close(open, n));
        }
        return new AlembicSql(List.copyOf(parts));
    }

    private static Part close(Part p, int end) {
        return new Part(p.direction(), p.revision(), p.from(), p.message(), p.line(), p.bodyStart(), end,
                p.bodyByteOffset());
    }

    private static Part part(Matcher m, int line, int bodyStart, long bodyBytes) {
        boolean up = m.group(1).equals("upgrade");
        String left = m.group(2).strip();
        String right = m.group(3).strip();
        // the right side: revision ids separated by ", ", then optionally ", <message>"
        List<String> ids = new ArrayList<>();
        String message = null;
        String[] pieces = right.isEmpty() ? new String[0] : right.split(",\\s*", -1);
        for (int i = 0; i < pieces.length; i++) {
            if (message == null && REVISION.matcher(pieces[i]).matches() && (up || i == 0)) {
                ids.add(pieces[i]);
            } else {
                message = String.join(", ", java.util.Arrays.copyOfRange(pieces, i, pieces.length)).strip();
                break;
            }
        }
        if (!up) {
            // downgrade B -> A[, message]: the part undoes B
            String[] fromPieces = left.split(",\\s*");
            String revision = fromPieces[0];
            return new Part(Direction.DOWN, revision, String.join(", ", ids), message, line, bodyStart, bodyStart,
                    bodyBytes);
        }
        String revision = ids.isEmpty() ? "" : String.join(", ", ids);
        return new Part(Direction.UP, revision, left, message, line, bodyStart, bodyStart, bodyBytes);
    }

    public List<Part> parts() {
        return parts;
    }

    /** The first part of {@code direction} for {@code revision}, or null. */
    public Part find(Direction direction, String revision) {
        for (Part p : parts) {
            if (p.direction() == direction && p.revision().equals(revision)) {
                return p;
            }
        }
        return null;
    }

    /** The text of {@code p}: its lines, Alembic's transaction lines at its end blanked. */
    public static String text(String text, Part p) {
        String body = text.substring(p.bodyStart(), p.bodyEnd());
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        int n = body.length();
        while (start < n) {
            int end = start;
            while (end < n && body.charAt(end) != '\n' && body.charAt(end) != '\r') {
                end++;
            }
            int next = end;
            if (next < n) {
                next += body.charAt(next) == '\r' && next + 1 < n && body.charAt(next + 1) == '\n' ? 2 : 1;
            }
            lines.add(new int[] {start, end, next});
            start = next;
        }
        StringBuilder out = new StringBuilder(body.length());
        for (int[] l : lines) {
            String content = body.substring(l[0], l[1]);
            boolean alembics = WRAPPER.matcher(content).matches() || BOOKKEEPING.matcher(content).matches();
            out.append(alembics ? " ".repeat((int) LiquibaseChangelog.Utf8Length.of(
                    content, 0, content.length())) : content).append(body, l[1], l[2]);
        }
        return out.toString();
    }

    /**
     * True when {@code p} holds an {@code autocommit_block()}: a {@code COMMIT;} line followed by a statement of the
     * part, so what follows runs outside Alembic's transaction.
     */
    public static boolean autocommit(String text, Part p) {
        boolean committed = false;
        for (String line : text.substring(p.bodyStart(), p.bodyEnd()).split("\\R")) {
            String s = line.strip();
            if (WRAPPER.matcher(line).matches()) {
                committed |= s.regionMatches(true, 0, "COMMIT", 0, 6);
            } else if (committed && !s.isEmpty() && !s.startsWith("--")) {
                return true;
            }
        }
        return false;
    }

    /** How a revision is named in messages: its id, and its message when the script carries one. */
    static String describe(Part p) {
        return p.message() == null || p.message().isEmpty() ? p.revision() : p.revision() + " " + p.message();
    }
}
