package dev.migrationguard.lint.rules;

/**
 * Names of the rule families with more than one member ({@link dev.migrationguard.lint.RuleInfo#family()}): rules
 * whose findings could describe the same problem at the same statement. Which rule of a family reports where is
 * written down in "One problem, one finding" in {@code docs/rules/README.md}.
 */
final class Families {

    /** A constraint checked against every row while its ADD holds the lock: NOT VALID, then VALIDATE later. */
    static final String CONSTRAINT_VALIDATION = "constraint-validation";

    /** A statement that runs long inside the migration's transaction: take it out of the transaction. */
    static final String LONG_STATEMENT = "long-statement-in-transaction";

    /** The width and kind of an integer key column: serial, integer, smallint. */
    static final String INTEGER_COLUMN = "integer-column-type";

    /** BEGIN, COMMIT and ROLLBACK written into a migration. */
    static final String TRANSACTION_CONTROL = "transaction-control";

    /** Every row of a table deleted by TRUNCATE, and with CASCADE of the tables referencing it. */
    static final String TRUNCATE = "truncate";

    private Families() {
    }
}
