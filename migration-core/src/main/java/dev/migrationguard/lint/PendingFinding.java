package dev.migrationguard.lint;

/** A finding raised on a script, before suppressions are applied. */
record PendingFinding(Finding finding, int statementIndex) {
}
