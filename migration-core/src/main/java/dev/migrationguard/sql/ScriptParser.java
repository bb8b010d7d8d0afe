package dev.migrationguard.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a script's text into a {@link SqlScript}: split by {@link ScriptSplitter}, each statement classified by the
 * {@link Classifier}. The one way every part of the engine (lint, runner, round trip) reads SQL.
 */
public final class ScriptParser {

    private final Classifier classifier;

    public ScriptParser(Classifier classifier) {
        this.classifier = classifier;
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
        for (RawStatement raw : split.statements()) {
            statements.add(new Statement(raw, classifier.classify(raw)));
        }
        return new SqlScript(path, List.copyOf(statements), split.problems(), split.suppressions(),
                split.irreversibleReason());
    }

    /** Parses a whole file's text starting at line 1, byte 0, without placeholders. */
    public SqlScript parse(String path, String text) {
        return parse(path, text, 1, 0, null);
    }
}
