package dev.migrationguard.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LexerTest {

    /** Significant tokens as {@code TYPE text}. */
    private static List<String> significant(String sql) {
        return Lexer.tokenize(sql, 1).tokens().stream()
                .filter(t -> t.type() != TokenType.WHITESPACE)
                .map(t -> t.type() + " " + t.text())
                .collect(Collectors.toList());
    }

    private static Lexer.LexResult lex(String sql) {
        return Lexer.tokenize(sql, 1);
    }

    @Nested
    class Basics {

        @Test
        void tokensCoverTheWholeTextInOrder() {
            String sql = "SELECT a, 'x' -- c\n FROM \"T\" /* b */ WHERE $1 = $$q$$;\n";
            List<Token> tokens = lex(sql).tokens();
            assertThat(tokens.stream().map(Token::text).collect(Collectors.joining())).isEqualTo(sql);
            for (int i = 1; i < tokens.size(); i++) {
                assertThat(tokens.get(i).start()).isEqualTo(tokens.get(i - 1).end());
            }
            assertThat(lex(sql).problems()).isEmpty();
        }

        @Test
        void emptyAndNullTextGiveNoTokens() {
            assertThat(lex("").tokens()).isEmpty();
            assertThat(Lexer.tokenize(null, 1).tokens()).isEmpty();
        }
    }

    @Nested
    class Strings {

        @Test
        void plainStringDoublesQuotesAndHasNoBackslashEscapes() {
            assertThat(significant("'it''s' 'a\\' x")).containsExactly("STRING 'it''s'", "STRING 'a\\'", "WORD x");
        }

        @Test
        void escapeStringHonoursBackslashes() {
            assertThat(significant("E'\\'' e'a\\\\' 'b'")).containsExactly(
                    "STRING E'\\''", "STRING e'a\\\\'", "STRING 'b'");
            assertThat(significant("E'it''s\\n'")).containsExactly("STRING E'it''s\\n'");
        }

        @Test
        void prefixedStrings() {
            assertThat(significant("B'101' X'1F' N'abc' U&'d\\0061t' u&\"col\""))
                    .containsExactly("STRING B'101'", "STRING X'1F'", "STRING N'abc'", "STRING U&'d\\0061t'",
                            "QUOTED_IDENTIFIER u&\"col\"");
        }

        @Test
        void prefixLettersFollowedByNoQuoteAreWords() {
            assertThat(significant("e b x n u & 'a'")).containsExactly(
                    "WORD e", "WORD b", "WORD x", "WORD n", "WORD u", "OPERATOR &", "STRING 'a'");
        }

        @Test
        void quotedIdentifierDoublesQuotes() {
            List<Token> tokens = lex("\"My \"\"T\"\"\"").tokens();
            assertThat(tokens).hasSize(1);
            assertThat(tokens.get(0).type()).isEqualTo(TokenType.QUOTED_IDENTIFIER);
            assertThat(tokens.get(0).identifier()).isEqualTo("My \"T\"");
        }

        @Test
        void stringsHideSemicolonsCommentsAndBackslashes() {
            assertThat(significant("'a;--b/*\\c';")).containsExactly("STRING 'a;--b/*\\c'", "SEMICOLON ;");
        }
    }

    @Nested
    class DollarQuotes {

        @Test
        void emptyTagAndNamedTag() {
            assertThat(significant("$$a;b$$ $body$ x $body$"))
                    .containsExactly("DOLLAR_STRING $$a;b$$", "DOLLAR_STRING $body$ x $body$");
        }

        @Test
        void bodyMayContainOtherTags() {
            String sql = "$f$ BEGIN PERFORM $$ ; $$; RETURN $g$x$g$; END $f$;";
            assertThat(significant(sql)).containsExactly(
                    "DOLLAR_STRING $f$ BEGIN PERFORM $$ ; $$; RETURN $g$x$g$; END $f$", "SEMICOLON ;");
        }

        @Test
        void tagIsCaseSensitive() {
            assertThat(significant("$a$ $A$ $a$")).containsExactly("DOLLAR_STRING $a$ $A$ $a$");
        }

        @Test
        void parametersAreNotQuotes() {
            assertThat(significant("$1 + $23")).containsExactly("PARAMETER $1", "OPERATOR +", "PARAMETER $23");
        }

        @Test
        void dollarInsideIdentifierDoesNotOpenQuote() {
            assertThat(significant("foo$bar $$x$$")).containsExactly("WORD foo$bar", "DOLLAR_STRING $$x$$");
        }

        @Test
        void tagCannotStartWithDigit() {
            assertThat(significant("$1a$")).startsWith("PARAMETER $1");
        }
    }

    @Nested
    class Comments {

        @Test
        void lineCommentStopsBeforeLineBreak() {
            List<Token> tokens = lex("-- hi ;\r\nx").tokens();
            assertThat(tokens.get(0)).extracting(Token::type, Token::text)
                    .containsExactly(TokenType.LINE_COMMENT, "-- hi ;");
            assertThat(tokens.get(1).text()).isEqualTo("\r\n");
        }

        @Test
        void blockCommentsNest() {
            assertThat(significant("/* a /* b */ c; */ x")).containsExactly(
                    "BLOCK_COMMENT /* a /* b */ c; */", "WORD x");
        }

        @Test
        void commentInsideOperatorRunStartsComment() {
            assertThat(significant("a+--c\nb")).containsExactly("WORD a", "OPERATOR +", "LINE_COMMENT --c",
                    "WORD b");
            assertThat(significant("a*/*c*/b")).containsExactly("WORD a", "OPERATOR *", "BLOCK_COMMENT /*c*/",
                    "WORD b");
        }
    }

    @Nested
    class NumbersAndOperators {

        @Test
        void numbers() {
            assertThat(significant("1 1.5 .5 1e10 2.5E-3 0x1F 0o17 0b101 1_000 3."))
                    .containsExactly("NUMBER 1", "NUMBER 1.5", "NUMBER .5", "NUMBER 1e10", "NUMBER 2.5E-3",
                            "NUMBER 0x1F", "NUMBER 0o17", "NUMBER 0b101", "NUMBER 1_000", "NUMBER 3.");
        }

        @Test
        void qualifiedNameDotIsPunctuation() {
            assertThat(significant("s.t")).containsExactly("WORD s", "PUNCTUATION .", "WORD t");
        }

        @Test
        void operatorsAreMaximalMunch() {
            assertThat(significant("a::int, b := 1, c => 2, d->>'k', e <> f, g != h, i || j, k @> l"))
                    .contains("PUNCTUATION ::", "OPERATOR :=", "OPERATOR =>", "OPERATOR ->>", "OPERATOR <>",
                            "OPERATOR !=", "OPERATOR ||", "OPERATOR @>");
        }

        @Test
        void operatorDoesNotEndInMinusUnlessSpecial() {
            assertThat(significant("a=-1")).containsExactly("WORD a", "OPERATOR =", "OPERATOR -", "NUMBER 1");
            assertThat(significant("a @- b")).contains("OPERATOR @-");
        }

        @Test
        void punctuationAndSemicolon() {
            assertThat(significant("f(a[1], b);")).containsExactly("WORD f", "PUNCTUATION (", "WORD a",
                    "PUNCTUATION [", "NUMBER 1", "PUNCTUATION ]", "PUNCTUATION ,", "WORD b", "PUNCTUATION )",
                    "SEMICOLON ;");
        }

        @Test
        void nonAsciiIdentifiers() {
            assertThat(significant("café_ß1 = 1")).startsWith("WORD café_ß1");
        }
    }

    @Nested
    class Psql {

        @Test
        void backslashStartsMetaCommandToEndOfLine() {
            assertThat(significant("\\restrict abc123\nSELECT 1;\n\\connect db\n\\set x 1"))
                    .containsExactly("META_COMMAND \\restrict abc123", "WORD SELECT", "NUMBER 1", "SEMICOLON ;",
                            "META_COMMAND \\connect db", "META_COMMAND \\set x 1");
        }

        @Test
        void copyFromStdinDataIsOneToken() {
            String sql = "COPY public.t (a, b) FROM stdin;\n1\t'x;y'\n2\t\"z\\\";\n\\.\nSELECT 1;\n";
            Lexer.LexResult result = lex(sql);
            assertThat(result.problems()).isEmpty();
            assertThat(significant(sql)).containsSubsequence("SEMICOLON ;",
                    "COPY_DATA 1\t'x;y'\n2\t\"z\\\";\n\\.", "WORD SELECT", "NUMBER 1", "SEMICOLON ;");
            Token data = result.tokens().stream().filter(t -> t.type() == TokenType.COPY_DATA).findFirst()
                    .orElseThrow();
            assertThat(data.line()).isEqualTo(2);
            assertThat(data.column()).isEqualTo(1);
        }

        @Test
        void copyFromStdinWithOptionsAndCrLf() {
            String sql = "copy t from STDIN with (format csv);\r\na,b\r\n\\.\r\nselect 2;";
            assertThat(significant(sql)).contains("COPY_DATA a,b\r\n\\.", "WORD select");
        }

        @Test
        void restOfCopyLineIsLexedBeforeData() {
            String sql = "COPY t FROM stdin; -- data follows\n1\n\\.\n";
            assertThat(significant(sql)).containsExactly("WORD COPY", "WORD t", "WORD FROM", "WORD stdin",
                    "SEMICOLON ;", "LINE_COMMENT -- data follows", "COPY_DATA 1\n\\.");
        }

        @Test
        void copyToStdoutAndFromFileHaveNoData() {
            assertThat(significant("COPY t TO stdout;\nSELECT 1;")).doesNotContain("COPY_DATA")
                    .contains("WORD SELECT");
            assertThat(significant("COPY t FROM '/tmp/f';\nSELECT 1;")).contains("WORD SELECT");
            assertThat(significant("SELECT 'COPY' FROM stdin;\nSELECT 1;")).contains("WORD SELECT");
        }

        @Test
        void emptyCopyData() {
            assertThat(significant("COPY t FROM stdin;\n\\.\nSELECT 1;")).contains("COPY_DATA \\.", "WORD SELECT");
        }

        @Test
        void unterminatedCopyData() {
            Lexer.LexResult result = lex("COPY t FROM stdin;\n1\n2\n");
            assertThat(result.problems()).singleElement().satisfies(p -> {
                assertThat(p.kind()).isEqualTo(SqlProblem.Kind.LEXER_ERROR);
                assertThat(p.line()).isEqualTo(2);
                assertThat(p.column()).isEqualTo(1);
                assertThat(p.message()).contains("COPY data");
            });
            assertThat(result.tokens().get(result.tokens().size() - 1).text()).isEqualTo("1\n2\n");
        }
    }

    @Nested
    class Positions {

        @Test
        void linesAndColumnsAreOneBasedAndCountCodePoints() {
            List<Token> tokens = lex("SELECT '😀é', x\n  FROM t").tokens();
            Token x = tokens.stream().filter(t -> t.is("x")).findFirst().orElseThrow();
            assertThat(x.line()).isEqualTo(1);
            assertThat(x.column()).isEqualTo(14);
            Token t = tokens.stream().filter(tok -> tok.is("t")).findFirst().orElseThrow();
            assertThat(t.line()).isEqualTo(2);
            assertThat(t.column()).isEqualTo(8);
        }

        @Test
        void crLfAndLoneCrBreakLines() {
            List<Token> tokens = lex("a\r\nb\rc\nd").tokens().stream().filter(t -> !t.isTrivia()).toList();
            assertThat(tokens).extracting(Token::line).containsExactly(1, 2, 3, 4);
            assertThat(tokens).extracting(Token::column).containsExactly(1, 1, 1, 1);
        }

        @Test
        void firstLineShiftsLines() {
            List<Token> tokens = Lexer.tokenize("\n  x", 40).tokens();
            assertThat(tokens.get(1).line()).isEqualTo(41);
            assertThat(tokens.get(1).column()).isEqualTo(3);
        }

        @Test
        void lineCountInsideMultiLineTokens() {
            List<Token> tokens = lex("$$a\nb\n$$ /*\n*/ 'x\r\ny' z").tokens();
            Token z = tokens.get(tokens.size() - 1);
            assertThat(z.line()).isEqualTo(5);
            assertThat(z.column()).isEqualTo(4);
        }
    }

    @Nested
    class Errors {

        private SqlProblem onlyProblem(String sql) {
            List<SqlProblem> problems = lex(sql).problems();
            assertThat(problems).hasSize(1);
            assertThat(problems.get(0).kind()).isEqualTo(SqlProblem.Kind.LEXER_ERROR);
            return problems.get(0);
        }

        @Test
        void unterminatedDollarQuoteAtOpeningWithRestAsOneToken() {
            String sql = "SELECT 1;\nCREATE FUNCTION f() AS $body$\nBEGIN; SELECT 'x';\n";
            SqlProblem p = onlyProblem(sql);
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo(24);
            assertThat(p.message()).isEqualTo("unterminated dollar-quoted string $body$ opened here");
            assertThat(p.help()).isEqualTo("close it with $body$ or remove the stray $body$");
            List<Token> tokens = lex(sql).tokens();
            assertThat(tokens.get(tokens.size() - 1).text()).isEqualTo("$body$\nBEGIN; SELECT 'x';\n");
        }

        @Test
        void unterminatedString() {
            SqlProblem p = onlyProblem("SELECT 1;\n  SELECT 'abc;\nSELECT 2;");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo(10);
            assertThat(p.message()).contains("string literal");
            assertThat(p.help()).startsWith("close it with '");
        }

        @Test
        void unterminatedEscapeStringEndingInBackslash() {
            SqlProblem p = onlyProblem("SELECT E'abc\\';");
            assertThat(p.column()).isEqualTo(8);
            assertThat(p.message()).contains("E'");
        }

        @Test
        void unterminatedQuotedIdentifier() {
            SqlProblem p = onlyProblem("SELECT \"abc;");
            assertThat(p.column()).isEqualTo(8);
            assertThat(p.message()).contains("quoted identifier");
        }

        @Test
        void unterminatedNestedBlockComment() {
            SqlProblem p = onlyProblem("x /* a /* b */ c");
            assertThat(p.column()).isEqualTo(3);
            assertThat(p.message()).contains("block comment");
        }

        @Test
        void controlCharactersAreReportedAndLexingGoesOn() {
            Lexer.LexResult result = lex("SELECT\u0000\u0001 1;");
            assertThat(result.problems()).singleElement().satisfies(p -> {
                assertThat(p.column()).isEqualTo(7);
                assertThat(p.message()).contains("U+0000");
            });
            assertThat(significant("SELECT\u0000\u0001 1;")).containsExactly("WORD SELECT", "NUMBER 1",
                    "SEMICOLON ;");
        }

        @Test
        void nulInsideStringIsReported() {
            SqlProblem p = onlyProblem("SELECT\n 'a\u0000b';");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo(4);
        }

        @Test
        void tabsFormFeedsAndControlCharsInStringsAreFine() {
            assertThat(lex("SELECT\t'\u0007'\f;").problems()).isEmpty();
        }
    }

    @Nested
    class Large {

        @Test
        void largeInputLexesWithoutProblems() {
            StringBuilder sb = new StringBuilder();
            while (sb.length() < 5_000_000) {
                sb.append("INSERT INTO t (a, b) VALUES (1, 'x;y'); -- c\n");
                sb.append("CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql;\n");
            }
            Lexer.LexResult result = lex(sb.toString());
            assertThat(result.problems()).isEmpty();
            Token last = result.tokens().get(result.tokens().size() - 1);
            assertThat(last.end()).isEqualTo(sb.length());
        }
    }
}
