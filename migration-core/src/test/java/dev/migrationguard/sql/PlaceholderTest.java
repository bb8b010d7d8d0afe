package dev.migrationguard.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlaceholderTest {

    private static ScriptSplitter.SplitResult split(String sql, Map<String, String> placeholders) {
        return ScriptSplitter.split(sql, new ScriptSplitter.SplitOptions(1, 0, placeholders));
    }

    @Test
    void replacesEverywhereIncludingStringsAndIdentifiers() {
        ScriptSplitter.SplitResult result = split(
                "CREATE TABLE ${schema}.\"${prefix}_t\" (a text DEFAULT '${schema}');",
                Map.of("schema", "app", "prefix", "x"));
        assertThat(result.statements().get(0).text())
                .isEqualTo("CREATE TABLE app.\"x_t\" (a text DEFAULT 'app');");
        assertThat(result.statements().get(0).tokens()).extracting(Token::text)
                .contains("app", "\"x_t\"", "'app'");
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void nullMapLeavesPlaceholdersAlone() {
        ScriptSplitter.SplitResult result = split("SELECT '${x}';", null);
        assertThat(result.statements().get(0).text()).isEqualTo("SELECT '${x}';");
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void positionsAfterAReplacementOnTheSameLineAreOriginal() {
        String sql = "SELECT ${long_name_here}; SELECT 2;\nSELECT ${v} + 'é', x;";
        ScriptSplitter.SplitResult result = split(sql, Map.of("long_name_here", "1", "v", "a_much_longer_value"));
        RawStatement second = result.statements().get(1);
        assertThat(second.text()).isEqualTo("SELECT 2;");
        assertThat(second.column()).isEqualTo(27);
        assertThat(second.startOffset()).isEqualTo(sql.indexOf("SELECT 2"));
        assertThat(second.byteOffset()).isEqualTo(sql.indexOf("SELECT 2"));
        RawStatement third = result.statements().get(2);
        List<Token> tokens = third.tokens();
        Token value = tokens.get(1);
        assertThat(value.text()).isEqualTo("a_much_longer_value");
        assertThat(value.line()).isEqualTo(2);
        assertThat(value.column()).isEqualTo(8);
        assertThat(value.start()).isEqualTo(sql.indexOf("${v}"));
        assertThat(value.end()).isEqualTo(sql.indexOf("${v}") + 4);
        Token x = tokens.get(tokens.size() - 1);
        assertThat(x.text()).isEqualTo("x");
        assertThat(x.column()).isEqualTo(20);
        assertThat(third.endOffset()).isEqualTo(sql.length());
    }

    @Test
    void multiLineValueDoesNotShiftLaterLines() {
        String sql = "${body}\nSELECT 2;";
        ScriptSplitter.SplitResult result = split(sql, Map.of("body", "SELECT\n\n1;"));
        assertThat(result.statements()).extracting(RawStatement::text).containsExactly("SELECT\n\n1;", "SELECT 2;");
        assertThat(result.statements().get(1).line()).isEqualTo(2);
        assertThat(result.statements().get(0).line()).isEqualTo(1);
    }

    @Test
    void unknownPlaceholderIsReportedAndKept() {
        ScriptSplitter.SplitResult result = split("SELECT 1;\n  GRANT SELECT ON t TO ${tenant};", Map.of());
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(SqlProblem.Kind.UNKNOWN_PLACEHOLDER);
            assertThat(p.message()).isEqualTo("unknown placeholder ${tenant}");
            assertThat(p.help()).isEqualTo("define it under placeholders: in .migration-guard.yml or remove it");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo(24);
        });
        assertThat(result.statements().get(1).text()).isEqualTo("GRANT SELECT ON t TO ${tenant};");
    }

    @Test
    void builtInNamesHaveStandInsOrConfiguredValues() {
        ScriptSplitter.SplitResult result = split(
                "SET search_path = ${flyway:defaultSchema}; SELECT '${flyway:user}', '${migration-guard:env}';",
                Map.of());
        assertThat(result.problems()).isEmpty();
        assertThat(result.statements().get(0).text()).isEqualTo("SET search_path = public;");
        assertThat(result.statements().get(1).text()).doesNotContain("${");
        Map<String, String> values = new HashMap<>();
        values.put("flyway:defaultSchema", "tenant_a");
        assertThat(split("SET search_path = ${flyway:defaultSchema};", values).statements().get(0).text())
                .isEqualTo("SET search_path = tenant_a;");
    }

    @Test
    void namesMatchIgnoringCase() {
        assertThat(split("SELECT ${Schema};", Map.of("schema", "s")).statements().get(0).text())
                .isEqualTo("SELECT s;");
    }

    @Test
    void incompletePlaceholderSyntaxIsLeftAlone() {
        ScriptSplitter.SplitResult result = split("SELECT '${', '${}', '${a b}';", Map.of());
        assertThat(result.problems()).isEmpty();
        assertThat(result.statements().get(0).text()).isEqualTo("SELECT '${', '${}', '${a b}';");
    }

    @Test
    void emptyValueKeepsFollowingPositions() {
        String sql = "SELECT 1${empty}; SELECT 2;";
        ScriptSplitter.SplitResult result = split(sql, Map.of("empty", ""));
        assertThat(result.statements()).extracting(RawStatement::text).containsExactly("SELECT 1;", "SELECT 2;");
        assertThat(result.statements().get(1).column()).isEqualTo(19);
    }

    @Test
    void lexerErrorInsideReplacedTextIsReportedAtOriginalPosition() {
        String sql = "SELECT ${a}, 'open";
        ScriptSplitter.SplitResult result = split(sql, Map.of("a", "12345678"));
        assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p.column()).isEqualTo(14));
    }
}
