package dev.migrationguard.report;

import dev.migrationguard.db.roundtrip.PairResult;
import dev.migrationguard.lint.Finding;
import dev.migrationguard.lint.LintedScript;
import dev.migrationguard.lint.Risk;
import dev.migrationguard.lint.Severity;
import dev.migrationguard.naming.Direction;
import dev.migrationguard.naming.Migration;
import dev.migrationguard.naming.MigrationKind;
import dev.migrationguard.naming.ScriptLoader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A report's rows, worked out once from a {@link ReportInput} for every format: one {@link MigrationEntry} per
 * migration the lint read (or that has findings, or that the change touches), in migration order, then the files
 * with findings that are not migrations, then the deleted files.
 */
public final class ReportModel {

    /** The rule whose findings say a down does not undo its up. */
    static final String DOWN_DOES_NOT_REVERSE_UP = "down-does-not-reverse-up";

    private final ReportInput input;
    private final List<MigrationEntry> entries;
    private final List<MigrationEntry> shown;

    private ReportModel(ReportInput input, List<MigrationEntry> entries) {
        this.input = input;
        this.entries = List.copyOf(entries);
        this.shown = input.comparesWithBase()
                ? this.entries.stream().filter(e -> e.change() != null || e.editedOnBase()).toList()
                : this.entries;
    }

    /** Works out the rows of {@code input}. */
    public static ReportModel of(ReportInput input) {
        return new Builder(input).build();
    }

    public ReportInput input() {
        return input;
    }

    /** Every row. */
    public List<MigrationEntry> entries() {
        return entries;
    }

    /**
     * The rows a pull-request report shows: those the change touches (added, changed, deleted, or edited on the
     * base) when a base was compared, else every row.
     */
    public List<MigrationEntry> shown() {
        return shown;
    }

    /** The highest risk of the shown rows (low when there are none). */
    public Risk highestRisk() {
        Risk max = Risk.LOW;
        for (MigrationEntry e : shown) {
            max = max.max(e.risk());
        }
        return max;
    }

    /** How many shown migrations (rows with a migration) have {@code risk}. */
    public int migrationsWithRisk(Risk risk) {
        int n = 0;
        for (MigrationEntry e : shown) {
            if (e.migration() != null && e.risk() == risk) {
                n++;
            }
        }
        return n;
    }

    /** How many shown findings have {@code severity}. */
    public int shownFindings(Severity severity) {
        int n = 0;
        for (MigrationEntry e : shown) {
            n += e.count(severity);
        }
        return n;
    }

    /** Findings on rows that are not shown (files the change does not touch). */
    public int findingsNotShown() {
        int shownCount = 0;
        for (MigrationEntry e : shown) {
            shownCount += e.findings().size();
        }
        return input.lint().findings().size() - shownCount;
    }

    /** How many shown rows have {@code change}. */
    public int changes(ChangeKind change) {
        int n = 0;
        for (MigrationEntry e : shown) {
            if (e.change() == change) {
                n++;
            }
        }
        return n;
    }

    /** {@code 1 error, 2 warnings}, leaving out zero counts; {@code none} when all are zero. */
    static String counts(int errors, int warnings, int infos) {
        List<String> parts = new ArrayList<>();
        if (errors > 0) {
            parts.add(errors + (errors == 1 ? " error" : " errors"));
        }
        if (warnings > 0) {
            parts.add(warnings + (warnings == 1 ? " warning" : " warnings"));
        }
        if (infos > 0) {
            parts.add(infos + (infos == 1 ? " info" : " infos"));
        }
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }

    /** Collects the rows. */
    private static final class Builder {

        private final ReportInput input;
        /** Rows in order, by their first path (and changeset, for a file of several migrations). */
        private final Map<String, Row> rows = new LinkedHashMap<>();
        /** Every path of a row (up and down) to its row. */
        private final Map<String, Row> byPath = new HashMap<>();
        /** For a file holding several migrations (changelogs): its rows by the line where each one starts. */
        private final Map<String, java.util.TreeMap<Integer, Row>> units = new HashMap<>();

        Builder(ReportInput input) {
            this.input = input;
        }

        ReportModel build() {
            Set<String> read = new HashSet<>();
            for (LintedScript s : input.lint().scripts()) {
                read.add(s.script().path());
            }
            Set<String> findingFiles = new HashSet<>();
            for (Finding f : input.lint().findings()) {
                findingFiles.add(f.file());
            }
            Map<String, ChangeKind> changes = input.changes() == null ? Map.of() : input.changes();
            // migrations of the set, in migration order, when the lint read them or they matter to the report
            for (Migration m : input.lint().set().migrations()) {
                if (touches(m, read) || touches(m, findingFiles) || touches(m, changes.keySet())
                        || touches(m, input.editedOnBase())) {
                    row(m);
                }
            }
            // scripts read outside the set (files whose name fits no scheme are still linted as up scripts)
            for (LintedScript s : input.lint().scripts()) {
                Row r = row(s.migration());
                if (s.direction() == Direction.UP) {
                    r.up = s;
                } else {
                    r.down = s;
                }
            }
            for (Finding f : input.lint().findings()) {
                findingRow(f).findings.add(f);
            }
            for (Map.Entry<String, ChangeKind> c : changes.entrySet()) {
                java.util.TreeMap<Integer, Row> inFile = units.get(c.getKey());
                if (inFile != null && inFile.values().stream().anyMatch(u -> !u.findings.isEmpty())) {
                    // a changelog: the change is known per file; its changesets with findings are the ones shown
                    for (Row u : inFile.values()) {
                        if (!u.findings.isEmpty() && u.change == null) {
                            u.change = c.getValue();
                        }
                    }
                    continue;
                }
                Row r = fileRow(c.getKey());
                if (c.getKey().equals(r.path)) {
                    r.change = c.getValue();
                } else if (r.change == null) {
                    r.change = ChangeKind.CHANGED; // only the down differs: the migration changed
                }
            }
            for (String path : input.editedOnBase()) {
                fileRow(path).editedOnBase = true;
            }
            Map<String, PairResult> pairs = new HashMap<>();
            if (input.roundTrip() != null) {
                for (PairResult p : input.roundTrip().pairs()) {
                    pairs.putIfAbsent(p.migration(), p);
                }
            }
            List<MigrationEntry> out = new ArrayList<>();
            for (Row r : rows.values()) {
                PairResult pair = r.migration == null ? null : pairs.get(r.migration.label());
                out.add(new MigrationEntry(r.path, r.downPath, r.migration, r.change, r.up, r.down, r.findings,
                        reversibility(r, pair), r.editedOnBase, pair));
            }
            return new ReportModel(input, out);
        }

