package dev.migrationguard.sql;

import static dev.migrationguard.sql.ClassifierTest.classify;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;

import net.sf.jsqlparser.parser.CCJSqlParser;

class JSqlParserGuardTest {

    @Test
    void dropIndexConcurrentlyIsNotAnIndexNamedConcurrently() {
        Classification c = classify("DROP INDEX CONCURRENTLY idx_users_email");
        assertThat(c.kind()).isEqualTo(StatementKind.DROP_INDEX);
        assertThat(c.objects()).containsExactly(new ObjectRef(ObjectType.INDEX, null, "idx_users_email"));
        assertThat(c.flags()).contains(StatementFlag.CONCURRENTLY);
        assertThat(c.status()).isEqualTo(ParseStatus.FALLBACK);
        assertThat(c.ast()).isNull();

        Classification plain = classify("DROP INDEX idx_users_email");
        assertThat(plain.status()).isEqualTo(ParseStatus.AST);
        assertThat(plain.objects()).containsExactly(new ObjectRef(ObjectType.INDEX, null, "idx_users_email"));
    }

    @Test
    void setStatisticsIsNotATypeChange() {
        Classification c = classify("ALTER TABLE t ALTER COLUMN c SET STATISTICS 1000");
        assertThat(c.actions()).extracting(AlterAction::kind).containsExactly(AlterActionKind.SET_STATISTICS);
        assertThat(c.actions().get(0).dataType()).isNull();
        assertThat(c.strongestLock()).isEqualTo(LockLevel.SHARE_UPDATE_EXCLUSIVE);
        assertThat(c.status()).isEqualTo(ParseStatus.FALLBACK);

        Classification typeChange = classify("ALTER TABLE t ALTER COLUMN c TYPE bigint");
        assertThat(typeChange.status()).isEqualTo(ParseStatus.AST);
        assertThat(typeChange.actions().get(0).dataType()).isEqualTo("bigint");
    }

    @Test
    void uniqueConstraintKeepsItsName() {
        Classification c = classify("ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email)");
        assertThat(c.actions().get(0).name()).isEqualTo("users_email_key");
        assertThat(c.actions().get(0).constraint().name()).isEqualTo("users_email_key");
        assertThat(c.status()).isEqualTo(ParseStatus.FALLBACK);
    }

    @Test
    void budgetStopsASlowParse() {
        // a 20,000-term expression takes JSqlParser seconds; a 1 ms budget must cut it short
        String slow = "SELECT 1" + " + a".repeat(20_000);
        JSqlParserGuard.Outcome outcome = new JSqlParserGuard(Duration.ofMillis(1)).parse(slow);
        assertThat(outcome.statement()).isNull();
        assertThat(outcome.timedOut()).isTrue();

        Classifier impatient = new Classifier(ClassifierOptions.defaults().withParseBudget(Duration.ofMillis(1))
                .withMaxParseLength(1_000_000));
        Classification c = impatient.classify(TestStatements.one(slow));
        assertThat(c.kind()).isEqualTo(StatementKind.SELECT);
        assertThat(c.status()).isEqualTo(ParseStatus.FALLBACK);
    }

    @Test
    void withinBudgetTheParseSucceeds() {
        JSqlParserGuard.Outcome outcome = new JSqlParserGuard(Duration.ofSeconds(30)).parse("SELECT 1 + a FROM t");
        assertThat(outcome.statement()).isNotNull();
        assertThat(outcome.timedOut()).isFalse();
    }

    @Test
    void longStatementsAreNotGivenToJSqlParser() {
        Classifier shortOnly = new Classifier(ClassifierOptions.defaults().withMaxParseLength(10));
        assertThat(shortOnly.classify(TestStatements.one("SELECT * FROM users")).status())
                .isEqualTo(ParseStatus.FALLBACK);
        assertThat(new Classifier().classify(TestStatements.one("SELECT * FROM users")).status())
                .isEqualTo(ParseStatus.AST);
        assertThat(new Classifier(ClassifierOptions.tokensOnly()).classify(TestStatements.one("SELECT 1")).status())
                .isEqualTo(ParseStatus.TOKENS);
    }

    @Test
    void parseFailuresPrintNothing() {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
        try {
            System.setOut(capture);
            System.setErr(capture);
            Classification c = classify("CREATE TABLE t (a int) WITH (fillfactor = 70) TABLESPACE ### garbage");
            assertThat(c.kind()).isEqualTo(StatementKind.CREATE_TABLE);
            classify("VACUUM (VERBOSE, ANALYZE) t");
            classify("SELECT FROM WHERE ((");
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
        new Classifier();
        assertThat(Logger.getLogger(CCJSqlParser.class.getName()).isLoggable(Level.SEVERE)).isFalse();
    }

    @Test
    void parseTextDropsTheTerminatingSemicolon() {
        assertThat(Classifier.parseText(TestStatements.one("SELECT 1 ;"))).isEqualTo("SELECT 1");
        assertThat(Classifier.parseText(TestStatements.one("SELECT 1 -- trailing\n;"))).isEqualTo("SELECT 1");
    }
}
