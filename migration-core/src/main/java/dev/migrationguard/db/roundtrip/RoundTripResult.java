package dev.migrationguard.db.roundtrip;

import java.util.List;

/**
 * The round trip of a migration set.
 *
 * @param target      where it ran
 * @param pairs       one result per migration, in order
 * @param problems    problems that stopped the run before any migration (bad names, unreadable files)
 * @param totalMillis time of the whole run, including the server start
 */
public record RoundTripResult(String target, List<PairResult> pairs, List<String> problems, long totalMillis) {

    public long count(PairResult.Status status) {
        return pairs.stream().filter(p -> p.status() == status).count();
    }

    /** Lock disagreements with the lint over the whole run. */
    public long lockDisagreements() {
        return pairs.stream().mapToLong(p -> p.lockDisagreements().size()).sum();
    }

    /** True when every migration round-tripped or was skipped by design. */
    public boolean ok() {
        return problems.isEmpty() && count(PairResult.Status.NOT_REVERSIBLE) == 0
                && count(PairResult.Status.FAILED) == 0 && count(PairResult.Status.NOT_CHECKED) == 0;
    }

    /**
     * {@code 5 reversible, 1 not reversible, 0 failed, 2 skipped, 0 not checked (8 pairs); 0 lock disagreement(s)
     * with the lint; 3.2 s}: the counts add up to the number of pairs.
     */
    public String summary() {
        return count(PairResult.Status.REVERSIBLE) + " reversible, " + count(PairResult.Status.NOT_REVERSIBLE)
                + " not reversible, " + count(PairResult.Status.FAILED) + " failed, "
                + count(PairResult.Status.SKIPPED) + " skipped, " + count(PairResult.Status.NOT_CHECKED)
                + " not checked (" + pairs.size() + " pairs); " + lockDisagreements()
                + " lock disagreement(s) with the lint; " + String.format(java.util.Locale.ROOT, "%.1f s",
                totalMillis / 1000.0);
    }
}
