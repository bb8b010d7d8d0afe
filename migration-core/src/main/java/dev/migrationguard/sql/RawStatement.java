package dev.migrationguard.sql;

import java.util.List;

/**
 * One statement as cut from the script by the splitter, before classification.
 *
 * @param index        0-based position in the script
 * @param text         the raw text exactly as written, from its first significant token up to and including its
 *                     terminating {@code ;} (if any); comments inside are kept, leading comments are not
 * @param line         1-based line of the first significant token, in file coordinates
 * @param column       1-based column of the first significant token
 * @param startOffset  char offset of the first significant token in the script text
 * @param endOffset    char offset after the last char of {@code text}
 * @param byteOffset   UTF-8 byte offset of the first significant token in the file
 * @param tokens       significant tokens (no whitespace or comments; the terminating semicolon excluded);
 *                     for a COPY ... FROM stdin statement the data is one trailing {@link TokenType#COPY_DATA} token
 * @param metaCommand  true when this "statement" is a psql meta-command line ({@code \i}, {@code \connect}, ...)
 */
public record RawStatement(int index, String text, int line, int column, int startOffset, int endOffset,
                           int byteOffset, List<Token> tokens, boolean metaCommand) {
}
