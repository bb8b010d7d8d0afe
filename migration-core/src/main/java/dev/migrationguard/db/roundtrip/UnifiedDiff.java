package dev.migrationguard.db.roundtrip;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two lists of lines ({@code diff -u} form, three lines of context), from a longest common
 * subsequence. Definitions of schema objects are short; past {@value #MAX_CELLS} comparisons the differing middle
 * (between the common head and tail) is shown as removed and added whole.
 */
final class UnifiedDiff {

    private static final int CONTEXT = 3;
    private static final long MAX_CELLS = 4_000_000L;

    private UnifiedDiff() {
    }

    /** The diff of {@code a} and {@code b}; empty when they are equal. */
    static List<String> of(List<String> a, List<String> b, String nameA, String nameB) {
        if (a.equals(b)) {
            return List.of();
        }
        List<Op> ops = ops(a, b);
        List<String> out = new ArrayList<>();
        out.add("--- " + nameA);
        out.add("+++ " + nameB);
        int i = 0;
        while (i < ops.size()) {
            if (ops.get(i).kind == ' ') {
                i++;
                continue;
            }
            int start = Math.max(0, i - CONTEXT);
            int end = i;
            // extend the hunk while the next change is within 2 * CONTEXT equal lines
            while (true) {
                while (end < ops.size() && ops.get(end).kind != ' ') {
                    end++;
                }
                int next = end;
                while (next < ops.size() && ops.get(next).kind == ' ') {
                    next++;
                }
                if (next < ops.size() && next - end <= 2 * CONTEXT) {
                    end = next;
                } else {
                    end = Math.min(ops.size(), end + CONTEXT);
                    break;
                }
            }
            int aStart = ops.get(start).aLine;
            int bStart = ops.get(start).bLine;
            int aCount = 0;
            int bCount = 0;
            List<String> body = new ArrayList<>();
            for (int k = start; k < end; k++) {
                Op op = ops.get(k);
                body.add(op.kind + op.text);
                if (op.kind != '+') {
                    aCount++;
                }
                if (op.kind != '-') {
                    bCount++;
                }
            }
            out.add("@@ -" + range(aStart, aCount) + " +" + range(bStart, bCount) + " @@");
            out.addAll(body);
            i = end;
        }
        return out;
    }

    private static String range(int start, int count) {
        // diff -u numbers lines from 1; an empty range names the line before it
        return count == 0 ? start + ",0" : (start + 1) + "," + count;
    }

    /** One line of the diff: kept ({@code ' '}), removed ({@code '-'}) or added ({@code '+'}). */
    private record Op(char kind, String text, int aLine, int bLine) {
    }

    private static List<Op> ops(List<String> a, List<String> b) {
        int head = 0;
        while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < a.size() - head && tail < b.size() - head
                && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
            tail++;
        }
        List<Op> ops = new ArrayList<>();
        for (int k = 0; k < head; k++) {
            ops.add(new Op(' ', a.get(k), k, k));
        }
        List<String> ma = a.subList(head, a.size() - tail);
        List<String> mb = b.subList(head, b.size() - tail);
        if ((long) ma.size() * mb.size() > MAX_CELLS) {
            for (int k = 0; k < ma.size(); k++) {
                ops.add(new Op('-', ma.get(k), head + k, head));
            }
            for (int k = 0; k < mb.size(); k++) {
                ops.add(new Op('+', mb.get(k), head + ma.size(), head + k));
            }
        } else {
            int[][] lcs = new int[ma.size() + 1][mb.size() + 1];
            for (int x = ma.size() - 1; x >= 0; x--) {
                for (int y = mb.size() - 1; y >= 0; y--) {
                    lcs[x][y] = ma.get(x).equals(mb.get(y)) ? lcs[x + 1][y + 1] + 1
                            : Math.max(lcs[x + 1][y], lcs[x][y + 1]);
                }
            }
            int x = 0;
            int y = 0;
            while (x < ma.size() || y < mb.size()) {
                if (x < ma.size() && y < mb.size() && ma.get(x).equals(mb.get(y))) {
                    ops.add(new Op(' ', ma.get(x), head + x, head + y));
                    x++;
                    y++;
                } else if (y >= mb.size() || (x < ma.size() && lcs[x + 1][y] >= lcs[x][y + 1])) {
                    ops.add(new Op('-', ma.get(x), head + x, head + y));
                    x++;
                } else {
                    ops.add(new Op('+', mb.get(y), head + x, head + y));
                    y++;
                }
            }
        }
        for (int k = tail; k > 0; k--) {
            ops.add(new Op(' ', a.get(a.size() - k), a.size() - k, b.size() - k));
        }
        return ops;
    }
}
