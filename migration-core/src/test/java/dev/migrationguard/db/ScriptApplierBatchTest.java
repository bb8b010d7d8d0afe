package dev.migrationguard.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationguard.sql.Classifier;
import dev.migrationguard.sql.ClassifierOptions;
import dev.migrationguard.sql.ScriptParser;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which transactional scripts go to the server as one batch, as the runner's own parser reads them. */
class ScriptApplierBatchTest {

    private static final ScriptParser RUNNER_PARSER = new ScriptParser(new Classifier(ClassifierOptions.tokensOnly()));

    private static PreparedScript script(String sql) {
        return new PreparedScript(null, null, RUNNER_PARSER.parse("V1__x.sql", sql, 1, 0, null), 0, false, null,
                List.of());
    }

    @ParameterizedTest
    @ValueSource(strings = {"BEGIN;", "START TRANSACTION;", "COMMIT;", "END;", "ROLLBACK;", "ABORT;",
        "SAVEPOINT a;", "RELEASE SAVEPOINT a;", "ROLLBACK TO SAVEPOINT a;", "PREPARE TRANSACTION 'x';",
        "COPY t (id) FROM stdin;\n1\n\\.\n"})
    void aScriptThatControlsItsTransactionOrSendsCopyDataGoesStatementByStatement(String statement) {
        assertThat(ScriptApplier.pipelined(script("CREATE TABLE t (id int);\n" + statement + "\n"))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"CREATE TABLE t (id int);", "SELECT 1;",
        "DO $$ BEGIN COMMIT; END $$;", "CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; END;",
        "COPY t (id) FROM '/tmp/x.csv';", "PREPARE q AS SELECT 1;"})
    void anyOtherScriptGoesAsOneBatch(String statement) {
        assertThat(ScriptApplier.pipelined(script(statement + "\n"))).isTrue();
    }
}
