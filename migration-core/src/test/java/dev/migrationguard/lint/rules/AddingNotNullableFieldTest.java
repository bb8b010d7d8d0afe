package dev.migrationguard.lint.rules;

import static dev.migrationguard.lint.LintTester.lint;

import dev.migrationguard.lint.LintTester;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AddingNotNullableFieldTest {

    @Test
    void setNotNullIsReported() {
        lint("""
            -- EXPECT: adding-not-nullable-field
            ALTER TABLE users ALTER COLUMN email SET NOT NULL;
            """).matchesExpectations();
    }

    @Test
    void validatedCheckInEarlierMigrationSkipsTheScan() {
        LintTester tester = lint("""
            ALTER TABLE users ALTER COLUMN email SET NOT NULL;
            """);
        tester.matchesExpectationsWith(Map.of("V1__check.sql", "ALTER TABLE users ADD CONSTRAINT users_email_nn CHECK (email IS NOT NULL) NOT VALID;\n", "V1_5__validate.sql", "ALTER TABLE users VALIDATE CONSTRAINT users_email_nn;\n"));
    }

    @Test
    void unvalidatedCheckDoesNotCount() {
        LintTester tester = lint("""
            -- EXPECT: adding-not-nullable-field
            ALTER TABLE users ALTER COLUMN email SET NOT NULL;
            """);
        tester.matchesExpectationsWith(Map.of("V1__check.sql", "ALTER TABLE users ADD CONSTRAINT users_email_nn CHECK (email IS NOT NULL) NOT VALID;\n"));
    }

    @Test
    void beforePg12TheCheckDoesNotHelp() {
        LintTester tester = lint("""
            -- EXPECT: adding-not-nullable-field
            ALTER TABLE users ALTER COLUMN email SET NOT NULL;
            """)
                .with(b -> b.pgVersion(11));
        tester.matchesExpectationsWith(Map.of("V1__check.sql", "ALTER TABLE users ADD CONSTRAINT users_email_nn CHECK (email IS NOT NULL);\n"));
    }

    @Test
    void newTableIsFine() {
        lint("""
            CREATE TABLE t (a int);
            ALTER TABLE t ALTER COLUMN a SET NOT NULL;
            """).matchesExpectations();
    }
}
