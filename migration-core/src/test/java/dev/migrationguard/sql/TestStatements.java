package dev.migrationguard.sql;

import java.util.ArrayList;
import java.util.List;

/** Test helper: turns SQL text into {@link RawStatement}s with the {@link Lexer}, cutting at semicolons. */
final class TestStatements {

    private TestStatements() {
    }

    /**
     * {@code sql} as one statement: all its significant tokens but a final semicolon (semicolons inside, as in a
     * {@code BEGIN ATOMIC} body, are kept).
     */
    static RawStatement one(String sql) {
        List<Token> significant = new ArrayList<>(Lexer.tokenize(sql, 1).tokens().stream()
                .filter(t -> !t.isTrivia()).toList());
        Token semicolon = null;
        if (!significant.isEmpty() && significant.get(significant.size() - 1).type() == TokenType.SEMICOLON) {
            semicolon = significant.remove(significant.size() - 1);
        }
        if (significant.isEmpty()) {
            return new RawStatement(0, "", 1, 1, 0, 0, 0, List.of(), false);
        }
        boolean meta = significant.get(0).type() == TokenType.META_COMMAND;
        return statement(sql, List.copyOf(significant), semicolon, 0, meta);
    }

    /**
     * Every statement of {@code script}: significant tokens up to each {@code ;}; a psql meta-command line is a
     * statement of its own; COPY data joins the COPY statement before it; semicolons inside a {@code BEGIN ATOMIC}
     * body do not end the statement.
     */
    static List<RawStatement> all(String script) {
        List<Token> tokens = Lexer.tokenize(script, 1).tokens();
        List<RawStatement> statements = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        int atomicDepth = 0;
        for (Token t : tokens) {
            if (t.isTrivia()) {
                continue;
            }
            if (t.is("atomic") && !current.isEmpty() && current.get(current.size() - 1).is("begin")) {
                atomicDepth = 1;
            } else if (atomicDepth > 0 && t.is("case")) {
                atomicDepth++;
            } else if (atomicDepth > 0 && t.is("end")) {
                atomicDepth--;
            }
            if (t.type() == TokenType.META_COMMAND) {
                flush(script, current, null, statements);
                statements.add(statement(script, List.of(t), null, statements.size(), true));
            } else if (t.type() == TokenType.COPY_DATA && current.isEmpty() && !statements.isEmpty()) {
                RawStatement copy = statements.remove(statements.size() - 1);
                List<Token> withData = new ArrayList<>(copy.tokens());
                withData.add(t);
                statements.add(new RawStatement(copy.index(), copy.text(), copy.line(), copy.column(),
                        copy.startOffset(), copy.endOffset(), copy.byteOffset(), List.copyOf(withData), false));
            } else if (t.type() == TokenType.SEMICOLON && atomicDepth > 0) {
                current.add(t);
            } else if (t.type() == TokenType.SEMICOLON) {
                flush(script, current, t, statements);
            } else {
                current.add(t);
            }
        }
        flush(script, current, null, statements);
        return statements;
    }

    private static void flush(String script, List<Token> current, Token semicolon, List<RawStatement> out) {
        if (!current.isEmpty()) {
            out.add(statement(script, List.copyOf(current), semicolon, out.size(), false));
            current.clear();
        }
    }

    private static RawStatement statement(String script, List<Token> tokens, Token semicolon, int index,
                                          boolean meta) {
        Token first = tokens.get(0);
        int end = semicolon != null ? semicolon.end() : tokens.get(tokens.size() - 1).end();
        return new RawStatement(index, script.substring(first.start(), end), first.line(), first.column(),
                first.start(), end, first.start(), tokens, meta);
    }
}
