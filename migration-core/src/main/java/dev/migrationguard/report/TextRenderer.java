package dev.migrationguard.report;

import dev.migrationguard.lint.Finding;
import dev.migrationguard.lint.LintResult;
import dev.migrationguard.lint.LintSummary;
import dev.migrationguard.lint.LintedScript;
import dev.migrationguard.lint.Risk;
import dev.migrationguard.lint.Severity;
import dev.migrationguard.naming.Direction;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The human format: one finding per line, {@code path:line:col: severity[rule-id] message}, a {@code help:} line with
 * where the rule is explained ({@link RenderOptions#reference}), then one risk line per migration with findings or a risk above low, then a summary line. ANSI colours only when asked for (the command line asks on a terminal).
 */
public final class TextRenderer implements Renderer {

    private static final String RESET = "\u001B[0m";
    private static final String RED = "\u001B[31;1m";
    private static final String YELLOW = "\u001B[33;1m";
    private static final String BLUE = "\u001B[34;1m";
    private static final String DIM = "\u001B[2m";

    private final boolean color;
    private final RenderOptions options;

    public TextRenderer(RenderOptions options) {
        this.options = options;
        this.color = options.color();
    }

    public TextRenderer(boolean color) {
        this(RenderOptions.defaults().withColor(color));
    }

    public TextRenderer() {
        this(false);
    }

    @Override
    public String render(LintResult result) {
        StringBuilder b = new StringBuilder();
        for (RenderedLine line : lines(result)) {
            b.append(line.text()).append('\n');
        }
        return b.toString();
    }

    /** The output as lines, each with its level: findings at their severity, help at the same, summary as info. */
    public List<RenderedLine> lines(LintResult result) {
        List<RenderedLine> out = new ArrayList<>();
        for (String note : result.notes()) {
            out.add(new RenderedLine(Severity.INFO, "note: " + note));
        }
        for (Finding f : result.findings()) {
            out.add(new RenderedLine(f.severity(), findingLine(f)));
            out.add(new RenderedLine(f.severity(), "  " + paint(DIM, "help: " + f.help() + " (" + options.reference(f.rule()) + ")")));
        }
        for (String risk : riskLines(result)) {
            out.add(new RenderedLine(Severity.INFO, risk));
        }
        String tally = riskTally(result);
        if (tally != null) {
            out.add(new RenderedLine(Severity.INFO, tally));
        }
        out.add(new RenderedLine(Severity.INFO, summaryLine(result.summary())));
        return out;
    }

    /**
     * One line per up script with findings or with risk medium or high, and per down script with findings:
     * {@code path: risk high: line 12, ACCESS EXCLUSIVE on users (drops column email)}, naming the statement that
     * decides the risk (docs/risk.md).
     */
    public List<String> riskLines(LintResult result) {
        Set<String> withFindings = new HashSet<>();
        for (Finding f : result.findings()) {
            withFindings.add(f.file());
        }
        List<String> lines = new ArrayList<>();
        for (LintedScript s : result.scripts()) {
            String path = s.script().path();
            boolean up = s.direction() == Direction.UP;
            boolean show = withFindings.contains(path) || (up && s.risk().risk() != Risk.LOW);
            if (show) {
                lines.add(path + (up ? "" : " (down)") + ": " + s.risk().describe());
            }
        }
        return lines;
    }

    /**
     * How many up migrations fall in each risk class, {@code Migration risk: 1 high, 2 medium, 40 low}; null when
     * no up migration was read.
     */
    public static String riskTally(LintResult result) {
        int[] counts = new int[Risk.values().length];
        int total = 0;
        for (LintedScript s : result.scripts()) {
            if (s.direction() == Direction.UP) {
                counts[s.risk().risk().ordinal()]++;
                total++;
            }
        }
        if (total == 0) {
            return null;
        }
        return "Migration risk: " + counts[Risk.HIGH.ordinal()] + " high, " + counts[Risk.MEDIUM.ordinal()]
                + " medium, " + counts[Risk.LOW.ordinal()] + " low";
    }

    /** {@code path:line:col: severity[rule-id] message}; line and column left out when 0. */
    public String findingLine(Finding f) {
        StringBuilder b = new StringBuilder(f.file());
        if (f.line() > 0) {
            b.append(':').append(f.line());
            if (f.column() > 0) {
                b.append(':').append(f.column());
            }
        }
        b.append(": ").append(paint(colorOf(f.severity()), f.severity().label() + "[" + f.rule() + "]"))
                .append(' ').append(f.message());
        return b.toString();
    }

    /** One line of counts. */
    public static String summaryLine(LintSummary s) {
        boolean parseChecked = s.statementsParsed() + s.statementsFallback() > 0;
        return "Migration Guard: " + s.files() + plural(s.files(), " file") + ", " + s.statements()
                + plural(s.statements(), " statement") + " (" + (parseChecked ? s.statementsParsed() + " parsed, "
                + s.statementsFallback() + " by fallback, " : "") + s.statementsUnknown() + " not understood); "
                + s.errors() + plural(s.errors(), " error") + ", " + s.warnings() + plural(s.warnings(), " warning")
                + ", " + s.infos() + plural(s.infos(), " info")
                + (s.errors() > 0 && !s.failOn().fails(Severity.ERROR)
                ? " (not failing: fail-on is " + s.failOn().label() + ")" : "");
    }

    private static String plural(int n, String word) {
        return n == 1 ? word : word + "s";
    }

    private String colorOf(Severity s) {
        return switch (s) {
            case ERROR -> RED;
            case WARNING -> YELLOW;
            case INFO -> BLUE;
        };
    }

    private String paint(String code, String text) {
        return color ? code + text + RESET : text;
    }
}
