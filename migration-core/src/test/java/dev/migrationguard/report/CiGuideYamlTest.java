package dev.migrationguard.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The CI examples in docs/guides/github-actions.md parse, and name the files db:lint and db:report write. */
class CiGuideYamlTest {

    private static final Path ROOT = Path.of(System.getProperty("migrationguard.projectRoot",
            Path.of("..").toAbsolutePath().normalize().toString()));
    private static final Path GUIDE = ROOT.resolve("docs/guides/github-actions.md");
    private static final Pattern YAML_BLOCK = Pattern.compile("(?ms)^```yaml\\n(.*?)^```");
    private static final String OUTPUT = "target/migration-guard/";

    private static List<Object> yamlBlocks() throws Exception {
        String text = Files.readString(GUIDE);
        List<Object> out = new ArrayList<>();
        Matcher m = YAML_BLOCK.matcher(text);
        while (m.find()) {
            out.add(new Yaml(new SafeConstructor(new LoaderOptions())).load(m.group(1)));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static <T> T get(Object node, Object... path) {
        Object n = node;
        for (Object key : path) {
            n = key instanceof Integer i ? ((List<Object>) n).get(i) : ((Map<Object, Object>) n).get(key);
            assertThat(n).as("%s in the example", key).isNotNull();
        }
        return (T) n;
    }

    @Test
    void theGuideHasAGithubWorkflowAndAGitlabJob() throws Exception {
        assertThat(yamlBlocks()).hasSize(2).allMatch(b -> b instanceof Map);
    }

    @Test
    void theWorkflowLintsUploadsTheSarifAndCommentsTheReport() throws Exception {
        Map<Object, Object> workflow = get(yamlBlocks().get(0));
        // YAML 1.1 reads the key "on" as the boolean true; GitHub reads it as "on"
        assertThat(workflow.containsKey("on") || workflow.containsKey(Boolean.TRUE)).isTrue();
        assertThat(get(workflow, "permissions", "security-events").toString()).isEqualTo("write");
        assertThat(get(workflow, "permissions", "pull-requests").toString()).isEqualTo("write");
        List<Map<String, Object>> steps = get(workflow, "jobs", "migration-guard", "steps");

        String runs = String.join("\n", steps.stream().filter(s -> s.containsKey("run"))
                .map(s -> s.get("run").toString()).toList());
        assertThat(runs).contains("mvn -B verify -Ddb.format=sarif", "mvn -B db:roundtrip",
                "mvn -B db:report -Ddb.base=origin/${{ github.base_ref }}");
        // the report needs the pull request's history back to the fork point
        Map<String, Object> checkout = steps.get(0);
        assertThat(String.valueOf(checkout.get("uses"))).startsWith("actions/checkout@");
        assertThat(get(checkout, "with", "fetch-depth").toString()).isEqualTo("0");
        assertThat(get(checkout, "with", "ref").toString()).contains("github.event.pull_request.head.sha");
        Map<String, Object> upload = steps.stream()
                .filter(s -> String.valueOf(s.get("uses")).startsWith("github/codeql-action/upload-sarif@"))
                .findFirst().orElseThrow();
        assertThat(get(upload, "with", "sarif_file").toString())
                .isEqualTo(OUTPUT + Renderers.defaultFileName("sarif"));
        Map<String, Object> comment = steps.stream()
                .filter(s -> String.valueOf(s.get("uses")).startsWith("actions/github-script@"))
                .findFirst().orElseThrow();
        assertThat(get(comment, "with", "script").toString())
                .contains("'" + OUTPUT + Renderers.defaultFileName("markdown") + "'");
        for (Map<String, Object> step : steps.subList(3, steps.size())) {
            assertThat(String.valueOf(step.get("if"))).as("runs after a failed lint").contains("!cancelled()");
        }
    }

    @Test
    void theGitlabJobReportsTheJunitFile() throws Exception {
        Map<Object, Object> gitlab = get(yamlBlocks().get(1));

        List<String> script = get(gitlab, "migration-guard", "script");
        assertThat(script).containsExactly("mvn -B verify -Ddb.format=junit");
        assertThat(get(gitlab, "migration-guard", "artifacts", "reports", "junit").toString())
                .isEqualTo(OUTPUT + Renderers.defaultFileName("junit"));
        assertThat(get(gitlab, "migration-guard", "artifacts", "when").toString()).isEqualTo("always");
    }
}
