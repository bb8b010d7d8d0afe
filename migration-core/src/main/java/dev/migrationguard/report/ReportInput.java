package dev.migrationguard.report;

import dev.migrationguard.db.roundtrip.RoundTripResult;
import dev.migrationguard.lint.LintResult;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a report shows, as plain values: the lint result and, for a pull-request report, how the migration files
 * differ from a base, the round trip, and which migrations were also edited on the base. Paths are display paths as
 * the lint shows them: relative to the project directory, {@code /}-separated.
 *
 * @param lint         the lint result (findings and the scripts read); never null
 * @param base         the name of the base the changes were computed against (e.g. {@code origin/main}); null when
 *                     no base was compared
 * @param changes      the migration files that differ from the base, by path; null when no base was compared (every
 *                     migration is then shown), empty when none differs
 * @param roundTrip    the round trip of the migrations, or null when it did not run
 * @param editedOnBase paths of migrations that were also edited on the base (they get a warning); never null
 * @param note         one sentence shown under the headline, e.g. why a pull-request report shows every migration
 *                     (no Git repository, no base branch); null for none
 */
public record ReportInput(LintResult lint, String base, Map<String, ChangeKind> changes, RoundTripResult roundTrip,
                          Set<String> editedOnBase, String note) {

    public ReportInput {
        Objects.requireNonNull(lint, "lint");
        changes = changes == null ? null : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(changes));
        editedOnBase = editedOnBase == null ? Set.of() : Set.copyOf(editedOnBase);
        note = note == null || note.isBlank() ? null : note.strip();
    }

    /** A report of a lint result alone: every migration, no base, no round trip. */
    public static ReportInput of(LintResult lint) {
        return new ReportInput(lint, null, null, null, Set.of(), null);
    }

    /** A copy compared with {@code base}: only the migrations in {@code changes} are shown. */
    public ReportInput withChanges(String base, Map<String, ChangeKind> changes) {
        return new ReportInput(lint, base, Objects.requireNonNull(changes, "changes"), roundTrip, editedOnBase,
                note);
    }

    /** A copy with the round trip's results. */
    public ReportInput withRoundTrip(RoundTripResult result) {
        return new ReportInput(lint, base, changes, result, editedOnBase, note);
    }

    /** A copy that warns about the migrations at {@code paths}, which were also edited on the base. */
    public ReportInput withEditedOnBase(Set<String> paths) {
        return new ReportInput(lint, base, changes, roundTrip, paths, note);
    }

    /** A copy with {@code text} shown under the headline. */
    public ReportInput withNote(String text) {
        return new ReportInput(lint, base, changes, roundTrip, editedOnBase, text);
    }

    /** True when the report is about the changes against a base rather than every migration. */
    public boolean comparesWithBase() {
        return changes != null;
    }
}
