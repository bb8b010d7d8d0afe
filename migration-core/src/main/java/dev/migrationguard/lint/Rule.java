package dev.migrationguard.lint;

/**
 * A lint rule. Implementations carry a {@link RuleInfo} and are listed in {@link BuiltInRules}; they override the
 * hook for the scope they look at and report through the context. Rules are stateless: the same instance checks
 * every script.
 */
public interface Rule {

    /** Called once per run with the whole migration set (names, versions, pairs). */
    default void checkSet(SetContext ctx) {
    }

    /** Called once per script (an up or down file or section) that the rule applies to. */
    default void checkScript(ScriptContext ctx) {
    }
}
