package dev.migrationguard.db;

import dev.migrationguard.naming.Migration;
import dev.migrationguard.naming.MigrationVersion;
import dev.migrationguard.naming.ScriptRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Lines up the migrations on disk with the history rows: the basis of status, validate and migrate. */
public final class HistoryComparison {

    private final List<StatusEntry> entries;
    private final MigrationVersion highestApplied;
    private final MigrationCatalog catalog;

    private HistoryComparison(List<StatusEntry> entries, MigrationVersion highestApplied, MigrationCatalog catalog) {
        this.entries = entries;
        this.highestApplied = highestApplied;
        this.catalog = catalog;
    }

    /**
     * Compares. The checksums of the files that have a history row to be checked against are computed here (files
     * read in parallel) unless the catalog has them already.
     */
    public static HistoryComparison of(MigrationCatalog catalog, List<AppliedMigration> rows) {
        Map<MigrationVersion, AppliedMigration> byVersion = new HashMap<>();
        Map<String, AppliedMigration> repeatableRows = new HashMap<>();
        List<MigrationVersion> rowVersions = new ArrayList<>(rows.size());
        MigrationVersion highest = null;
        MigrationVersion baseline = null;
        for (AppliedMigration r : rows) {
            MigrationVersion v = r.parsedVersion();
            rowVersions.add(v);
            if (v == null) {
                repeatableRows.put(r.description(), r);
                continue;
            }
            AppliedMigration previous = byVersion.get(v);
            if (previous == null || !previous.success() || r.success()) {
                byVersion.put(v, r);
            }
            if (r.success() && (highest == null || v.compareTo(highest) > 0)) {
                highest = v;
            }
            if (r.success() && r.isBaselineMarker() && (baseline == null || v.compareTo(baseline) > 0)) {
                baseline = v;
            }
        }
        List<Migration> versioned = catalog.versioned();
        List<Migration> repeatables = catalog.repeatables();
        catalog.computeChecksums(compared(versioned, repeatables, byVersion, repeatableRows));
        List<Keyed> entries = new ArrayList<>();
        Set<MigrationVersion> onDisk = new HashSet<>();
        for (Migration m : versioned) {
            onDisk.add(m.version());
            AppliedMigration row = byVersion.get(m.version());
            MigrationState state;
            if (row == null && baseline != null && m.version().compareTo(baseline) <= 0) {
                state = MigrationState.BELOW_BASELINE;
            } else if (row == null) {
                state = highest != null && m.version().compareTo(highest) < 0 ? MigrationState.OUT_OF_ORDER
                        : MigrationState.PENDING;
            } else if (!row.success()) {
                state = unfinished(row);
            } else if (needsChecksum(row) && !Objects.equals(row.checksum(), catalog.checksum(m.up()))) {
                state = MigrationState.CHANGED;
            } else {
                state = row.isBaselineMarker() ? MigrationState.BASELINE : MigrationState.APPLIED;
            }
            entries.add(new Keyed(m.version(), entry(state, m, row)));
        }
        for (Migration m : catalog.baselines()) {
            AppliedMigration row = byVersion.get(m.version());
            if (row != null && !onDisk.contains(m.version())) {
                onDisk.add(m.version());
                entries.add(new Keyed(m.version(),
                        entry(row.success() ? MigrationState.APPLIED : unfinished(row), m, row)));
            }
        }
        for (Migration m : repeatables) {
            AppliedMigration row = repeatableRows.remove(m.description());
            MigrationState state = row == null || !Objects.equals(row.checksum(), catalog.checksum(m.up()))
                    ? MigrationState.PENDING : row.success() ? MigrationState.APPLIED : unfinished(row);
            entries.add(new Keyed(null, entry(state, m, row)));
        }
        Map<MigrationVersion, AppliedMigration> missing = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            AppliedMigration r = rows.get(i);
            MigrationVersion v = rowVersions.get(i);
            if (v != null && !onDisk.contains(v) && byVersion.get(v) == r) {
                missing.put(v, r);
            }
        }
        for (Map.Entry<MigrationVersion, AppliedMigration> e : missing.entrySet()) {
            AppliedMigration r = e.getValue();
            MigrationState state = r.isBaselineMarker() ? MigrationState.BASELINE
                    : r.success() ? MigrationState.MISSING : unfinished(r);
            entries.add(new Keyed(e.getKey(), new StatusEntry(state, r.version(), r.description(), r.script(),
                    r.installedOn(), r.executionTimeMs(), null, r)));
        }
        entries.sort(Keyed.ORDER);
        List<StatusEntry> sorted = new ArrayList<>(entries.size());
        for (Keyed k : entries) {
            sorted.add(k.entry());
        }
        return new HistoryComparison(List.copyOf(sorted), highest, catalog);
    }

    /** An entry with its parsed version (null for repeatables): versions first, in order, then repeatables by name. */
    private record Keyed(MigrationVersion version, StatusEntry entry) {
        static final Comparator<Keyed> ORDER = (a, b) -> {
            if ((a.version == null) != (b.version == null)) {
                return a.version == null ? 1 : -1;
            }
            return a.version == null ? a.entry.description().compareTo(b.entry.description())
                    : a.version.compareTo(b.version);
        };
    }

    /** The state of a row that did not succeed: dirty when it never finished, else failed. */
    private static MigrationState unfinished(AppliedMigration row) {
        return row.started() ? MigrationState.DIRTY : MigrationState.FAILED;
    }

    /** True when a successful versioned row's checksum is to be compared with its file's. */
    private static boolean needsChecksum(AppliedMigration row) {
        return row.checksum() != null && !row.isBaselineMarker();
    }

    /** The scripts whose checksum is compared with a history row. */
    private static List<ScriptRef> compared(List<Migration> versioned, List<Migration> repeatables,
                                            Map<MigrationVersion, AppliedMigration> byVersion,
                                            Map<String, AppliedMigration> repeatableRows) {
        List<ScriptRef> refs = new ArrayList<>();
        for (Migration m : versioned) {
            AppliedMigration row = byVersion.get(m.version());
            if (row != null && row.success() && needsChecksum(row)) {
                refs.add(m.up());
            }
        }
        for (Migration m : repeatables) {
            if (repeatableRows.containsKey(m.description())) {
                refs.add(m.up());
            }
        }
        return refs;
    }

    private static StatusEntry entry(MigrationState state, Migration m, AppliedMigration row) {
        return new StatusEntry(state, m.version() == null ? "" : m.version().toString(), m.description(),
                m.up().displayPath(), row == null ? null : row.installedOn(),
                row == null ? null : row.executionTimeMs(), m, row);
    }

    public List<StatusEntry> entries() {
        return entries;
    }

    /** The highest successfully applied version, or null. */
    public MigrationVersion highestApplied() {
        return highestApplied;
    }

    private static String leftBehind(List<HistoryTable.InvalidIndex> invalidIndexes) {
        if (invalidIndexes == null) {
            return "";
        }
        if (invalidIndexes.isEmpty()) {
            return "; no INVALID index is left in the schema";
        }
        StringBuilder b = new StringBuilder("; it may have left ").append(invalidIndexes.size())
                .append(" INVALID index(es): ");
        for (int i = 0; i < invalidIndexes.size(); i++) {
            HistoryTable.InvalidIndex x = invalidIndexes.get(i);
            b.append(i == 0 ? "" : ", ").append(x).append(" (drop it with ").append(x.dropSql(), 0,
                    x.dropSql().length() - 1).append(')');
        }
        return b.toString();
    }

    /** Entries in {@code state}. */
    public List<StatusEntry> in(MigrationState state) {
        return entries.stream().filter(e -> e.state() == state).toList();
    }

    /** What must be fixed before migrating: changed, missing and failed migrations; out-of-order ones unless allowed. */
    public List<String> validationProblems(boolean outOfOrderAllowed) {
        return validationProblems(outOfOrderAllowed, null);
    }

    /** True when a migration was started in autocommit and never finished. */
    public boolean hasDirty() {
        return entries.stream().anyMatch(e -> e.state() == MigrationState.DIRTY);
    }

    /**
     * What must be fixed before migrating: changed, missing, failed and dirty migrations; out-of-order ones unless
     * allowed.
     *
     * @param invalidIndexes the INVALID indexes of the schema, named with a dirty migration (null: not looked up)
     */
    public List<String> validationProblems(boolean outOfOrderAllowed, List<HistoryTable.InvalidIndex> invalidIndexes) {
        List<String> problems = new ArrayList<>();
        for (StatusEntry e : entries) {
            switch (e.state()) {
                case CHANGED -> problems.add(e.script() + ": migration " + e.version() + " was applied with checksum "
                        + e.row().checksum() + " but the file now has checksum "
                        + catalog.checksum(e.migration().up())
                        + "; restore the applied file and put the change in a new migration (or run db:repair "
                        + "after review)");
                case MISSING -> problems.add(e.script() + ": migration " + e.version() + " (" + e.description()
                        + ") is applied but its file is gone; restore the file");
                case FAILED -> problems.add(e.script() + ": migration " + e.version() + " failed part way on "
                        + e.installedOn() + "; undo what it did by hand, then run db:repair and db:migrate again");
                case DIRTY -> problems.add(e.script() + ": migration " + (e.version().isEmpty() ? ""
                        : e.version() + " ") + "(" + e.description() + ") ran in autocommit, was started on "
                        + e.installedOn() + " and never finished (its session ended or its process stopped), so some "
                        + "of its statements may have run" + leftBehind(invalidIndexes) + "; check what it did and undo "
                        + "or complete it by hand, then run db:repair (which forgets the row) and db:migrate again");
                case OUT_OF_ORDER -> {
                    if (!outOfOrderAllowed) {
                        problems.add(e.script() + ": migration " + e.version() + " is pending but below the highest "
                                + "applied version " + highestApplied + "; renumber it above " + highestApplied
                                + " or set db.outOfOrder=true");
                    }
                }
                default -> {
                }
            }
        }
        return problems;
    }
}
