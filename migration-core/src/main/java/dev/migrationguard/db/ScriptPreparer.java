package dev.migrationguard.db;

import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.naming.Checksums;
import dev.migrationguard.naming.LoadedScript;
import dev.migrationguard.naming.Migration;
import dev.migrationguard.naming.ScriptLoader;
import dev.migrationguard.naming.ScriptRef;
import dev.migrationguard.sql.ScriptParser;
import dev.migrationguard.sql.SqlProblem;
import dev.migrationguard.sql.SqlScript;
import dev.migrationguard.sql.Statement;
import dev.migrationguard.sql.StatementKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and splits scripts through the engine's one SQL model ({@link ScriptParser}), and decides how each runs. A
 * script with a psql meta-command, a lexer error, an unknown placeholder or (unless allowed) a mix of transactional
 * and non-transactional statements comes back with problems, so nothing runs.
 */
public final class ScriptPreparer {

    private final MigrationGuardConfig config;
    private final ScriptParser parser;
    private final int serverMajor;

    /**
     * @param serverMajor the server's major version (decides ALTER TYPE ... ADD VALUE); 0 when unknown
     */
    public ScriptPreparer(MigrationGuardConfig config, ScriptParser parser, int serverMajor) {
        this.config = config;
        this.parser = parser;
        this.serverMajor = serverMajor;
    }

    /** The checksum of a script's text, or null when it cannot be read. */
    public static Integer checksum(ScriptRef ref) {
        return Checksums.ofScript(ref);
    }

    /** Prepares one script of {@code migration}. */
    public PreparedScript prepare(Migration migration, ScriptRef ref) {
        LoadedScript loaded = ScriptLoader.load(ref);
        String path = ref.displayPath();
        if (!loaded.ok()) {
            String where = loaded.errorLine() > 0 ? path + ":" + loaded.errorLine() : path;
            return new PreparedScript(migration, ref, null, 0, false, null,
                    List.of(where + ": " + loaded.error()));
        }
        SqlScript sql = parser.parse(path, loaded.text(), loaded.firstLine(), loaded.firstByteOffset(),
                config.placeholderReplacement() ? config.placeholders() : null);
        int checksum = Checksums.ofText(loaded.text());
        List<String> problems = new ArrayList<>();
        for (SqlProblem p : sql.problems()) {
            if (p.kind() != SqlProblem.Kind.BAD_DIRECTIVE) {
                problems.add(path + ":" + p.line() + ":" + p.column() + ": " + p.message() + "; " + p.help());
            }
        }
        String nonTxReason = loaded.noTransaction() ? "the file asks to run outside a transaction" : null;
        Statement firstNonTx = null;
        Statement firstTx = null;
        for (Statement s : sql.statements()) {
            if (s.raw().metaCommand() || s.kind() == StatementKind.PSQL_META_COMMAND) {
                problems.add(path + ":" + s.line() + ": psql meta-command " + s.abbreviated(40)
                        + " cannot run through JDBC; replace it with SQL (or run this file with psql)");
                continue;
            }
            String reason = TransactionRules.reasonOutsideTransaction(s, serverMajor);
            if (reason != null) {
                if (firstNonTx == null) {
                    firstNonTx = s;
                    if (nonTxReason == null) {
                        nonTxReason = reason + " at line " + s.line();
                    }
                }
            } else if (firstTx == null && !TransactionRules.isSessionSetting(s)) {
                firstTx = s;
            }
        }
        boolean autocommit = nonTxReason != null;
        if (!loaded.noTransaction() && firstNonTx != null && firstTx != null && !config.allowMixed()) {
            problems.add(path + ":" + firstNonTx.line() + ": " + nonTxReason.replace(" at line " + firstNonTx.line(), "")
                    + " cannot run inside a transaction block, but line " + firstTx.line() + " ("
                    + firstTx.abbreviated(40) + ") needs one to be undone on failure; move the "
                    + "non-transactional statements into their own migration, or set db.mixed=true to run every "
                    + "statement in autocommit");
        }
        return new PreparedScript(migration, ref, sql, checksum, autocommit, nonTxReason, List.copyOf(problems));
    }
}
