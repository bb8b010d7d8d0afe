package dev.migrationguard.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScriptSplitterTest {

    private static ScriptSplitter.SplitResult split(String sql) {
        return ScriptSplitter.split(sql, ScriptSplitter.SplitOptions.defaults());
    }

    private static List<String> texts(String sql) {
        return split(sql).statements().stream().map(RawStatement::text).toList();
    }

    @Test
    void splitsAtSemicolonsAndKeepsInnerComments() {
        assertThat(texts("CREATE TABLE t (a int); -- done\nALTER TABLE t /* why */ ADD b int;\n"))
                .containsExactly("CREATE TABLE t (a int);", "ALTER TABLE t /* why */ ADD b int;");
    }

    @Test
    void lastStatementWithoutSemicolonAndEmptyStatements() {
        assertThat(texts(";;SELECT 1;;\n; SELECT 2 -- tail\n")).containsExactly("SELECT 1;", "SELECT 2");
        assertThat(split("-- only a comment\n").statements()).isEmpty();
        assertThat(split("").statements()).isEmpty();
        assertThat(ScriptSplitter.split(null, null).statements()).isEmpty();
    }

    @Test
    void tokensAreSignificantOnlyWithoutTerminatingSemicolon() {
        RawStatement s = split("ALTER /* c */ TABLE t -- x\n DROP COLUMN a;").statements().get(0);
        assertThat(s.tokens()).extracting(Token::text).containsExactly("ALTER", "TABLE", "t", "DROP", "COLUMN", "a");
        assertThat(s.metaCommand()).isFalse();
        assertThat(s.index()).isZero();
    }

    @Test
    void semicolonsInQuotesAndFunctionBodiesDoNotSplit() {
        String sql = """
                CREATE FUNCTION f() RETURNS trigger AS $body$
                BEGIN
                  UPDATE t SET x = 'a;b'; -- ;
                  RETURN $$;$$;
                END;
                $body$ LANGUAGE plpgsql;
                INSERT INTO t VALUES (E'\\';', "we;ird");
                SELECT 1;
                """;
        List<String> texts = texts(sql);
        assertThat(texts).hasSize(3);
        assertThat(texts.get(0)).startsWith("CREATE FUNCTION").endsWith("LANGUAGE plpgsql;");
        assertThat(texts.get(1)).isEqualTo("INSERT INTO t VALUES (E'\\';', \"we;ird\");");
    }

    @Test
    void beginAtomicBodyWithCaseEndIsOneStatement() {
        String sql = """
                CREATE OR REPLACE FUNCTION grade(score int) RETURNS text
                LANGUAGE sql
                BEGIN ATOMIC
                  SELECT CASE WHEN score > 90 THEN 'A' ELSE 'B' END;
                  SELECT CASE score WHEN 1 THEN 'x' END;
                END;
                CREATE PROCEDURE p() BEGIN ATOMIC INSERT INTO t VALUES (1); END;
                SELECT 3;
                """;
        List<String> texts = texts(sql);
        assertThat(texts).hasSize(3);
        assertThat(texts.get(0)).startsWith("CREATE OR REPLACE FUNCTION").endsWith("END;\nEND;");
        assertThat(texts.get(1)).isEqualTo("CREATE PROCEDURE p() BEGIN ATOMIC INSERT INTO t VALUES (1); END;");
        assertThat(texts.get(2)).isEqualTo("SELECT 3;");
    }

    @Test
    void transactionBeginIsAnOrdinaryStatement() {
        assertThat(texts("BEGIN;\nCREATE INDEX CONCURRENTLY i ON t (a);\nCOMMIT;"))
                .containsExactly("BEGIN;", "CREATE INDEX CONCURRENTLY i ON t (a);", "COMMIT;");
        assertThat(texts("BEGIN; SELECT 'atomic'; COMMIT;")).hasSize(3);
    }

    @Test
    void parenthesisedSemicolonsStayInsideRule() {
        String sql = "CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO a VALUES (1); UPDATE b SET c = 1);\n"
                + "SELECT 1;";
        assertThat(texts(sql)).containsExactly(
                "CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO a VALUES (1); UPDATE b SET c = 1);",
                "SELECT 1;");
    }

    @Test
    void copyDataIsTheLastTokenOfTheCopyStatement() {
        String sql = """
                COPY public.users (id, name) FROM stdin;
                1\tO'Brien; "quoted"
                2\t\\N
                \\.
                SELECT setval('users_id_seq', 2);
                """;
        List<RawStatement> statements = split(sql).statements();
        assertThat(statements).hasSize(2);
        RawStatement copy = statements.get(0);
        assertThat(copy.text()).isEqualTo("COPY public.users (id, name) FROM stdin;");
        Token data = copy.tokens().get(copy.tokens().size() - 1);
        assertThat(data.type()).isEqualTo(TokenType.COPY_DATA);
        assertThat(data.text()).isEqualTo("1\tO'Brien; \"quoted\"\n2\t\\N\n\\.");
        assertThat(statements.get(1).text()).isEqualTo("SELECT setval('users_id_seq', 2);");
        assertThat(statements.get(1).line()).isEqualTo(5);
        assertThat(split(sql).problems()).isEmpty();
    }

    @Test
    void metaCommandsAreStatementsOfTheirOwn() {
        String sql = "\\restrict Xy12ab\n\nSET x = 1;\n\\connect other\nSELECT 1\n\\gset\nSELECT 2;\n\\unrestrict Xy12ab\n";
        List<RawStatement> statements = split(sql).statements();
        assertThat(statements).extracting(RawStatement::text).containsExactly("\\restrict Xy12ab", "SET x = 1;",
                "\\connect other", "SELECT 1", "\\gset", "SELECT 2;", "\\unrestrict Xy12ab");
        assertThat(statements).extracting(RawStatement::metaCommand)
                .containsExactly(true, false, true, false, true, false, true);
        assertThat(statements).extracting(RawStatement::index).containsExactly(0, 1, 2, 3, 4, 5, 6);
    }

    @Test
    void gooseStatementBlockIsOneStatement() {
        String sql = """
                -- +goose Up
                -- +goose StatementBegin
                CREATE FUNCTION f() RETURNS void AS 'SELECT 1; SELECT 2' LANGUAGE sql;
                SELECT 1;
                -- +goose StatementEnd
                SELECT 2;
                """;
        List<RawStatement> statements = split(sql).statements();
        assertThat(statements).extracting(RawStatement::text).containsExactly(
                "CREATE FUNCTION f() RETURNS void AS 'SELECT 1; SELECT 2' LANGUAGE sql;\nSELECT 1;", "SELECT 2;");
        assertThat(statements.get(0).line()).isEqualTo(3);
        assertThat(statements.get(0).tokens()).extracting(Token::type).contains(TokenType.SEMICOLON);
        assertThat(statements.get(0).tokens().get(statements.get(0).tokens().size() - 1).text()).isEqualTo("1");
    }

    @Test
    void withoutGooseBlockTheSameTextSplits() {
        assertThat(texts("SELECT 1;\nSELECT 2;")).hasSize(2);
    }

    @Test
    void positionsAreThoseOfTheFirstSignificantToken() {
        String sql = "-- header\n/* block */  CREATE TABLE t (a int);\n\n   DROP TABLE u;";
        List<RawStatement> statements = split(sql).statements();
        RawStatement create = statements.get(0);
        assertThat(create.line()).isEqualTo(2);
        assertThat(create.column()).isEqualTo(14);
        assertThat(create.startOffset()).isEqualTo(sql.indexOf("CREATE"));
        assertThat(create.endOffset()).isEqualTo(sql.indexOf(");") + 2);
        assertThat(create.byteOffset()).isEqualTo(sql.indexOf("CREATE"));
        RawStatement drop = statements.get(1);
        assertThat(drop.line()).isEqualTo(4);
        assertThat(drop.column()).isEqualTo(4);
    }

    @Test
    void crLfFileAndFirstLineAndByteOffsets() {
        String sql = "-- é€\r\nSELECT 'ü';\r\n  SELECT 2;";
        ScriptSplitter.SplitResult result = ScriptSplitter.split(sql, new ScriptSplitter.SplitOptions(10, 100, null));
        RawStatement second = result.statements().get(1);
        assertThat(second.line()).isEqualTo(12);
        assertThat(second.column()).isEqualTo(3);
        int expectedBytes = sql.substring(0, sql.indexOf("SELECT 2")).getBytes(StandardCharsets.UTF_8).length;
        assertThat(second.byteOffset()).isEqualTo(100 + expectedBytes);
        assertThat(result.statements().get(0).byteOffset())
                .isEqualTo(100 + "-- é€\r\n".getBytes(StandardCharsets.UTF_8).length);
        assertThat(result.statements().get(0).line()).isEqualTo(10 + 1);
    }

    @Test
    void supplementaryCharactersCountOneColumnAndFourBytes() {
        String sql = "SELECT '😀'; SELECT 2;";
        RawStatement second = split(sql).statements().get(1);
        assertThat(second.column()).isEqualTo(13);
        assertThat(second.byteOffset()).isEqualTo(15);
    }

    @Test
    void unterminatedDollarQuoteKeepsTextAndReportsOpening() {
        String sql = "SELECT 1;\nCREATE FUNCTION f() RETURNS int AS $fn$\nSELECT 1;\nSELECT 2;\n";
        ScriptSplitter.SplitResult result = split(sql);
        assertThat(result.statements()).hasSize(2);
        assertThat(result.statements().get(1).text()).endsWith("SELECT 2;\n");
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(SqlProblem.Kind.LEXER_ERROR);
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo(36);
        });
    }

    @Test
    void unterminatedStringAndCommentReportedAtOpening() {
        ScriptSplitter.SplitResult string = split("SELECT 1;\nSELECT 'x;\nSELECT 2;");
        assertThat(string.problems()).extracting(SqlProblem::line, SqlProblem::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, 8));
        assertThat(string.statements()).hasSize(2);
        ScriptSplitter.SplitResult comment = split("SELECT 1; /* open\nSELECT 2;");
        assertThat(comment.problems()).extracting(SqlProblem::line, SqlProblem::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 11));
        assertThat(comment.statements()).hasSize(1);
    }

    @Test
    void largeGeneratedScriptSplits() {
        StringBuilder sb = new StringBuilder();
        int expected = 0;
        while (sb.length() < 5_000_000) {
            sb.append("-- migration-guard:ignore ban-drop-column reason ").append(expected).append('\n');
            sb.append("ALTER TABLE t DROP COLUMN c").append(expected).append(";\n");
            sb.append("CREATE FUNCTION f").append(expected)
                    .append("() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql;\n");
            sb.append("INSERT INTO t VALUES ('é;', ${v});\n");
            expected += 3;
        }
        ScriptSplitter.SplitResult result = ScriptSplitter.split(sb.toString(),
                new ScriptSplitter.SplitOptions(1, 0, java.util.Map.of("v", "42")));
        assertThat(result.problems()).isEmpty();
        assertThat(result.statements()).hasSize(expected);
        assertThat(result.suppressions()).hasSize(expected / 3);
        RawStatement last = result.statements().get(expected - 1);
        assertThat(last.text()).isEqualTo("INSERT INTO t VALUES ('é;', 42);");
        assertThat(last.byteOffset()).isEqualTo(
                sb.substring(0, last.startOffset()).getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void neverThrowsAndKeepsEveryCharOnArbitraryFragmentMixes() {
        String[] fragments = {"SELECT", " ", "\n", "\r\n", "\r", ";", "'", "''", "E'", "\\", "$$", "$a$", "$1",
            "\"", "--", "/*", "*/", "(", ")", "[", "]", "BEGIN", "ATOMIC", "CASE", "END", "CREATE", "FUNCTION",
            "COPY", "FROM", "stdin", "\\.", "${x}", "${", "}", "-- migration-guard:", "ignore", "a-b", ",", "é",
            "\uD83D\uDE00", "\u0000", "\u0007", "-- +goose StatementBegin", "-- +goose StatementEnd", "U&'",
            "0x", "1e", ".", ":", "::", "=-", "x$y"};
        java.util.Random random = new java.util.Random(42);
        for (int round = 0; round < 3000; round++) {
            StringBuilder sb = new StringBuilder();
            int count = random.nextInt(40);
            for (int i = 0; i < count; i++) {
                sb.append(fragments[random.nextInt(fragments.length)]);
            }
            String sql = sb.toString();
            List<Token> tokens = Lexer.tokenize(sql, 1).tokens();
            assertThat(tokens.stream().map(Token::text).reduce("", String::concat)).as(sql).isEqualTo(sql);
            ScriptSplitter.SplitResult result = ScriptSplitter.split(sql,
                    new ScriptSplitter.SplitOptions(3, 7, random.nextBoolean() ? null : java.util.Map.of("x", "v;")));
            int previousStart = -1;
            for (RawStatement statement : result.statements()) {
                assertThat(statement.startOffset()).as(sql).isGreaterThan(previousStart);
                assertThat(statement.endOffset()).as(sql).isGreaterThanOrEqualTo(statement.startOffset());
                assertThat(statement.line()).as(sql).isGreaterThanOrEqualTo(3);
                assertThat(statement.text()).as(sql).isNotBlank();
                previousStart = statement.startOffset();
            }
        }
    }
}
