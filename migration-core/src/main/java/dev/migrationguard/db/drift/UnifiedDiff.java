package dev.migrationguard.db.drift;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two definitions, line by line ({@code --- migrations}, {@code +++ database}, {@code -} for a line
 * only the migrations produce, {@code +} for one only the database has, a space for a common line). Definitions are a
 * few dozen lines, so the longest common subsequence is computed directly.
 */
final class UnifiedDiff {

    private UnifiedDiff() {
    }

    /** The diff of {@code expected} (what the migrations build) to {@code actual} (what the database has). */
    static String of(String expected, String actual) {
        List<String> a = lines(expected);
        List<String> b = lines(actual);
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        StringBuilder out = new StringBuilder("--- migrations\n+++ database\n");
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                out.append(' ').append(a.get(i++)).append('\n');
                j++;
            } else if (i < a.size() && (j == b.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
                out.append('-').append(a.get(i++)).append('\n');
            } else {
                out.append('+').append(b.get(j++)).append('\n');
            }
        }
        return out.toString();
    }

    private static List<String> lines(String s) {
        List<String> out = new ArrayList<>(List.of(s.strip().split("\r?\n", -1)));
        if (out.size() == 1 && out.get(0).isEmpty()) {
            out.clear();
        }
        return out;
    }
}
