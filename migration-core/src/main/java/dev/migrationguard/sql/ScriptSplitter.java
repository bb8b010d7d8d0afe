package dev.migrationguard.sql;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Cuts a PostgreSQL script into statements the way psql would run them, and collects the script's
 * {@code migration-guard:} directives.
 *
 * <ul>
 *   <li>A statement ends at a {@code ;} outside parentheses and brackets, outside quotes and comments, and outside the
 *       {@code BEGIN ATOMIC ... END} body of a {@code CREATE FUNCTION}/{@code PROCEDURE}. A last statement without
 *       {@code ;} still counts; empty statements are dropped.</li>
 *   <li>Between {@code -- +goose StatementBegin} and {@code -- +goose StatementEnd} everything is one statement.</li>
 *   <li>A psql meta-command line is a statement of its own and ends any statement in progress.</li>
 *   <li>The data of {@code COPY ... FROM stdin;} is the last token of the COPY statement.</li>
 *   <li>Flyway {@code ${name}} placeholders are replaced before lexing when placeholder values are given.</li>
 * </ul>
 *
 * <p>Statement and token texts are the text after placeholder replacement (what runs); every line, column, char offset
 * and byte offset refers to the original file text. Never throws: problems are returned.
 */
public final class ScriptSplitter {

    /**
     * How to split.
     *
     * @param firstLine       file line of the text's first char (1 for a whole file, more for a section of a file)
     * @param firstByteOffset UTF-8 byte offset of the text's first char in the file
     * @param placeholders    placeholder values, or null to leave {@code ${...}} untouched
     */
    public record SplitOptions(int firstLine, long firstByteOffset, Map<String, String> placeholders) {

        /** A whole file, no placeholder replacement. */
        public static SplitOptions defaults() {
            return new SplitOptions(1, 0, null);
        }
    }

    /**
     * The statements of a script and what else was found in it.
     *
     * @param statements         statements in order, indexed from 0
     * @param problems           lexer, placeholder and directive problems, in text order
     * @param suppressions       {@code ignore} and {@code ignore-file} directives, in text order
     * @param irreversibleReason the reason of the first {@code irreversible} directive, if any (empty string when
     *                           it gives none)
     * @param noOpReason         the reason of the first {@code no-op} directive, if any (empty string when it gives
     *                           none)
     */
    public record SplitResult(List<RawStatement> statements, List<SqlProblem> problems,
                              List<Suppression> suppressions, Optional<String> irreversibleReason,
                              Optional<String> noOpReason) {
    }

    private static final Pattern GOOSE_BEGIN = Pattern.compile("--\\s*\\+goose\\s+StatementBegin\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern GOOSE_END = Pattern.compile("--\\s*\\+goose\\s+StatementEnd\\s*",
            Pattern.CASE_INSENSITIVE);

    private final List<Token> all;
    private final SourceMap map;
    private final String original;
    private final long firstByteOffset;

    private final List<RawStatement> statements = new ArrayList<>();
    private final List<SqlProblem> problems = new ArrayList<>();
    private final List<Suppression> suppressions = new ArrayList<>();
    private String irreversibleReason;
    private String noOpReason;

    /* The statement in progress. */
    private int firstIndex = -1;
    private int lastIndex = -1;
    private List<Token> significant = new ArrayList<>();
    private int depth;
    private boolean routine;
    private boolean inAtomicBody;
    private int atomicDepth;
    private boolean inGooseBlock;

    /* The statement emitted last, for trailing suppressions and COPY data. */
    private int lastEndLine = Integer.MIN_VALUE;

    /* Byte offset bookkeeping: bytes of original[0, byteCursor). */
    private int byteCursor;
    private long bytesBeforeCursor;

    private ScriptSplitter(List<Token> tokens, SourceMap map, long firstByteOffset) {
        this.all = tokens;
        this.map = map;
        this.original = map.original();
        this.firstByteOffset = firstByteOffset;
    }

    /** Splits {@code text} (null is treated as empty). */
    public static SplitResult split(String text, SplitOptions options) {
        String source = text == null ? "" : text;
        SplitOptions opts = options == null ? SplitOptions.defaults() : options;
        Placeholders.Result replaced = Placeholders.apply(source, opts.firstLine(), opts.placeholders());
        Lexer.LexResult lexed = Lexer.tokenize(replaced.text(), replaced.map());
        ScriptSplitter splitter = new ScriptSplitter(lexed.tokens(), replaced.map(), opts.firstByteOffset());
        splitter.problems.addAll(lexed.problems());
        splitter.problems.addAll(replaced.problems());
        splitter.run();
        return splitter.result();
    }

    private void run() {
        for (int i = 0; i < all.size(); i++) {
            Token token = all.get(i);
            switch (token.type()) {
                case WHITESPACE -> { }
                case LINE_COMMENT, BLOCK_COMMENT -> comment(token);
                case META_COMMAND -> {
                    if (inGooseBlock) {
                        add(i, token);
                    } else {
                        finish(false);
                        add(i, token);
                        finish(true);
                    }
                }
                case COPY_DATA -> copyData(i, token);
                case SEMICOLON -> semicolon(i, token);
                default -> add(i, token);
            }
        }
        finish(false);
    }

