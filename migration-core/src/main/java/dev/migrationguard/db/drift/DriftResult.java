package dev.migrationguard.db.drift;

import java.util.List;
import java.util.Locale;

/**
 * The drift of one database.
 *
 * @param database    the database checked ({@code host:port/db})
 * @param replayedOn  where its migrations were replayed
 * @param replayed    the scripts replayed, in history order ({@code 3 add email})
 * @param differences what differs, by schema and object
 * @param changed     history rows whose checksum differs from their file (the file is what was replayed)
 * @param problems    what stopped or spoiled the replay: a history row without a file, a script that failed
 * @param ignored     differences left out by {@code drift.ignore}
 * @param replayMillis time of the replay alone
 * @param totalMillis time of the whole run, including creating and dropping the throw-away database
 */
public record DriftResult(String database, String replayedOn, List<String> replayed,
                          List<DriftDifference> differences, List<String> changed, List<String> problems,
                          int ignored, long replayMillis, long totalMillis) {

    /** True when nothing differs and the replay ran through. */
    public boolean ok() {
        return differences.isEmpty() && problems.isEmpty();
    }

    /** {@code 4 difference(s) (1 missing, 1 extra, 2 different); 12 scripts replayed; 2.3 s}. */
    public String summary() {
        return differences.size() + " difference(s) (" + count(DriftDifference.Kind.MISSING) + " missing, "
                + count(DriftDifference.Kind.EXTRA) + " extra, " + count(DriftDifference.Kind.DIFFERENT)
                + " different)" + (ignored > 0 ? ", " + ignored + " ignored by drift.ignore" : "")
                + (changed.isEmpty() ? "" : ", " + changed.size() + " file(s) changed since applied")
                + (problems.isEmpty() ? "" : ", " + problems.size() + " problem(s)") + "; " + replayed.size()
                + " script(s) replayed in " + seconds(replayMillis) + "; " + seconds(totalMillis) + " in all";
    }

    DriftResult withTotalMillis(long millis) {
        return new DriftResult(database, replayedOn, replayed, differences, changed, problems, ignored, replayMillis,
                millis);
    }

    public long count(DriftDifference.Kind kind) {
        return differences.stream().filter(d -> d.kind() == kind).count();
    }

    static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
