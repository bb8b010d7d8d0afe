package dev.migrationguard.lint;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The single source of a rule's metadata. Every class listed in {@link BuiltInRules} carries one. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {

    /** Permanent kebab-case id, e.g. {@code ban-drop-column}; its page is {@code docs/rules/<id>.md}. */
    String id();

    /** Default severity; configuration may override it or turn the rule off. */
    Severity severity();

    /** Risk class of what the rule finds. */
    Risk risk();

    /** One line: what the rule reports. */
    String summary();

    /**
     * True for rules that also check down (and undo) scripts by default: syntax, meta-commands, pairing. Risk rules
     * leave downs alone unless {@code lintDown} is set.
     */
    boolean checksDown() default false;

    /** False for rules that only run when configured with a severity. */
    boolean enabledByDefault() default true;

    /**
     * The family of rules whose findings can describe the same problem at the same place (see "One problem, one
     * finding" in {@code docs/rules/README.md}): at one statement, only one rule of a family reports a problem, the
     * others stay quiet there while it is in force. Empty: the rule is a family of its own.
     */
    String family() default "";
}
