package dev.migrationguard.lint;

import java.util.Comparator;

/**
 * One problem the lint found.
 *
 * @param rule     rule id
 * @param severity effective severity (after configuration)
 * @param risk     risk class
 * @param file     display path of the file
 * @param line     1-based line (0 when the finding is about the file as a whole)
 * @param column   1-based column (0 when not applicable)
 * @param message  what is wrong, naming the table, column, index or lock
 * @param help     one imperative sentence saying what to do instead
 * @param docs     where the rule is explained, {@code docs/rules/<id>.md}
 * @param fingerprint what the finding is about, independent of where in the file it stands: for a finding on a
 *                 statement, a digest of the statement's text without whitespace and comments
 *                 ({@link Fingerprint#of}); else of the message without numbers. The findings baseline matches on
 *                 rule, file and fingerprint, so an edit elsewhere in the file keeps a finding matched.
 */
public record Finding(String rule, Severity severity, Risk risk, String file, int line, int column, String message,
                      String help, String docs, String fingerprint) {

    /** A finding not tied to a statement: its fingerprint is taken from the message. */
    public Finding(String rule, Severity severity, Risk risk, String file, int line, int column, String message,
                   String help, String docs) {
        this(rule, severity, risk, file, line, column, message, help, docs, Fingerprint.ofMessage(message));
    }

    /** Order of output: file, line, column, then rule id. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::file)
            .thenComparingInt(Finding::line)
            .thenComparingInt(Finding::column)
            .thenComparing(Finding::rule);

    /** The docs link of a rule id. */
    public static String docsFor(String ruleId) {
        return "docs/rules/" + ruleId + ".md";
    }
}
