package dev.migrationguard.db;

import dev.migrationguard.naming.Migration;
import dev.migrationguard.naming.MigrationVersion;
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

    private HistoryComparison(List<StatusEntry> entries, MigrationVersion highestApplied) {
        this.entries = entries;
        this.highestApplied = highestApplied;
    }

    /** Compares; checksums of applied files are computed here. */
    public static HistoryComparison of(MigrationCatalog catalog, List<AppliedMigration> rows) {
        Map<MigrationVersion, AppliedMigration> byVersion = new HashMap<>();
        Map<String, AppliedMigration> repeatableRows = new HashMap<>();
        MigrationVersion highest = null;
        for (AppliedMigration r : rows) {
            MigrationVersion v = r.parsedVersion();
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
        }
        List<StatusEntry> entries = new ArrayList<>();
        Set<MigrationVersion> onDisk = new HashSet<>();
        for (Migration m : catalog.versioned()) {
            onDisk.add(m.version());
            AppliedMigration row = byVersion.get(m.version());
            MigrationState state;
            if (row == null) {
                state = highest != null && m.version().compareTo(highest) < 0 ? MigrationState.OUT_OF_ORDER
                        : MigrationState.PENDING;
            } else if (!row.success()) {
                state = MigrationState.FAILED;
            } else if (row.checksum() != null && !row.isBaselineMarker()
                    && !Objects.equals(row.checksum(), ScriptPreparer.checksum(m.up()))) {
                state = MigrationState.CHANGED;
            } else {
                state = row.isBaselineMarker() ? MigrationState.BASELINE : MigrationState.APPLIED;
            }
            entries.add(entry(state, m, row));
        }
        for (Migration m : catalog.baselines()) {
            AppliedMigration row = byVersion.get(m.version());
            if (row != null && !onDisk.contains(m.version())) {
                onDisk.add(m.version());
                entries.add(entry(row.success() ? MigrationState.APPLIED : MigrationState.FAILED, m, row));
            }
        }
        for (Migration m : catalog.repeatables()) {
            AppliedMigration row = repeatableRows.remove(m.description());
            MigrationState state = row == null || !Objects.equals(row.checksum(), ScriptPreparer.checksum(m.up()))
                    ? MigrationState.PENDING : row.success() ? MigrationState.APPLIED : MigrationState.FAILED;
            entries.add(entry(state, m, row));
        }
        Map<MigrationVersion, AppliedMigration> missing = new LinkedHashMap<>();
        for (AppliedMigration r : rows) {
            MigrationVersion v = r.parsedVersion();
            if (v != null && !onDisk.contains(v) && byVersion.get(v) == r) {
                missing.put(v, r);
            }
        }
        for (AppliedMigration r : missing.values()) {
            MigrationState state = r.isBaselineMarker() ? MigrationState.BASELINE
                    : r.success() ? MigrationState.MISSING : MigrationState.FAILED;
            entries.add(new StatusEntry(state, r.version(), r.description(), r.script(), r.installedOn(),
                    r.executionTimeMs(), null, r));
        }
        entries.sort(Comparator.comparing((StatusEntry e) -> e.version().isEmpty() ? 1 : 0)
                .thenComparing((a, b) -> a.version().isEmpty() ? a.description().compareTo(b.description())
                        : MigrationVersion.parse(a.version()).compareTo(MigrationVersion.parse(b.version()))));
        return new HistoryComparison(List.copyOf(entries), highest);
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

    /** Entries in {@code state}. */
    public List<StatusEntry> in(MigrationState state) {
        return entries.stream().filter(e -> e.state() == state).toList();
    }

    /** What must be fixed before migrating: changed, missing and failed migrations; out-of-order ones unless allowed. */
    public List<String> validationProblems(boolean outOfOrderAllowed) {
        List<String> problems = new ArrayList<>();
        for (StatusEntry e : entries) {
            switch (e.state()) {
                case CHANGED -> problems.add(e.script() + ": migration " + e.version() + " was applied with checksum "
                        + e.row().checksum() + " but the file now has checksum "
                        + ScriptPreparer.checksum(e.migration().up())
                        + "; restore the applied file and put the change in a new migration (or run db:repair "
                        + "after review)");
                case MISSING -> problems.add(e.script() + ": migration " + e.version() + " (" + e.description()
                        + ") is applied but its file is gone; restore the file");
                case FAILED -> problems.add(e.script() + ": migration " + e.version() + " failed part way on "
                        + e.installedOn() + "; undo what it did by hand, then run db:repair and db:migrate again");
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
