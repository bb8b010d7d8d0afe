package dev.migrationguard.lint;

import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.naming.Direction;
import dev.migrationguard.naming.Migration;
import dev.migrationguard.sql.AlterAction;
import dev.migrationguard.sql.SqlScript;
import dev.migrationguard.sql.Statement;
import dev.migrationguard.schema.SchemaModel;
import dev.migrationguard.schema.ScriptTimeline;
import java.util.List;
import java.util.Optional;

/** The {@link ScriptContext} handed to one rule for one script. */
final class DefaultScriptContext implements ScriptContext {

    private final MigrationGuardConfig config;
    private final Migration migration;
    private final Direction direction;
    private final SqlScript script;
    private final ScriptTimeline schema;
    private final ScriptTimeline alone;
    private final Linter.ActiveRule rule;
    private final List<PendingFinding> out;
    private final Optional<SqlScript> pairedUp;
    private final java.util.Set<String> inForce;
    private final Linter.Unit unit;

    DefaultScriptContext(MigrationGuardConfig config, Migration migration, Direction direction, SqlScript script,
                         ScriptTimeline schema, ScriptTimeline alone, Linter.ActiveRule rule,
                         List<PendingFinding> out, Optional<SqlScript> pairedUp, java.util.Set<String> inForce,
                         Linter.Unit unit) {
        this.unit = unit;
        this.config = config;
        this.migration = migration;
        this.direction = direction;
        this.script = script;
        this.schema = schema;
        this.alone = alone;
        this.rule = rule;
        this.out = out;
        this.pairedUp = pairedUp;
        this.inForce = inForce;
    }

    /** A script that asks to run outside a transaction runs statement by statement, whatever the runner's mode. */
    @Override
    public TransactionModel transactions() {
        return unit.noTransaction() ? TransactionModel.of(script, dev.migrationguard.config.TransactionMode.NONE)
                : ScriptContext.super.transactions();
    }

    @Override
    public boolean inForce(String ruleId) {
        return inForce.contains(ruleId);
    }

    @Override
    public MigrationGuardConfig config() {
        return config;
    }

    @Override
    public Migration migration() {
        return migration;
    }

    @Override
    public Direction direction() {
        return direction;
    }

    @Override
    public SqlScript script() {
        return script;
    }

    @Override
    public SchemaModel schemaBefore(int statementIndex) {
        return schema.before(statementIndex);
    }

    @Override
    public SchemaModel scriptBefore(int statementIndex) {
        return alone.before(statementIndex);
    }

    @Override
    public Optional<SqlScript> pairedUpScript() {
        return pairedUp;
    }

    @Override
    public void report(Statement statement, String message, String help) {
        out.add(new PendingFinding(finding(statement.line(), statement.column(), message, help,
                Fingerprint.of(statement)), statement.index()));
    }

    @Override
    public void report(Statement statement, int line, int column, String message, String help) {
        out.add(new PendingFinding(finding(line, column, message, help, Fingerprint.of(statement)),
                statement.index()));
    }

    @Override
    public void report(Statement statement, AlterAction action, String message, String help) {
        out.add(new PendingFinding(finding(action.line(), action.column(), message, help,
                Fingerprint.of(statement)), statement.index()));
    }

    @Override
    public void reportAt(int line, int column, String message, String help) {
        if (line < unit.line()) {
            // a finding about the whole script of a changeset: on its --changeset line, not the changelog's first
            line = unit.line();
            column = 1;
        }
        out.add(new PendingFinding(finding(line, column, message, help, Fingerprint.ofMessage(message)), -1));
    }

    private Finding finding(int line, int column, String message, String help, String fingerprint) {
        String id = rule.registered().id();
        return new Finding(id, rule.severity(), rule.registered().info().risk(), script.path(), line, column,
                inRevision(message), help, Finding.docsFor(id), fingerprint);
    }

    /** In an Alembic offline script, which holds many revisions, a finding names its revision. */
    private String inRevision(String message) {
        if (migration == null || migration.scheme() != dev.migrationguard.naming.NamingScheme.ALEMBIC_SQL
                || migration.up() == null || migration.up().unit() == null) {
            return message;
        }
        return message + " (revision " + migration.up().unit() + ")";
    }
}
