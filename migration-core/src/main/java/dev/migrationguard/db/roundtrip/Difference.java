package dev.migrationguard.db.roundtrip;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One object that differs between two snapshots of a round trip, with both definitions, so the reader sees what
 * differs: a unified diff of the two (view and function bodies, constraint and index text), complete in JSON and
 * bounded in text.
 *
 * @param object the object, as a snapshot names it ({@code view active_users}, {@code function utils.f(text)})
 * @param change missing, present or differs; null for a difference known only by its summary line (a result file
 *               written before the definitions were kept), whose summary is then {@code object}
 * @param when   the moment compared, {@code after down} or {@code after up again}
 * @param before the definition in the earlier snapshot; null when the object was not there
 * @param after  the definition in the later snapshot; null when the object is gone
 */
public record Difference(String object, Change change, String when, String before, String after) {

    /** Longest definition shown whole in the summary line ({@code was ..., now ...}). */
    private static final int INLINE = 100;
    /** Characters of context around the differing part of a long line, in text. */
    private static final int CONTEXT = 60;

    /** How the object differs. */
    public enum Change {
        /** There before, gone now. */
        MISSING,
        /** Not there before, there now. */
        PRESENT,
        /** There in both, with another definition. */
        DIFFERS
    }

    /** A difference known only by its summary line. */
    public static Difference described(String summary) {
        return new Difference(summary, null, "", null, null);
    }

    /**
     * One line: {@code index users_email_idx: present after down}; for a short one-line definition that differs,
     * {@code column users.status: differs after down: was text, now text DEFAULT 'new'::text}; for a longer one,
     * {@code view v: differs after down (1 line(s) removed, 1 added; see the diff)}.
     */
    public String summary() {
        if (change == null) {
            return object;
        }
        String head = object + ": " + change.name().toLowerCase(Locale.ROOT) + " " + when;
        if (change != Change.DIFFERS) {
            return head;
        }
        if (isShort(before) && isShort(after)) {
            return head + ": was " + before.strip() + ", now " + after.strip();
        }
        List<String> diff = diff();
        long removed = diff.stream().filter(l -> l.startsWith("-") && !l.startsWith("--- ")).count();
        long added = diff.stream().filter(l -> l.startsWith("+") && !l.startsWith("+++ ")).count();
        return head + " (" + removed + " line(s) removed, " + added + " added; see the diff)";
    }

    /** True when the summary shows everything and no diff is needed. */
    public boolean summaryIsComplete() {
        return change == null || change != Change.DIFFERS || (isShort(before) && isShort(after));
    }

    private static boolean isShort(String s) {
        return s != null && s.strip().length() <= INLINE && s.strip().indexOf('\n') < 0;
    }

    /**
     * The complete unified diff of the two definitions ({@code --- before}, {@code +++ after}, then {@code @@} hunks
     * with three lines of context); an object that is missing or present shows its whole definition removed or
     * added.
     */
    public List<String> diff() {
        if (change == null) {
            return List.of();
        }
        return UnifiedDiff.of(lines(before), lines(after), object + " before", object + " " + when);
    }

    /**
     * The diff for a reader: at most {@code maxLines} lines, then {@code ... N more lines}; in a changed line longer
     * than 160 characters only the part around the first difference with its counterpart is shown, the rest elided
     * with {@code ...}, so a change in the middle of a long line is seen.
     */
    public List<String> boundedDiff(int maxLines) {
        List<String> full = diff();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < full.size() && out.size() < maxLines; i++) {
            String line = full.get(i);
            String counterpart = counterpart(full, i);
            out.add(line.length() > 160 && counterpart != null ? window(line, counterpart) : shorten(line));
        }
        int shown = out.size();
        if (shown < full.size()) {
            out.add("... " + (full.size() - shown) + " more lines");
        }
        return out;
    }

    /** For a {@code -} line the first {@code +} line of its hunk block, and the other way round. */
    private static String counterpart(List<String> diff, int i) {
        String line = diff.get(i);
        if (line.startsWith("---") || line.startsWith("+++")) {
            return null;
        }
        char want = line.startsWith("-") ? '+' : line.startsWith("+") ? '-' : 0;
        if (want == 0) {
            return null;
        }
        int start = i;
        while (start > 0 && (diff.get(start - 1).startsWith("-") || diff.get(start - 1).startsWith("+"))
                && !diff.get(start - 1).startsWith("---") && !diff.get(start - 1).startsWith("+++")) {
            start--;
        }
        for (int j = start; j < diff.size() && (diff.get(j).startsWith("-") || diff.get(j).startsWith("+")); j++) {
            if (diff.get(j).charAt(0) == want && !diff.get(j).startsWith("---") && !diff.get(j).startsWith("+++")) {
                return diff.get(j);
            }
        }
        return null;
    }

    /** The part of {@code line} around where it first differs from {@code other} (both with their diff mark). */
    static String window(String line, String other) {
        String a = line.substring(1);
        String b = other.substring(1);
        int p = 0;
        while (p < a.length() && p < b.length() && a.charAt(p) == b.charAt(p)) {
            p++;
        }
        int suffix = 0;
        while (suffix < a.length() - p && suffix < b.length() - p
                && a.charAt(a.length() - 1 - suffix) == b.charAt(b.length() - 1 - suffix)) {
            suffix++;
        }
        int from = Math.max(0, p - CONTEXT);
        int to = Math.min(a.length(), Math.max(p, a.length() - suffix) + CONTEXT);
        return line.charAt(0) + (from > 0 ? "..." : "") + a.substring(from, to) + (to < a.length() ? "..." : "");
    }

    private static String shorten(String line) {
        return line.length() <= 240 ? line : line.substring(0, 237) + "...";
    }

    private static List<String> lines(String definition) {
        if (definition == null) {
            return List.of();
        }
        String s = definition.strip();
        return s.isEmpty() ? List.of("") : List.of(s.split("\\R", -1));
    }
}
