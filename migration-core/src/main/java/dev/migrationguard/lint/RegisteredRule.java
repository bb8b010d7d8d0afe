package dev.migrationguard.lint;

import java.util.Objects;

/** A rule with its metadata read from {@link RuleInfo}. */
public record RegisteredRule(Rule rule, RuleInfo info) {

    public static RegisteredRule of(Rule rule) {
        RuleInfo info = rule.getClass().getAnnotation(RuleInfo.class);
        if (info == null) {
            throw new IllegalArgumentException(rule.getClass().getName() + " has no @RuleInfo");
        }
        return new RegisteredRule(Objects.requireNonNull(rule), info);
    }

    public String id() {
        return info.id();
    }

    /** The rule's family: {@link RuleInfo#family()}, or its id when it is a family of its own. */
    public String family() {
        return info.family().isEmpty() ? info.id() : info.family();
    }
}
