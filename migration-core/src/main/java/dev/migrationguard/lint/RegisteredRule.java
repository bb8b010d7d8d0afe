package dev.migrationguard.lint;

import java.util.Objects;

/**
 * A rule with its metadata read from {@link RuleInfo}. The id and family are read from the annotation once (an
 * annotation's methods go through a proxy, and the engine asks for the id for every finding and script).
 *
 * @param id     {@link RuleInfo#id()}
 * @param family {@link RuleInfo#family()}, or the id when the rule is a family of its own
 */
public record RegisteredRule(Rule rule, RuleInfo info, String id, String family) {

    public static RegisteredRule of(Rule rule) {
        RuleInfo info = rule.getClass().getAnnotation(RuleInfo.class);
        if (info == null) {
            throw new IllegalArgumentException(rule.getClass().getName() + " has no @RuleInfo");
        }
        return new RegisteredRule(Objects.requireNonNull(rule), info, info.id(),
                info.family().isEmpty() ? info.id() : info.family());
    }
}
