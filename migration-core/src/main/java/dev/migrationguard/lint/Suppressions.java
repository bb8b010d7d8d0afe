package dev.migrationguard.lint;

import dev.migrationguard.sql.SqlProblem;
import dev.migrationguard.sql.SqlScript;
import dev.migrationguard.sql.Suppression;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Applies a script's inline and file-level suppressions to the findings its rules raised, and reports suppressions
 * that give no reason, name an unknown rule, or suppress nothing.
 */
final class Suppressions {

    private Suppressions() {
    }

    static void apply(SqlScript script, List<PendingFinding> raised, Set<String> rulesRan,
                      List<Linter.ActiveRule> active, FindingCollector out) {
        List<Suppression> suppressions = script.suppressions();
        Set<String> used = new HashSet<>(); // "suppressionIndex:ruleId"
        for (PendingFinding p : raised) {
            int by = suppressing(suppressions, p);
            if (by < 0) {
                out.add(p.finding());
            } else {
                used.add(by + ":" + p.finding().rule());
            }
        }
        Linter.ActiveRule invalid = find(active, BuiltInRules.INVALID_SUPPRESSION.id());
        Linter.ActiveRule unused = find(active, BuiltInRules.UNUSED_SUPPRESSION.id());
        Set<String> known = BuiltInRules.ids();
        for (int i = 0; i < suppressions.size(); i++) {
            Suppression s = suppressions.get(i);
            String form = s.fileLevel() ? "ignore-file" : "ignore";
            if (s.reason().isBlank() && invalid != null) {
                report(out, invalid, script, s.line(), s.column(),
                        "suppression of " + String.join(",", s.ruleIds()) + " gives no reason",
                        "say why after the rule ids: -- migration-guard:" + form + " "
                                + String.join(",", s.ruleIds()) + " <reason>");
            }
            for (String id : s.ruleIds()) {
                if (!known.contains(id)) {
                    if (invalid != null) {
                        report(out, invalid, script, s.line(), s.column(),
                                "suppression names unknown rule '" + id + "'",
                                "use a rule id listed in docs/rules/README.md");
                    }
                } else if (unused != null && rulesRan.contains(id) && !used.contains(i + ":" + id)) {
                    String where = s.fileLevel() ? "in this file"
                            : s.statementIndex() < 0 ? "(no statement follows it)" : "on the statement that follows";
                    report(out, unused, script, s.line(), s.column(),
                            "suppression of " + id + " suppresses nothing " + where,
                            "remove the suppression, or move it to the line before the statement it is for");
                }
            }
        }
        if (invalid != null) {
            for (SqlProblem p : script.problems()) {
                if (p.kind() == SqlProblem.Kind.BAD_DIRECTIVE) {
                    report(out, invalid, script, p.line(), p.column(), p.message(), p.help());
                }
            }
        }
    }

    private static int suppressing(List<Suppression> suppressions, PendingFinding p) {
        String rule = p.finding().rule();
        for (int i = 0; i < suppressions.size(); i++) {
            Suppression s = suppressions.get(i);
            if (!s.ruleIds().contains(rule)) {
                continue;
            }
            if (s.fileLevel() || (p.statementIndex() >= 0 && s.statementIndex() == p.statementIndex())) {
                return i;
            }
        }
        return -1;
    }

    private static Linter.ActiveRule find(List<Linter.ActiveRule> active, String id) {
        for (Linter.ActiveRule r : active) {
            if (r.registered().id().equals(id)) {
                return r;
            }
        }
        return null;
    }

    private static void report(FindingCollector out, Linter.ActiveRule rule, SqlScript script, int line, int column,
                               String message, String help) {
        String id = rule.registered().id();
        out.add(new Finding(id, rule.severity(), rule.registered().info().risk(), script.path(), line, column,
                message, help, Finding.docsFor(id)));
    }
}
