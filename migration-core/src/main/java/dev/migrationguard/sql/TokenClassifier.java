package dev.migrationguard.sql;

import java.util.List;

/**
 * Classifies a statement from its significant tokens alone: the kind, the objects, the flags, ALTER actions and
 * CREATE TABLE columns. It is the authority of the classification and works for every statement, whether or not
 * JSqlParser understands it. It never throws: an unexpected shape yields the best kind found, else
 * {@link StatementKind#UNKNOWN}. Stateless and thread-safe.
 */
final class TokenClassifier {

    ClassificationDraft classify(RawStatement statement) {
        ClassificationDraft draft = new ClassificationDraft();
        if (statement.metaCommand() || startsWithMetaCommand(statement.tokens())) {
            return draft.kind(StatementKind.PSQL_META_COMMAND);
        }
        List<Token> tokens = statement.tokens();
        if (tokens.isEmpty()) {
            return draft;
        }
        TokenCursor cursor = new TokenCursor(tokens, new SourceText(statement));
        try {
            dispatch(cursor, draft);
        } catch (RuntimeException unexpectedShape) {
            // Keep whatever was recognised before the shape became unexpected: the kind is usually already set.
        }
        return draft;
    }

    private static boolean startsWithMetaCommand(List<Token> tokens) {
        return !tokens.isEmpty() && tokens.get(0).type() == TokenType.META_COMMAND;
    }

    private static void dispatch(TokenCursor c, ClassificationDraft d) {
        if (c.isSymbol("(")) {
            // (SELECT ...) UNION (SELECT ...): a parenthesised query
            d.kind(StatementKind.SELECT);
            DataStatementReader.collectReads(c, d);
            return;
        }
        if (c.accept("create")) {
            CreateStatementReader.read(c, d);
        } else if (c.accept("alter")) {
            AlterStatementReader.read(c, d);
        } else if (c.accept("drop")) {
            DropStatementReader.read(c, d);
        } else if (!DataStatementReader.read(c, d)) {
            UtilityStatementReader.read(c, d);
        }
    }
}
