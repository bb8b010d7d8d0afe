package dev.migrationguard.report;

import dev.migrationguard.lint.Finding;
import dev.migrationguard.lint.LintResult;
import dev.migrationguard.lint.LintSummary;
import dev.migrationguard.lint.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * The human format: one finding per line, {@code path:line:col: severity[rule-id] message}, a {@code help:} line with
 * the docs link, then a summary line. ANSI colours only when asked for (the command line asks on a terminal).
 */
public final class TextRenderer implements Renderer {

    private static final String RESET = "\u001B[0m";
    private static final String RED = "\u001B[31;1m";
    private static final String YELLOW = "\u001B[33;1m";
    private static final String BLUE = "\u001B[34;1m";
    private static final String DIM = "\u001B[2m";

    private final boolean color;

    public TextRenderer(boolean color) {
        this.color = color;
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
            out.add(new RenderedLine(f.severity(), "  " + paint(DIM, "help: " + f.help() + " (" + f.docs() + ")")));
        }
        out.add(new RenderedLine(Severity.INFO, summaryLine(result.summary())));
        return out;
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
        return "Migration Guard: " + s.files() + plural(s.files(), " file") + ", " + s.statements()
                + plural(s.statements(), " statement") + " (" + s.statementsParsed() + " parsed, "
                + s.statementsFallback() + " by fallback, " + s.statementsUnknown() + " not understood); "
                + s.errors() + plural(s.errors(), " error") + ", " + s.warnings() + plural(s.warnings(), " warning")
                + ", " + s.infos() + plural(s.infos(), " info");
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
