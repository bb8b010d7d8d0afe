package dev.migrationguard.sql;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A statement of a script: where it is, its text and tokens, and what it does. */
public record Statement(RawStatement raw, Classification classification) {

    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    public int index() {
        return raw.index();
    }

    public String text() {
        return raw.text();
    }

    public int line() {
        return raw.line();
    }

    public int column() {
        return raw.column();
    }

    public List<Token> tokens() {
        return raw.tokens();
    }

    public StatementKind kind() {
        return classification.kind();
    }

    public Set<StatementFlag> flags() {
        return classification.flags();
    }

    public boolean has(StatementFlag flag) {
        return classification.flags().contains(flag);
    }

    public List<ObjectRef> objects() {
        return classification.objects();
    }

    public List<AlterAction> actions() {
        return classification.actions();
    }

    /** The first TABLE object named, if any. */
    public Optional<ObjectRef> table() {
        return classification.first(ObjectType.TABLE);
    }

    public ParseStatus parseStatus() {
        return classification.status();
    }

    /** The statement text on one line, cut to {@code max} chars with an ellipsis: for messages. */
    public String abbreviated(int max) {
        String oneLine = WHITESPACE.matcher(raw.text()).replaceAll(" ").trim();
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, Math.max(0, max - 3)) + "...";
    }
}
