package dev.migrationguard.db;

import dev.migrationguard.naming.Migration;
import dev.migrationguard.naming.ScriptRef;
import dev.migrationguard.sql.SqlScript;
import java.util.List;

/**
 * A script ready to run: read, split into statements, its checksum computed and its execution mode decided.
 *
 * @param migration  the migration it belongs to
 * @param ref        the script
 * @param sql        its statements (null when it could not be read)
 * @param checksum   the checksum of its text (line endings and a BOM ignored)
 * @param autocommit true when its statements run one by one in autocommit instead of in one transaction
 * @param autocommitReason why (the first statement that needs it, or the file's no-transaction marker)
 * @param problems   why it must not run (unreadable, lexer errors, psql meta-commands, mixed kinds); empty when fine
 */
public record PreparedScript(Migration migration, ScriptRef ref, SqlScript sql, int checksum, boolean autocommit,
                             String autocommitReason, List<String> problems) {

    public boolean ok() {
        return problems.isEmpty();
    }

    public String path() {
        return ref.displayPath();
    }
}
