package dev.migrationguard.lint;

import dev.migrationguard.config.AdoptionSettings;
import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.naming.BaseComparison;
import dev.migrationguard.naming.Migration;
import dev.migrationguard.naming.MigrationSet;
import dev.migrationguard.naming.MigrationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What a project with years of migrations is shown of a run's findings: migrations at or below {@code since} are
 * history; findings in the baseline are accepted (or, when updating it, written to it); with a base, only the
 * migrations the change adds, changes or deletes are reported. Whatever is left out is counted in one note each.
 * The pre-commit hook, {@code db:lint}, {@code db:report} and the command line all pass their findings through here.
 */
final class Adoption {

    /** Findings (in at least this many migrations) past which a run with none of the three options gets the hint. */
    private static final int HINT_FINDINGS = 50;
    private static final int HINT_MIGRATIONS = 10;

    private final MigrationGuardConfig config;
    private final Optional<BaseComparison> base;
    private final FindingCollector engine;
    private final MigrationSet set;
    /** Each script's migration, indexed when first asked (a run without findings and without since asks nothing). */
    private Map<String, Migration> byScript;
    private final MigrationVersion since;
    /** Whether the change touches a file's migration, as far as asked (only files with findings are asked). */
    private final Map<String, Boolean> touched = new HashMap<>();

    Adoption(MigrationGuardConfig config, MigrationSet set, Optional<BaseComparison> base, FindingCollector engine) {
        this.config = config;
        this.base = base;
        this.engine = engine;
        this.set = set;
        this.since = MigrationVersion.parseHorizon(config.adoption().since());
    }

    /**
     * True when the run reports on {@code file}: it is not history (at or below {@code since}) and, with a base,
     * belongs to a migration the change touches. Reports leave the other scripts out as well.
     */
    boolean reports(String file) {
        return !history(file) && touches(file);
    }

    private boolean history(String file) {
        if (since == null) {
            return false;
        }
        Migration m = migrationOf(file);
        return m != null && m.version() != null && m.version().compareTo(since) <= 0;
    }

    /** The migration whose up or down script is {@code file}; null for none. */
    private Migration migrationOf(String file) {
        if (byScript == null) {
            byScript = new HashMap<>();
            for (Migration m : set.migrations()) {
                byScript.put(m.up().displayPath(), m);
                if (m.down() != null) {
                    byScript.put(m.down().displayPath(), m);
                }
            }
        }
        return byScript.get(file);
    }

    /** The findings to report, with a note for each kind left out added to {@code notes}. */
    List<Finding> apply(List<Finding> findings, Predicate<String> linted, List<String> notes) {
        AdoptionSettings settings = config.adoption();
        List<Finding> out = history(findings, settings, notes);
        List<Stale> stale = new ArrayList<>();
        if (settings.updateBaseline()) {
            writeBaseline(out, settings.baselineFile(), notes);
            out = new ArrayList<>(engine.findings());
            engine.findings().clear();
        } else {
            out = baseline(out, settings.baselineFile(), linted, stale, notes);
        }
        if (base.isPresent()) {
            out = narrow(out, notes);
            stale.removeIf(st -> !touches(st.migrationFile()));
        }
        for (Stale st : stale) {
            out.add(st.finding());
        }
        if (base.isEmpty() && settings.since() == null && !Files.isRegularFile(settings.baselineFile())
                && !settings.updateBaseline()) {
            hint(out, notes);
        }
        out.sort(Finding.ORDER);
        return out;
    }

    private List<Finding> history(List<Finding> findings, AdoptionSettings settings, List<String> notes) {
        if (since == null) {
            return new ArrayList<>(findings);
        }
        List<Finding> out = new ArrayList<>();
        int hidden = 0;
        for (Finding f : findings) {
            if (history(f.file())) {
                hidden++;
            } else {
                out.add(f);
            }
        }
        if (hidden > 0) {
            notes.add(hidden + plural(hidden, " finding") + " in migrations at or below since " + settings.since()
                    + (hidden == 1 ? " is" : " are") + " history and not reported");
        }
        return out;
    }

    /** A stale entry's finding, with the migration file the entry names. */
    private record Stale(String migrationFile, Finding finding) {
    }

