package dev.migrationguard.sql;

/**
 * One action of an ALTER statement.
 *
 * @param kind       what the action does
 * @param text       the action's source text as written
 * @param line       1-based line of its first token, in file coordinates
 * @param column     1-based column of its first token
 * @param columnName the column acted on (ADD/DROP/ALTER/RENAME COLUMN), else null
 * @param name       the constraint, trigger, index or partition named by the action, else null
 * @param newName    for RENAME actions and SET SCHEMA, the new name; else null
 * @param columnDef  for ADD COLUMN, the new column's definition; else null
 * @param constraint for ADD CONSTRAINT (or an inline constraint of ADD COLUMN), its definition; else null
 * @param dataType   for ALTER COLUMN TYPE, the new type (normalised like {@link ColumnDef#dataType()}); else null
 * @param expression for SET DEFAULT the default, for ALTER COLUMN TYPE the USING expression; else null
 * @param concurrently DETACH PARTITION ... CONCURRENTLY
 * @param ifExists   IF EXISTS / IF NOT EXISTS given on the action
 */
public record AlterAction(AlterActionKind kind, String text, int line, int column, String columnName, String name,
                          String newName, ColumnDef columnDef, ConstraintDef constraint, String dataType,
                          String expression, boolean concurrently, boolean ifExists) {

    private static final java.util.regex.Pattern ENDS_WITH_FINALIZE =
            java.util.regex.Pattern.compile("(?i)\\bfinalize\\s*$");

    /**
     * True for {@code DETACH PARTITION ... FINALIZE}: it completes an interrupted concurrent detach under a SHARE
     * UPDATE EXCLUSIVE lock, and PostgreSQL refuses CONCURRENTLY with it.
     */
    public boolean finalizeDetach() {
        return kind == AlterActionKind.DETACH_PARTITION && text != null && ENDS_WITH_FINALIZE.matcher(text).find();
    }
}