        private static boolean touches(Migration m, Set<String> paths) {
            return paths.contains(m.up().displayPath()) || (m.down() != null && paths.contains(m.down().displayPath()));
        }

        private Row row(Migration m) {
            String path = m.up().displayPath();
            String unit = m.up().unit();
            String key = unit == null ? path : path + '\0' + unit;
            Row r = rows.get(key);
            if (r == null) {
                r = new Row(path, m.down() == null ? null : m.down().displayPath(), m);
                rows.put(key, r);
                byPath.putIfAbsent(path, r);
                if (r.downPath != null) {
                    byPath.putIfAbsent(r.downPath, r);
                }
                if (unit != null) {
                    // a changeset runs from its header line to the next one's
                    int header = Math.max(1, ScriptLoader.load(m.up()).firstLine() - 1);
                    units.computeIfAbsent(path, k -> new java.util.TreeMap<>()).putIfAbsent(header, r);
                }
            }
            return r;
        }

        /** The row of a finding: in a changelog, the changeset whose lines hold it; else the file's row. */
        private Row findingRow(Finding f) {
            java.util.TreeMap<Integer, Row> inFile = units.get(f.file());
            if (inFile != null && f.line() > 0) {
                Map.Entry<Integer, Row> e = inFile.floorEntry(f.line());
                if (e != null) {
                    return e.getValue();
                }
            }
            return fileRow(f.file());
        }

        /** The row a file belongs to (a changelog's first), or a new row for the file alone. */
        private Row fileRow(String path) {
            Row r = byPath.get(path);
            if (r == null) {
                r = new Row(path, null, null);
                rows.put(path, r);
                byPath.put(path, r);
            }
            return r;
        }

        private static Reversibility reversibility(Row r, PairResult pair) {
            Migration m = r.migration;
            if (m == null) {
                return new Reversibility(Reversibility.Status.NOT_APPLICABLE,
                        r.change == ChangeKind.DELETED ? "deleted" : "not a migration");
            }
            if (m.kind() == MigrationKind.REPEATABLE) {
                return new Reversibility(Reversibility.Status.NOT_APPLICABLE, "repeatable migration");
            }
            if (m.kind() == MigrationKind.BASELINE) {
                return new Reversibility(Reversibility.Status.NOT_APPLICABLE, "baseline migration");
            }
            if (pair != null) {
                switch (pair.status()) {
                    case REVERSIBLE -> {
                        return new Reversibility(Reversibility.Status.YES, "round trip passed");
                    }
                    case NOT_REVERSIBLE -> {
                        return new Reversibility(Reversibility.Status.NO, "round trip: " + (pair.differences()
                                .isEmpty() ? "the schema differs after the down" : firstAndMore(pair.differences())));
                    }
                    case FAILED -> {
                        return new Reversibility(Reversibility.Status.NO, "round trip failed"
                                + (pair.detail().isEmpty() ? "" : ": " + pair.detail()));
                    }
                    case SKIPPED -> {
                        // judged from the files below
                    }
                }
            }
            String marker = marker(r.down);
            if (marker == null) {
                marker = marker(r.up);
            }
            if (marker != null) {
                return new Reversibility(Reversibility.Status.IRREVERSIBLE, marker.isBlank() ? "marked irreversible"
                        : marker.strip());
            }
            if (m.down() == null) {
                return new Reversibility(Reversibility.Status.NO, "no down migration");
            }
            List<String> notUndone = new ArrayList<>();
            for (Finding f : r.findings) {
                if (f.rule().equals(DOWN_DOES_NOT_REVERSE_UP) && f.file().equals(r.downPath)) {
                    notUndone.add(f.message());
                }
            }
            if (!notUndone.isEmpty()) {
                return new Reversibility(Reversibility.Status.NO, firstAndMore(notUndone));
            }
            return new Reversibility(Reversibility.Status.YES, "");
        }

        private static String marker(LintedScript s) {
            return s == null ? null : s.script().irreversibleReason().orElse(null);
        }

        private static String firstAndMore(List<String> items) {
            return items.get(0) + (items.size() > 1 ? " (and " + (items.size() - 1) + " more)" : "");
        }
    }

    /** A row while it is being collected. */
    private static final class Row {
        final String path;
        final String downPath;
        final Migration migration;
        final List<Finding> findings = new ArrayList<>();
        ChangeKind change;
        LintedScript up;
        LintedScript down;
        boolean editedOnBase;

        Row(String path, String downPath, Migration migration) {
            this.path = path;
            this.downPath = downPath;
            this.migration = migration;
        }
    }
}
