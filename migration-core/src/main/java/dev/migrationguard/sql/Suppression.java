package dev.migrationguard.sql;

import java.util.Set;

/**
 * An inline {@code -- migration-guard:ignore <ids> <reason>} (before a statement) or
 * {@code -- migration-guard:ignore-file <ids> <reason>} (anywhere) comment.
 *
 * @param ruleIds        the rule ids named, lower case, never empty
 * @param reason         the free text after the ids; empty when the author gave none
 * @param fileLevel      true for {@code ignore-file}
 * @param line           1-based line of the comment, in file coordinates
 * @param column         1-based column of the comment
 * @param statementIndex for a statement-level suppression, the index of the statement it precedes
 *                       (-1 when no statement follows it); -1 for file-level ones
 */
public record Suppression(Set<String> ruleIds, String reason, boolean fileLevel, int line, int column,
                          int statementIndex) {
}
