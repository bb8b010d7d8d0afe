package dev.migrationguard.sql;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a script's text into a {@link SqlScript}: split by {@link ScriptSplitter}, each statement classified by the
 * {@link Classifier}. The one way every part of the engine (lint, runner, round trip) reads SQL.
 *
 * <p>JSqlParser costs far more than the token classifier, and adds nothing to the classification a rule sees (the
 * token classification wins; the AST only confirms it). So one script gets at most {@link #DEFAULT_AST_BUDGET} of
 * JSqlParser time: a multi-megabyte data script is still classified completely, its remaining statements from their
 * tokens alone (counted as fallback).
 */
public final class ScriptParser {

    /** JSqlParser time one script may use before its remaining statements are classified from tokens alone. */
    public static final Duration DEFAULT_AST_BUDGET = Duration.ofSeconds(2);

    private final Classifier classifier;
    private final Classifier tokensOnly;
    private final long astBudgetNanos;

    public ScriptParser(Classifier classifier, Duration astBudgetPerScript) {
        this.classifier = classifier;
        this.tokensOnly = new Classifier(ClassifierOptions.tokensOnly());
        this.astBudgetNanos = astBudgetPerScript.toNanos();
    }

    public ScriptParser(Classifier classifier) {
        this(classifier, DEFAULT_AST_BUDGET);
    }

    public ScriptParser() {
        this(new Classifier());
    }

    /**
     * Parses one script.
     *
     * @param path            display path, for findings
     * @param text            the script text (a whole file, or a section of one)
     * @param firstLine       the file line on which {@code text} starts
     * @param firstByteOffset the file byte offset at which {@code text} starts
     * @param placeholders    values for {@code ${name}}; null to leave placeholders alone
     */
    public SqlScript parse(String path, String text, int firstLine, long firstByteOffset,
                           Map<String, String> placeholders) {
        ScriptSplitter.SplitResult split = ScriptSplitter.split(text,
                new ScriptSplitter.SplitOptions(firstLine, firstByteOffset, placeholders));
        List<Statement> statements = new ArrayList<>(split.statements().size());
        long spent = 0;
        for (RawStatement raw : split.statements()) {
            if (spent < astBudgetNanos || !classifier.options().useJSqlParser()) {
                long start = System.nanoTime();
                statements.add(new Statement(raw, classifier.classify(raw)));
                spent += System.nanoTime() - start;
            } else {
                statements.add(new Statement(raw, tokensOnly.classify(raw).withStatus(ParseStatus.FALLBACK)));
            }
        }
        return new SqlScript(path, List.copyOf(statements), split.problems(), split.suppressions(),
                split.irreversibleReason(), split.noOpReason());
    }

    /** Parses a whole file's text starting at line 1, byte 0, without placeholders. */
    public SqlScript parse(String path, String text) {
        return parse(path, text, 1, 0, null);
    }
}
