package dev.migrationguard.report;

import dev.migrationguard.db.roundtrip.RoundTripRenderer;
import dev.migrationguard.db.roundtrip.RoundTripResult;
import dev.migrationguard.lint.Finding;
import dev.migrationguard.lint.LintResult;
import dev.migrationguard.lint.LintedScript;
import dev.migrationguard.lint.Risk;
import dev.migrationguard.lint.Severity;
import dev.migrationguard.lint.risk.StatementRisk;
import dev.migrationguard.naming.Direction;
import dev.migrationguard.sql.LockLevel;
import dev.migrationguard.sql.ObjectType;
import dev.migrationguard.sql.Statement;
import dev.migrationguard.sql.TableLock;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The pull-request report: a headline (overall risk, counts, the report's note), a warning for each migration also edited on the base,
 * a table with one row per migration (file, change, risk, the line and lock of the statement that decides the
 * risk, reversible, findings), then per migration its findings (message, help, rule page) and its statements with
 * their locks and risks, then the round trip when it ran.
 *
 * <p>The report stays within {@link RenderOptions#markdownLimit()} characters (a pull-request comment holds 65,536):
 * when the whole report is longer, it leaves out detail in this order, and says what it left out: the statement
 * lists, the help texts, the table rows of low-risk migrations without findings (counted in one line), the findings
 * of low-risk migrations, those of medium-risk migrations, the round trip's details, the remaining findings (a
 * migration the branch changed or deleted counts as high-risk for this); a report still too long after all that is
 * cut at a line.
 */
public final class MarkdownRenderer implements Renderer {

    /** The statement text shown in a statement table, at most. */
    static final int STATEMENT_TEXT_LIMIT = 120;

    /** What each level leaves out, in the order it is left out. */
    private static final List<String> CUTS = List.of(
            "the statement lists",
            "the help texts",
            "the table rows of low-risk migrations without findings",
            "the findings of low-risk migrations",
            "the findings of medium-risk migrations",
            "the round trip's details",
            "the findings of high-risk migrations");

    /** The level from which each kind of detail is left out (its position in {@link #CUTS}, plus one). */
    private static final int NO_STATEMENTS = 1;
    private static final int NO_HELP = 2;
    private static final int NO_QUIET_ROWS = 3;
    private static final int NO_LOW_RISK_FINDINGS = 4;
    private static final int NO_MEDIUM_RISK_FINDINGS = 5;
    private static final int NO_ROUND_TRIP_DETAILS = 6;
    private static final int NO_HIGH_RISK_FINDINGS = 7;

    private final RenderOptions options;

    public MarkdownRenderer(RenderOptions options) {
        this.options = options;
    }

    public MarkdownRenderer() {
        this(RenderOptions.defaults());
    }

    @Override
    public String render(LintResult result) {
        return render(ReportInput.of(result));
    }

    @Override
    public String render(ReportInput input) {
        ReportModel model = ReportModel.of(input);
        int limit = options.markdownLimit();
        for (int level = 0; level <= CUTS.size(); level++) {
            String out = render(model, level, limit);
            if (out.length() <= limit) {
                return out;
            }
        }
        return hardCut(render(model, CUTS.size(), limit), limit);
    }

    /** The report with the first {@code level} kinds of detail left out. */
    private String render(ReportModel model, int level, int limit) {
        StringBuilder b = new StringBuilder();
        headline(b, model);
        if (level > 0) {
            b.append("> [!NOTE]\n> Shortened to stay under ").append(number(limit))
                    .append(" characters: left out ").append(String.join(", ", CUTS.subList(0, level)))
                    .append(". The JSON format (`db.format=json`) has every detail.\n\n");
        }
        editedOnBase(b, model);
        table(b, model, level >= NO_QUIET_ROWS);
        for (MigrationEntry e : model.shown()) {
            section(b, e, level);
        }
        RoundTripResult roundTrip = model.input().roundTrip();
        if (roundTrip != null) {
            b.append('\n');
            if (level >= NO_ROUND_TRIP_DETAILS) {
                b.append("## Round trip\n\n").append(roundTrip.summary()).append(" on ").append(roundTrip.target())
                        .append(".\n");
            } else {
                b.append(RoundTripRenderer.markdown(roundTrip));
            }
        }
        return b.toString();
    }

    private static void headline(StringBuilder b, ReportModel model) {
        ReportInput input = model.input();
        Risk risk = model.highestRisk();
        b.append("## Migration Guard: ").append(risk.label()).append(" risk\n\n");
        List<String> parts = new ArrayList<>();
        int migrations = model.migrationsWithRisk(Risk.HIGH) + model.migrationsWithRisk(Risk.MEDIUM)
                + model.migrationsWithRisk(Risk.LOW);
        parts.add(migrations + (migrations == 1 ? " migration" : " migrations") + " ("
                + model.migrationsWithRisk(Risk.HIGH) + " high, " + model.migrationsWithRisk(Risk.MEDIUM)
                + " medium, " + model.migrationsWithRisk(Risk.LOW) + " low risk)");
        int errors = model.shownFindings(Severity.ERROR);
        int warnings = model.shownFindings(Severity.WARNING);
        int infos = model.shownFindings(Severity.INFO);
        parts.add(errors + (errors == 1 ? " error" : " errors") + ", " + warnings
                + (warnings == 1 ? " warning" : " warnings") + ", " + infos + (infos == 1 ? " info" : " infos"));
        if (input.comparesWithBase()) {
            parts.add("compared with " + (input.base() == null ? "the base" : Md.code(input.base(), false)) + ": "
                    + model.changes(ChangeKind.ADDED) + " added, " + model.changes(ChangeKind.CHANGED)
                    + " changed, " + model.changes(ChangeKind.DELETED) + " deleted");
        }
        b.append(String.join(" · ", parts)).append("\n\n");
        if (input.note() != null) {
            b.append("> [!NOTE]\n> ").append(Md.text(input.note())).append("\n\n");
        }
        int elsewhere = model.findingsNotShown();
        if (input.comparesWithBase() && elsewhere > 0) {
            b.append(elsewhere).append(elsewhere == 1 ? " finding" : " findings")
                    .append(" in migrations this change does not touch ").append(elsewhere == 1 ? "is" : "are")
                    .append(" not shown here.\n\n");
        }
    }

    private static void editedOnBase(StringBuilder b, ReportModel model) {
        String base = model.input().base() == null ? "the base branch" : Md.code(model.input().base(), false);
        for (MigrationEntry e : model.shown()) {
            if (e.editedOnBase()) {
                b.append("> [!CAUTION]\n> **").append(Md.code(e.path(), false)).append(" was also edited on ")
                        .append(base).append(".** Databases that applied the other version will not run this "
                                + "one again: agree on one version with the base branch, and put any further "
                                + "change in a new migration.\n\n");
            }
        }
    }

    private void table(StringBuilder b, ReportModel model, boolean quietRowsCut) {
        List<MigrationEntry> shown = model.shown();
        if (shown.isEmpty()) {
            b.append(model.input().comparesWithBase() ? "This change touches no migration.\n"
                    : "No migration was read.\n");
            return;
        }
        boolean changes = model.input().comparesWithBase();
        b.append("| Migration |").append(changes ? " Change |" : "")
                .append(" Risk | Riskiest statement | Reversible | Findings |\n|---|")
                .append(changes ? "---|" : "").append("---|---|---|---|\n");
        int quiet = 0;
        for (MigrationEntry e : shown) {
            if (quietRowsCut && quiet(e)) {
                quiet++;
                continue;
            }
            b.append("| ").append(Md.code(e.path(), true)).append(unit(e, true)).append(" | ");
            if (changes) {
                b.append(e.change() == null ? "" : e.change().label()).append(" | ");
            }
            boolean deleted = e.change() == ChangeKind.DELETED && e.up() == null;
            b.append(deleted ? "" : riskCell(e.risk())).append(" | ")
                    .append(deleted ? "" : riskStatementCell(e.riskStatement())).append(" | ")
                    .append(Md.text(e.reversible().describe())).append(" | ")
                    .append(e.findingCounts()).append(" |\n");
        }
        if (quiet > 0) {
            b.append("\n").append(quiet).append(quiet == 1 ? " low-risk migration" : " low-risk migrations")
                    .append(" without findings ").append(quiet == 1 ? "is" : "are").append(" not listed.\n");
        }
    }

    /** A row the headline's counts already cover: low risk, no finding, not edited on the base. */
    private static boolean quiet(MigrationEntry e) {
        return e.risk() == Risk.LOW && e.findings().isEmpty() && !e.editedOnBase();
    }

    private void section(StringBuilder b, MigrationEntry e, int level) {
        boolean findings = !e.findings().isEmpty() && findingsShown(cutRank(e), level);
        boolean statements = level < NO_STATEMENTS && e.scripts().stream().anyMatch(s -> !s.script().statements().isEmpty());
        if (!findings && !statements) {
            return;
        }
        b.append("\n### ").append(Md.code(e.path(), false)).append(unit(e, false));
        if (e.migration() != null) {
            b.append(" (").append(e.risk().label()).append(" risk)");
        }
        b.append('\n');
        if (findings) {
            b.append('\n');
            for (Finding f : e.findings()) {
                finding(b, e, f, level < NO_HELP);
            }
        }
        if (statements) {
            for (LintedScript s : e.scripts()) {
                statements(b, s, e.scripts().size() > 1 || s.direction() == Direction.DOWN);
            }
        }
    }

    /**
     * The risk a migration's findings are kept by when the report is shortened: its own, or high for a migration the
     * branch changed or deleted, or that the base edited too (an edit to a migration databases may already have run
     * is often low-risk SQL, and the most important line of the report).
     */
    private static Risk cutRank(MigrationEntry e) {
        boolean merged = e.change() == ChangeKind.CHANGED || e.change() == ChangeKind.DELETED || e.editedOnBase();
        return merged ? Risk.HIGH : e.risk();
    }

    private static boolean findingsShown(Risk risk, int level) {
        return switch (risk) {
            case LOW -> level < NO_LOW_RISK_FINDINGS;
            case MEDIUM -> level < NO_MEDIUM_RISK_FINDINGS;
            case HIGH -> level < NO_HIGH_RISK_FINDINGS;
        };
    }

    private void finding(StringBuilder b, MigrationEntry e, Finding f, boolean help) {
        b.append("- ").append(icon(f.severity())).append(" **").append(f.severity().label()).append("** ");
        if (options.docsUrl(f.rule()) != null) {
            b.append('[').append(Md.code(f.rule(), false)).append("](").append(options.docsUrl(f.rule())).append(')');
        } else {
            b.append(Md.code(f.rule(), false));
        }
        if (f.line() > 0) {
            b.append(" line ").append(f.line());
            if (f.column() > 0) {
                b.append(':').append(f.column());
            }
        }
        if (!f.file().equals(e.path())) {
            // a finding on the separate down file names it
            b.append(" in ").append(Md.code(f.file(), false));
        }
        b.append(": ").append(Md.text(f.message())).append('\n');
        if (help && f.help() != null && !f.help().isBlank()) {
            b.append("  Help: ").append(Md.text(f.help())).append('\n');
        }
    }

    private void statements(StringBuilder b, LintedScript s, boolean named) {
        List<Statement> list = s.script().statements();
        if (list.isEmpty()) {
            return;
        }
        Map<Integer, StatementRisk> risks = new HashMap<>();
        for (StatementRisk r : s.risk().statements()) {
            risks.put(r.statementIndex(), r);
        }
        String which = named ? (s.direction() == Direction.UP ? "up, " : "down, ") : "";
        b.append("\n<details><summary>Statements (").append(which).append(list.size()).append(")</summary>\n\n")
                .append("| Line | Statement | Kind | Lock | Risk |\n|---:|---|---|---|---|\n");
        for (Statement st : list) {
            StatementRisk r = risks.get(st.index());
            b.append("| ").append(st.line()).append(" | ").append(Md.code(st.abbreviated(STATEMENT_TEXT_LIMIT), true))
                    .append(" | ").append(st.kind().name().replace('_', ' ')).append(" | ")
                    .append(r == null ? lockCell(strongest(st)) : lockCell(r)).append(" | ")
                    .append(r == null ? "" : r.risk().label() + ": " + Md.text(r.reason())).append(" |\n");
        }
        b.append("\n</details>\n");
    }

    private static TableLock strongest(Statement st) {
        TableLock best = null;
        for (TableLock l : st.classification().locks()) {
            if (l != null && l.on() != null && (best == null || l.level().compareTo(best.level()) > 0)) {
                best = l;
            }
        }
        return best;
    }

    private static String riskCell(Risk risk) {
        return switch (risk) {
            case HIGH -> ":red_circle: high";
            case MEDIUM -> ":orange_circle: medium";
            case LOW -> ":green_circle: low";
        };
    }

    /**
     * {@code line 12, ACCESS EXCLUSIVE on `users`}: the statement and lock of the text output's risk line (what the
     * statement does is in the migration's statement list, which a long report can leave out; the table row stays
     * short so that a report of hundreds of migrations keeps its findings).
     */
    private static String riskStatementCell(StatementRisk r) {
        if (r == null) {
            return "no statements";
        }
        return "line " + r.line() + ", " + lockCell(r);
    }

    private static String lockCell(StatementRisk r) {
        if (!r.lockKnown()) {
            return "lock unknown";
        }
        return r.lock() == null ? "no table lock" : lockCell(r.lock());
    }

    /** {@code ACCESS EXCLUSIVE on `users`}, or {@code ... on the table of index `i`}; {@code none} without a lock. */
    private static String lockCell(TableLock lock) {
        if (lock == null || lock.level() == LockLevel.NONE) {
            return "none";
        }
        if (lock.on() == null || lock.on().name() == null) {
            return lock.level().sqlName();
        }
        String name = Md.code(lock.on().qualifiedName(), true);
        return lock.level().sqlName() + " on "
                + (lock.on().type() == ObjectType.INDEX ? "the table of index " + name : name);
    }

    private static String icon(Severity s) {
        return switch (s) {
            case ERROR -> ":x:";
            case WARNING -> ":warning:";
            case INFO -> ":information_source:";
        };
    }

    /** Cuts {@code text} at the last line that fits under {@code limit}, with a note saying so. */
    static String hardCut(String text, int limit) {
        String note = "\n\n> [!WARNING]\n> The report was cut here to stay under " + number(limit)
                + " characters.\n";
        int room = Math.max(0, limit - note.length());
        int cut = text.lastIndexOf('\n', room);
        return text.substring(0, Math.max(cut, 0)) + note;
    }

    private static String number(int n) {
        return NumberFormat.getIntegerInstance(Locale.ROOT).format(n);
    }

    /** {@code  changeset alice:2} after the path of a changeset's row, or nothing. */
    private static String unit(MigrationEntry e, boolean inTable) {
        return e.unit() == null ? "" : " changeset " + Md.code(e.unit(), inTable);
    }
}