    private SplitResult result() {
        int count = statements.size();
        List<Suppression> resolved = new ArrayList<>(suppressions.size());
        for (Suppression s : suppressions) {
            int index = s.fileLevel() || s.statementIndex() >= count ? -1 : s.statementIndex();
            resolved.add(new Suppression(s.ruleIds(), s.reason(), s.fileLevel(), s.line(), s.column(), index));
        }
        List<SqlProblem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt(SqlProblem::line).thenComparingInt(SqlProblem::column));
        return new SplitResult(List.copyOf(statements), List.copyOf(sorted), List.copyOf(resolved),
                Optional.ofNullable(irreversibleReason), Optional.ofNullable(noOpReason));
    }

    // ---------------------------------------------------------------- statements

    private void add(int index, Token token) {
        if (firstIndex < 0) {
            firstIndex = index;
        }
        lastIndex = index;
        significant.add(token);
        if (inGooseBlock) {
            return;
        }
        trackNesting(token);
    }

    private void trackNesting(Token token) {
        if (token.isSymbol("(") || token.isSymbol("[")) {
            depth++;
        } else if ((token.isSymbol(")") || token.isSymbol("]")) && depth > 0) {
            depth--;
        }
        int size = significant.size();
        if (size <= 4 && significant.get(0).is("CREATE") && (token.is("FUNCTION") || token.is("PROCEDURE"))) {
            routine = true;
        }
        if (inAtomicBody) {
            if (token.is("CASE")) {
                atomicDepth++;
            } else if (token.is("END") && --atomicDepth == 0) {
                inAtomicBody = false;
            }
        } else if (routine && token.is("ATOMIC") && size >= 2 && significant.get(size - 2).is("BEGIN")) {
            inAtomicBody = true;
            atomicDepth = 1;
        }
    }

    private void semicolon(int index, Token token) {
        if (firstIndex < 0) {
            return;
        }
        if (inGooseBlock || depth > 0 || inAtomicBody) {
            add(index, token);
            return;
        }
        lastIndex = index;
        finish(false);
    }

    private void copyData(int index, Token token) {
        if (firstIndex < 0 && !statements.isEmpty()) {
            int last = statements.size() - 1;
            RawStatement copy = statements.get(last);
            List<Token> tokens = new ArrayList<>(copy.tokens());
            tokens.add(token);
            statements.set(last, new RawStatement(copy.index(), copy.text(), copy.line(), copy.column(),
                    copy.startOffset(), copy.endOffset(), copy.byteOffset(), List.copyOf(tokens),
                    copy.metaCommand()));
        } else {
            add(index, token);
        }
    }

    /** Emits the statement in progress, if any. */
    private void finish(boolean metaCommand) {
        if (firstIndex >= 0) {
            List<Token> tokens = significant;
            if (!tokens.isEmpty() && tokens.get(tokens.size() - 1).type() == TokenType.SEMICOLON) {
                tokens = tokens.subList(0, tokens.size() - 1);
            }
            StringBuilder text = new StringBuilder();
            for (int i = firstIndex; i <= lastIndex; i++) {
                text.append(all.get(i).text());
            }
            Token first = all.get(firstIndex);
            Token last = all.get(lastIndex);
            int index = statements.size();
            statements.add(new RawStatement(index, text.toString(), first.line(), first.column(), first.start(),
                    last.end(), byteOffset(first.start()), List.copyOf(tokens), metaCommand));
            lastEndLine = map.line(last.end());
        }
        firstIndex = -1;
        lastIndex = -1;
        significant = new ArrayList<>();
        depth = 0;
        routine = false;
        inAtomicBody = false;
        atomicDepth = 0;
    }

    private int byteOffset(int originalOffset) {
        if (originalOffset < byteCursor) {
            byteCursor = 0;
            bytesBeforeCursor = 0;
        }
        bytesBeforeCursor += Utf8.length(original, byteCursor, originalOffset);
        byteCursor = originalOffset;
        long offset = firstByteOffset + bytesBeforeCursor;
        return offset > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) offset;
    }

    // ---------------------------------------------------------------- comments

    private void comment(Token token) {
        if (token.type() == TokenType.LINE_COMMENT && token.text().indexOf('+') >= 0) {
            if (GOOSE_BEGIN.matcher(token.text()).matches()) {
                finish(false);
                inGooseBlock = true;
                return;
            }
            if (GOOSE_END.matcher(token.text()).matches()) {
                if (inGooseBlock) {
                    inGooseBlock = false;
                    finish(false);
                }
                return;
            }
        }
        Directive.Parsed parsed = Directive.parse(token.text());
        if (parsed.isBad()) {
            problems.add(new SqlProblem(SqlProblem.Kind.BAD_DIRECTIVE, token.line(), token.column(),
                    parsed.message(), parsed.help()));
        } else if (parsed.isDirective()) {
            directive(parsed.directive(), token);
        }
    }

    private void directive(Directive directive, Token token) {
        switch (directive.kind()) {
            case IRREVERSIBLE -> {
                if (irreversibleReason == null) {
                    irreversibleReason = directive.reason();
                }
            }
            case NO_OP -> {
                if (noOpReason == null) {
                    noOpReason = directive.reason();
                }
            }
            case IGNORE_FILE -> suppressions.add(new Suppression(directive.ruleIds(), directive.reason(), true,
                    token.line(), token.column(), -1));
            case IGNORE -> {
                int target = statements.size();
                if (firstIndex < 0 && !statements.isEmpty() && token.line() == lastEndLine) {
                    target = statements.size() - 1;
                }
                // the index is resolved to -1 in result() when no statement follows
                suppressions.add(new Suppression(directive.ruleIds(), directive.reason(), false, token.line(),
                        token.column(), target));
            }
        }
    }
}