    private List<Finding> baseline(List<Finding> findings, Path file, Predicate<String> linted, List<Stale> stale,
                                   List<String> notes) {
        FindingsBaseline.Read read = FindingsBaseline.read(file);
        String display = display(file);
        if (read.problem() != null) {
            engine.engineFinding(BuiltInRules.INVALID_BASELINE, display, read.problemLine(), 0,
                    "The findings baseline " + display + " " + read.problem() + "; it is not used",
                    "fix the file, or write it anew with lint --update-baseline (mvn db:lint -Ddb.updateBaseline)");
            List<Finding> out = new ArrayList<>(findings);
            out.addAll(engine.findings());
            engine.findings().clear();
            return out;
        }
        if (read.baseline().isEmpty()) {
            return findings;
        }
        FindingsBaseline.Match match = read.baseline().get().match(findings, linted);
        if (match.baselined() > 0) {
            notes.add(match.baselined() + plural(match.baselined(), " finding") + (match.baselined() == 1 ? " is"
                    : " are") + " in the baseline " + display + " and not reported");
        }
        for (FindingsBaseline.Entry e : match.unmatched()) {
            int before = engine.findings().size();
            engine.engineFinding(BuiltInRules.STALE_BASELINE_ENTRY, display, e.at(), 0,
                    "Baseline entry " + e.rule() + " on " + e.file() + (e.line() > 0 ? ":" + e.line() : "")
                            + " matches no finding any more" + (e.message() == null ? "" : " (" + e.message() + ")"),
                    "remove the entry from " + display + ", or write the baseline anew with lint --update-baseline");
            if (engine.findings().size() > before) {
                stale.add(new Stale(e.file(), engine.findings().remove(before)));
            }
        }
        return match.remaining();
    }

    private void writeBaseline(List<Finding> findings, Path file, List<String> notes) {
        String display = display(file);
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, FindingsBaseline.render(findings), StandardCharsets.UTF_8);
            notes.add("Wrote " + findings.size() + plural(findings.size(), " finding") + " to the baseline "
                    + display + "; later runs report only findings not in it");
        } catch (IOException e) {
            engine.engineFinding(BuiltInRules.INVALID_BASELINE, display, 0, 0,
                    "The findings baseline " + display + " cannot be written (" + e.getMessage() + ")",
                    "make the directory writable, or set baseline: in .migration-guard.yml to another file");
        }
    }

    /**
     * True when the run has no base, or the change adds, changes or deletes {@code file} or the other script of its
     * migration. Asked only for files with findings and scripts the run read: the pre-commit hook of a repository of
     * thousands of migrations compares a handful of files, not all of them.
     */
    private boolean touches(String file) {
        if (base.isEmpty()) {
            return true;
        }
        return touched.computeIfAbsent(file, f -> {
            Migration m = migrationOf(f);
            if (m == null) {
                return changed(f);
            }
            return changed(m.up().displayPath()) || m.down() != null && changed(m.down().displayPath());
        });
    }

    private boolean changed(String path) {
        BaseComparison c = base.get();
        return c.changedSinceFork(path) || c.atFork(path) && !c.onBranch(path);
    }

    private List<Finding> narrow(List<Finding> findings, List<String> notes) {
        List<Finding> out = new ArrayList<>();
        int hidden = 0;
        Set<String> migrations = new HashSet<>();
        for (Finding f : findings) {
            if (touches(f.file())) {
                out.add(f);
            } else {
                hidden++;
                Migration m = migrationOf(f.file());
                migrations.add(m == null ? f.file() : m.up().displayPath());
            }
        }
        if (hidden > 0) {
            notes.add(hidden + plural(hidden, " finding") + " in " + migrations.size()
                    + plural(migrations.size(), " migration") + " this change does not touch; run without db.base"
                    + " to see them");
        }
        return out;
    }

    private void hint(List<Finding> findings, List<String> notes) {
        Set<String> migrations = new HashSet<>();
        for (Finding f : findings) {
            migrations.add(f.file());
        }
        if (findings.size() >= HINT_FINDINGS && migrations.size() >= HINT_MIGRATIONS) {
            notes.add("Adopting Migration Guard on existing migrations? Lint only what a change touches (db.base),"
                    + " mark old migrations as history (db.since, --since) or accept today's findings in a"
                    + " baseline (db.updateBaseline, --update-baseline): see docs/goals/lint.md#adopting-on-an-"
                    + "existing-project");
        }
    }

    private String display(Path file) {
        Path project = config.projectDir();
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(project) ? project.relativize(abs).toString().replace('\\', '/') : abs.toString();
    }

    private static String plural(int n, String word) {
        return n == 1 ? word : word + "s";
    }
}
