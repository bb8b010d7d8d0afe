package dev.migrationguard.sql;

import java.util.List;

/**
 * Classifies statements: what each one is, which objects it names, its flags, ALTER actions, CREATE TABLE columns
 * and the table locks it takes.
 *
 * <p>The token classifier is the authority: it works for every statement from its significant tokens, whether or
 * not JSqlParser understands it. JSqlParser (PostgreSQL dialect, in the calling thread, within
 * {@link ClassifierOptions#parseBudget()}) is then asked for an AST, which is kept only when it agrees with the
 * tokens (same kind family, same primary object, no known mis-parse): status {@link ParseStatus#AST}. When
 * JSqlParser fails, is skipped or disagrees, the status is {@link ParseStatus#FALLBACK}; {@link ParseStatus#UNKNOWN}
 * only when the tokens give no kind either. psql meta-commands, COPY with inline data and statements longer than
 * {@link ClassifierOptions#maxParseLength()} are not given to JSqlParser.
 *
 * <p>Never throws for any statement. Instances are immutable and thread-safe.
 */
public final class Classifier {

    private final ClassifierOptions options;
    private final TokenClassifier tokenClassifier = new TokenClassifier();
    private final LockResolver lockResolver = new LockResolver();
    private final JSqlParserGuard parser;

    /** A classifier with {@link ClassifierOptions#defaults()}. */
    public Classifier() {
        this(ClassifierOptions.defaults());
    }

    public Classifier(ClassifierOptions options) {
        this.options = options;
        this.parser = new JSqlParserGuard(options.parseBudget());
    }

    public ClassifierOptions options() {
        return options;
    }

    /** Classifies one statement; never throws, never returns null. */
    public Classification classify(RawStatement statement) {
        ClassificationDraft draft = tokenClassifier.classify(statement);
        List<TableLock> locks;
        try {
            locks = lockResolver.locks(draft);
        } catch (RuntimeException unexpectedShape) {
            locks = List.of();
        }
        if (draft.kind == StatementKind.UNKNOWN) {
            return draft.freeze(locks, ParseStatus.UNKNOWN, null);
        }
        if (!options.useJSqlParser()) {
            return draft.freeze(locks, ParseStatus.TOKENS, null);
        }
        net.sf.jsqlparser.statement.Statement ast = null;
        if (shouldParse(statement, draft)) {
            ast = parser.parse(parseText(statement)).statement();
        }
        if (ast != null && AstCrossCheck.agrees(draft, ast)) {
            return draft.freeze(locks, ParseStatus.AST, ast);
        }
        return draft.freeze(locks, ParseStatus.FALLBACK, null);
    }

    private boolean shouldParse(RawStatement statement, ClassificationDraft draft) {
        if (!options.useJSqlParser() || statement.metaCommand() || draft.kind == StatementKind.PSQL_META_COMMAND) {
            return false;
        }
        String text = statement.text();
        if (text == null || text.isBlank() || text.length() > options.maxParseLength()) {
            return false;
        }
        return statement.tokens().stream().noneMatch(t -> t.type() == TokenType.COPY_DATA);
    }

    /** The statement text without its terminating semicolon (and anything after it). */
    static String parseText(RawStatement statement) {
        String text = statement.text();
        List<Token> tokens = statement.tokens();
        if (!tokens.isEmpty()) {
            Token last = tokens.get(tokens.size() - 1);
            int end = last.end() - statement.startOffset();
            if (end > 0 && end <= text.length() && text.startsWith(last.text(), end - last.text().length())) {
                return text.substring(0, end);
            }
        }
        String trimmed = text.stripTrailing();
        return trimmed.endsWith(";") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
