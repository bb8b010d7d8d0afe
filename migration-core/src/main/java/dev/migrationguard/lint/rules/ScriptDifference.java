package dev.migrationguard.lint.rules;

import dev.migrationguard.naming.LoadedScript;
import dev.migrationguard.naming.ScriptLoader;
import dev.migrationguard.naming.ScriptRef;
import dev.migrationguard.naming.Section;
import dev.migrationguard.sql.Lexer;
import dev.migrationguard.sql.Token;
import dev.migrationguard.sql.TokenType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How an up script differs from the same script on the base, judged on what a migration's checksum covers: the text
 * of the up script (for single-file migrations, its up section), lines without their terminators, no byte order mark.
 *
 * @param kind how much changed
 * @param line the first line (in the branch's file) that differs; 0 when no line does (line endings only)
 */
record ScriptDifference(Kind kind, int line) {

    enum Kind {
        /** Nothing the checksum covers changed. */
        SAME,
        /** Only line terminators or the byte order mark: the checksum is the same, the bytes are not. */
        LINE_ENDINGS,
        /** Only whitespace between tokens, or inside comments: the same SQL, another checksum. */
        WHITESPACE,
        /** Anything else. */
        CONTENT
    }

    static ScriptDifference of(ScriptRef base, ScriptRef branch) {
        LoadedScript before = ScriptLoader.load(base);
        LoadedScript after = ScriptLoader.load(branch);
        if (!before.ok() || !after.ok()) {
            return Arrays.equals(bytes(base), bytes(branch)) ? new ScriptDifference(Kind.SAME, 0)
                    : new ScriptDifference(Kind.CONTENT, after.ok() ? after.firstLine() : 0);
        }
        if (before.text().equals(after.text())) {
            boolean bom = branch.section() == Section.WHOLE && !Arrays.equals(bytes(base), bytes(branch));
            return new ScriptDifference(bom ? Kind.LINE_ENDINGS : Kind.SAME, 0);
        }
        List<String> a = before.text().lines().toList();
        List<String> b = after.text().lines().toList();
        if (a.equals(b)) {
            return new ScriptDifference(Kind.LINE_ENDINGS, 0);
        }
        int first = 0;
        while (first < a.size() && first < b.size() && a.get(first).equals(b.get(first))) {
            first++;
        }
        int line = after.firstLine() + Math.min(first, Math.max(b.size() - 1, 0));
        Kind kind = significant(before.text()).equals(significant(after.text())) ? Kind.WHITESPACE : Kind.CONTENT;
        return new ScriptDifference(kind, line);
    }

    /**
     * The tokens that carry meaning, whitespace between them dropped and whitespace runs inside comments folded to
     * one space. Strings and dollar-quoted bodies stay exact: the database stores them.
     */
    private static List<String> significant(String text) {
        List<String> out = new ArrayList<>();
        for (Token t : Lexer.tokenize(text, 1).tokens()) {
            if (t.type() == TokenType.WHITESPACE) {
                continue;
            }
            boolean comment = t.type() == TokenType.LINE_COMMENT || t.type() == TokenType.BLOCK_COMMENT;
            out.add(comment ? t.text().strip().replaceAll("\\s+", " ") : t.text());
        }
        return out;
    }

    private static byte[] bytes(ScriptRef ref) {
        try {
            return ref.file().content().read();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
