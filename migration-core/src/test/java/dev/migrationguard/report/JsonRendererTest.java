package dev.migrationguard.report;

import static dev.migrationguard.report.Project.path;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonRendererTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private static List<String> fields(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private Project project() {
        return new Project(dir)
                .file("V1__users.sql", "CREATE TABLE users (id bigint PRIMARY KEY, email text);\n")
                .file("U1__users.sql", "DROP TABLE users;\n")
                .file("V2__drop_email.sql", "ALTER TABLE users DROP COLUMN email;\n"
                        + "CREATE INDEX CONCURRENTLY users_id_idx ON public.users (id);\n")
                .file("U2__drop_email.sql", "-- migration-guard:irreversible the emails are gone\n");
    }

    @Test
    void everyStatementHasItsClassificationAndRisk() throws Exception {
        JsonNode root = MAPPER.readTree(new JsonRenderer().render(project().lint()));

        assertThat(fields(root)).containsExactly("findings", "summary", "migrations");
        JsonNode m = root.get("migrations").get(1);
        assertThat(m.get("file").asText()).isEqualTo(path("V2__drop_email.sql"));
        assertThat(m.get("down").asText()).isEqualTo(path("U2__drop_email.sql"));
        assertThat(m.get("migration").asText()).isEqualTo("2 drop email");
        assertThat(m.get("risk").asText()).isEqualTo("high");
        assertThat(m.get("lock").get("level").asText()).isEqualTo("ACCESS EXCLUSIVE");
        assertThat(m.get("lock").get("on").asText()).isEqualTo("users");
        assertThat(m.get("riskLine").asInt()).isEqualTo(1);
        assertThat(m.get("riskReason").asText()).isEqualTo("drops column email");
        assertThat(m.get("reversible").get("status").asText()).isEqualTo("irreversible");
        assertThat(m.get("reversible").get("reason").asText()).isEqualTo("the emails are gone");
        long errors = 0;
        for (JsonNode f : root.get("findings")) {
            if (f.get("file").asText().equals(path("V2__drop_email.sql")) && f.get("severity").asText().equals("error")) {
                errors++;
            }
        }
        assertThat(errors).isPositive();
        assertThat(m.get("findings").get("errors").asLong()).isEqualTo(errors);
        assertThat(m.get("change").isNull()).isTrue();

        JsonNode up = m.get("scripts").get(0);
        assertThat(up.get("direction").asText()).isEqualTo("up");
        JsonNode drop = up.get("statements").get(0);
        assertThat(fields(drop)).containsExactly("index", "line", "column", "text", "kind", "objects", "locks",
                "lock", "parse", "risk", "riskReason");
        assertThat(drop.get("kind").asText()).isEqualTo("ALTER_TABLE");
        assertThat(drop.get("objects").get(0).get("type").asText()).isEqualTo("table");
        assertThat(drop.get("objects").get(0).get("name").asText()).isEqualTo("users");
        assertThat(drop.get("lock").asText()).isEqualTo("ACCESS EXCLUSIVE");
        assertThat(drop.get("risk").asText()).isEqualTo("high");
        assertThat(drop.get("riskReason").asText()).isEqualTo("drops column email");
        JsonNode index = up.get("statements").get(1);
        assertThat(index.get("line").asInt()).isEqualTo(2);
        assertThat(index.get("kind").asText()).isEqualTo("CREATE_INDEX");
        assertThat(index.get("lock").asText()).isEqualTo("SHARE UPDATE EXCLUSIVE");
        // SHARE UPDATE EXCLUSIVE blocks nobody, but the build fails on CONCURRENTLY inside the migration's transaction
        assertThat(index.get("risk").asText()).isEqualTo("medium");
        assertThat(index.get("riskReason").asText()).isEqualTo("builds index users_id_idx concurrently; "
                + "error[ban-concurrent-index-creation-in-transaction]");
        assertThat(index.get("objects").findValuesAsText("schema")).contains("public");

        JsonNode down = m.get("scripts").get(1);
        assertThat(down.get("direction").asText()).isEqualTo("down");
        assertThat(down.get("irreversible").asText()).isEqualTo("the emails are gone");
        assertThat(down.get("statements")).isEmpty();
    }

    @Test
    void findingsKeepTheirFieldsAndLinkTheirPage() throws Exception {
        RenderOptions options = RenderOptions.defaults();
        JsonNode root = MAPPER.readTree(new JsonRenderer(options).render(project().lint()));

        JsonNode f = root.get("findings").get(0);
        assertThat(fields(f)).containsExactly("rule", "severity", "risk", "file", "line", "column", "message", "help",
                "docs");
        assertThat(f.get("docs").asText()).isEqualTo("migration-guard explain " + f.get("rule").asText());
        RenderOptions published = RenderOptions.of(project().config().docsBaseUrl("https://docs.example.com/rules")
                .build(), false);
        JsonNode g = MAPPER.readTree(new JsonRenderer(published).render(project().lint())).get("findings").get(0);
        assertThat(g.get("docs").asText()).isEqualTo("https://docs.example.com/rules/" + g.get("rule").asText()
                + ".md");
    }

    @Test
    void aComparisonWithTheBaseAddsTheBaseAndEachChange() throws Exception {
        ReportInput input = ReportInput.of(project().lint())
                .withChanges("origin/main", Map.of(path("V2__drop_email.sql"), ChangeKind.ADDED))
                .withEditedOnBase(Set.of(path("V1__users.sql")));

        JsonNode root = MAPPER.readTree(new JsonRenderer().render(input));

        assertThat(fields(root)).containsExactly("findings", "summary", "base", "migrations");
        assertThat(root.get("base").asText()).isEqualTo("origin/main");
        assertThat(root.get("migrations").get(0).get("editedOnBase").asBoolean()).isTrue();
        assertThat(root.get("migrations").get(1).get("change").asText()).isEqualTo("added");
    }

    @Test
    void aNoteIsWrittenWhenTheReportHasOne() throws Exception {
        JsonNode root = MAPPER.readTree(new JsonRenderer().render(ReportInput.of(project().lint())
                .withNote("Not in a Git repository")));

        assertThat(fields(root)).containsExactly("findings", "summary", "note", "migrations");
        assertThat(root.get("note").asText()).isEqualTo("Not in a Git repository");
    }
}
