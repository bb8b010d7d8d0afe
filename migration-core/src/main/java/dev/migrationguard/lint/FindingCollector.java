package dev.migrationguard.lint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Gathers the findings of a run, and turns a rule that throws into a finding instead of a crash. */
final class FindingCollector {

    private final List<Finding> findings = new ArrayList<>();
    private final Map<String, List<Finding>> byFile = new HashMap<>();
    private final Map<String, Linter.ActiveRule> active;

    /** @param active the rules in force by id, so engine findings honour the configured severity or "off" */
    FindingCollector(Map<String, Linter.ActiveRule> active) {
        this.active = active;
    }

    void add(Finding f) {
        findings.add(f);
        byFile.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f);
    }

    List<Finding> findings() {
        return findings;
    }

    /** The findings gathered so far on the file {@code path}. */
    List<Finding> inFile(String path) {
        return byFile.getOrDefault(path, List.of());
    }

    /** Reports a finding of an engine rule (one whose logic lives in the engine, e.g. unreadable files). */
    void engineFinding(RegisteredRule rule, String file, int line, int column, String message, String help) {
        Linter.ActiveRule in = active.get(rule.id());
        if (in == null) {
            return; // turned off
        }
        add(new Finding(rule.id(), in.severity(), rule.info().risk(), file, line, column, message, help,
                Finding.docsFor(rule.id())));
    }

    /** Runs {@code body}; if the rule fails, records an internal-error finding naming the rule and the file. */
    void guard(Linter.ActiveRule rule, String file, Runnable body) {
        try {
            body.run();
        } catch (RuntimeException | StackOverflowError e) {
            String what = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            engineFinding(BuiltInRules.INTERNAL_ERROR, file == null ? "(migration set)" : file, 0, 0,
                    "rule " + rule.registered().id() + " failed on this file (" + what + ")",
                    "report this with the file attached, and turn " + rule.registered().id()
                            + " off in .migration-guard.yml meanwhile");
        }
    }
}
