package dev.migrationguard.db;

import java.util.List;

/**
 * The outcome of a goal. {@code problems} are the user's to fix (a changed file, a failed statement, a missing down):
 * the plugin fails the build with them; a database that cannot be reached is a {@link DatabaseException} instead.
 *
 * @param ok       true when the goal did all it was asked
 * @param summary  one line: what was done
 * @param problems what stopped it, each naming the file and what to do
 * @param steps    the migrations touched, in order
 * @param sql      the SQL a dry run would execute ("" otherwise)
 */
public record RunResult(boolean ok, String summary, List<String> problems, List<StepResult> steps, String sql) {

    static RunResult refused(String summary, List<String> problems) {
        return new RunResult(false, summary, List.copyOf(problems), List.of(), "");
    }
}
