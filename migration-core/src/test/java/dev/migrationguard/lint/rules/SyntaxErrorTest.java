package dev.migrationguard.lint.rules;

import static dev.migrationguard.lint.LintTester.lint;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationguard.lint.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyntaxErrorTest {

    @Test
    void unterminatedStringIsReportedWhereItOpens() {
        List<Finding> findings = lint("""
            CREATE TABLE a (id int);
            INSERT INTO a VALUES ('oops);
            CREATE TABLE b (id int);
            """).result().findings();
        assertThat(findings).extracting(Finding::rule).contains("syntax-error");
        Finding f = findings.stream().filter(x -> x.rule().equals("syntax-error")).findFirst().orElseThrow();
        assertThat(f.line()).isEqualTo(2);
        assertThat(f.column()).isEqualTo(23);
    }

    @Test
    void gibberishStatement() {
        lint("""
            CREATE TABLE a (id int);
            -- EXPECT: syntax-error
            ALTR TABLE a ADD COLUMN b int;
            """).matchesExpectations();
    }

    @Test
    void validPostgresqlThatJsqlparserDoesNotKnowIsFine() {
        lint("""
            CREATE EXTENSION IF NOT EXISTS pgcrypto;
            CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
            CREATE POLICY p ON docs USING (owner = current_user);
            COMMENT ON COLUMN docs.owner IS 'who wrote it';
            DO $$ BEGIN RAISE NOTICE 'hi; there'; END $$;
            GRANT SELECT ON ALL TABLES IN SCHEMA public TO reader;
            """).matchesExpectations();
    }

    /** The syntax-error findings of {@code sql}, as {@code line:column message}. */
    private static List<String> syntaxErrors(String sql) {
        return lint(sql).result().findings().stream().filter(f -> f.rule().equals("syntax-error"))
                .map(f -> f.line() + ":" + f.column() + " " + f.message()).toList();
    }

    private static Finding only(String sql) {
        List<Finding> found = lint(sql).result().findings().stream().filter(f -> f.rule().equals("syntax-error"))
                .toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void aNoBreakSpaceAfterTheLastSemicolonIsNamedNotShownAsAnEmptyExcerpt() {
        Finding f = only("CREATE TABLE a (id bigint);\nALTER TABLE a ADD COLUMN b text;\u00a0\n");

        assertThat(f.line()).isEqualTo(2);
        assertThat(f.column()).isEqualTo(33);
        assertThat(f.message()).isEqualTo("statement not understood as PostgreSQL: nothing but U+00A0 NO-BREAK SPACE "
                + "at 2:33, which is not white space");
        assertThat(f.help()).isEqualTo("replace it with a plain space");
    }

    @Test
    void aNoBreakSpaceBetweenWordsIsShownInTheExcerpt() {
        assertThat(syntaxErrors("ALTER\u00a0TABLE a ADD COLUMN b text;\n")).containsExactly("1:1 statement not "
                + "understood as PostgreSQL: ALTER<U+00A0>TABLE a ADD COLUMN b text; U+00A0 NO-BREAK SPACE at 1:6 is "
                + "not white space, and PostgreSQL reads it as part of a name");
    }

    @Test
    void aZeroWidthSpace() {
        Finding f = only("SELECT\u200b 1;\n");

        assertThat(f.message()).isEqualTo("statement not understood as PostgreSQL: SELECT<U+200B> 1; U+200B ZERO "
                + "WIDTH SPACE at 1:7 is invisible, and PostgreSQL reads it as part of a name");
        assertThat(f.help()).startsWith("delete it");
    }

    @Test
    void aByteOrderMarkInsideTheFile() {
        // a file made by joining two files, the second with its BOM
        Finding f = only("CREATE TABLE a (id bigint);\n\ufeffCREATE TABLE b (id bigint);\n");

        assertThat(f.line()).isEqualTo(2);
        assertThat(f.message()).isEqualTo("statement not understood as PostgreSQL: <U+FEFF>CREATE TABLE b (id "
                + "bigint); U+FEFF ZERO WIDTH NO-BREAK SPACE at 2:1 is invisible, and PostgreSQL reads it as part of "
                + "a name");
    }

    @Test
    void typographicSingleQuotesAroundAString() {
        Finding f = only("DELETE FROM settings WHERE name = \u2018legacy\u2019;\n");

        assertThat(f.message()).isEqualTo("U+2018 LEFT SINGLE QUOTATION MARK at 1:35 is not a quote, and PostgreSQL "
                + "reads it as part of a name (also: U+2019 RIGHT SINGLE QUOTATION MARK at 1:42): DELETE FROM settings "
                + "WHERE name = <U+2018>legacy<U+2019>");
        assertThat(f.help()).isEqualTo("write strings between straight single quotes: 'text'");
    }

    @Test
    void typographicDoubleQuotesAroundAName() {
        Finding f = only("CREATE TABLE \u201cOrders\u201d (id bigint);\n");

        assertThat(f.message()).startsWith("U+201C LEFT DOUBLE QUOTATION MARK at 1:14 is not a quote, and PostgreSQL "
                + "reads it as part of a name (also: U+201D RIGHT DOUBLE QUOTATION MARK at 1:21): CREATE TABLE "
                + "<U+201C>Orders<U+201D>");
        assertThat(f.help()).startsWith("write quoted names between straight double quotes");
    }

    @Test
    void enAndEmDashesUsedAsMinus() {
        assertThat(syntaxErrors("UPDATE stock SET count = count \u2013 1 WHERE id = 7;\n")).containsExactly(
                "1:1 U+2013 EN DASH at 1:32 is not a minus sign, and PostgreSQL reads it as part of a name: UPDATE "
                        + "stock SET count = count <U+2013> 1 WHERE id = 7");
        assertThat(syntaxErrors("UPDATE stock SET count = count \u2014 1 WHERE id = 7;\n")).containsExactly(
                "1:1 U+2014 EM DASH at 1:32 is not a minus sign, and PostgreSQL reads it as part of a name: UPDATE "
                        + "stock SET count = count <U+2014> 1 WHERE id = 7");
    }

    @Test
    void severalCharactersAreNamedFirstThenUpToTwoMoreThenCounted() {
        Finding f = only("SELECT \u2018a\u2019, \u2018b\u2019, \u2018c\u2019;\n");

        assertThat(f.message()).startsWith("U+2018 LEFT SINGLE QUOTATION MARK at 1:8 is not a quote, and PostgreSQL "
                + "reads it as part of a name (also: U+2019 RIGHT SINGLE QUOTATION MARK at 1:10, U+2018 LEFT SINGLE "
                + "QUOTATION MARK at 1:13 and 3 more): ");
    }

    @Test
    void theSameCharactersInsideStringsNamesAndCommentsAndForeignLettersAreFine() {
        lint("""
            -- a comment may say \u2018this\u2019 \u2013 or hold a\u00a0no-break space
            INSERT INTO notes (body) VALUES ('\u2018quoted\u2019 \u2013 text\u00a0here');
            CREATE TABLE "Gr\u00f6\u00dfe\u00a0" (id bigint);
            CREATE TABLE caf\u00e9 (gr\u00f6\u00dfe int);
            DO $$ BEGIN RAISE NOTICE '\u201cdone\u201d'; END $$;
            """).matchesExpectations();
    }
}
