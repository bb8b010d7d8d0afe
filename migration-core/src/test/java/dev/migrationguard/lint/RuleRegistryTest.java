package dev.migrationguard.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Every rule: unique kebab-case id, a docs page, a listing in docs/rules/README.md, and a test class; every family of
 * more than one rule written down in docs/rules/README.md.
 */
class RuleRegistryTest {

    private static final Path ROOT = Path.of(System.getProperty("migrationguard.projectRoot",
            Path.of("..").toAbsolutePath().normalize().toString()));

    @Test
    void idsAreUniqueKebabCase() {
        Set<String> seen = new HashSet<>();
        for (RegisteredRule r : BuiltInRules.all()) {
            assertThat(r.id()).matches("[a-z][a-z0-9]*(-[a-z0-9]+)*");
            assertThat(seen.add(r.id())).as("duplicate id %s", r.id()).isTrue();
            assertThat(r.info().summary()).isNotBlank();
        }
    }

    @Test
    void everyRuleHasItsPageAndIsListed() throws Exception {
        String index = Files.readString(ROOT.resolve("docs/rules/README.md"));
        for (RegisteredRule r : BuiltInRules.all()) {
            Path page = ROOT.resolve("docs/rules/" + r.id() + ".md");
            assertThat(page).as("docs page of %s", r.id()).exists();
            assertThat(Files.readString(page)).startsWith("# " + r.id());
            assertThat(index).as("docs/rules/README.md lists %s", r.id()).contains("(" + r.id() + ".md)");
        }
    }

    @Test
    void everyFamilyIsWrittenDownWithItsRules() throws Exception {
        String index = Files.readString(ROOT.resolve("docs/rules/README.md"));
        int start = index.indexOf("### Families");
        assertThat(start).as("docs/rules/README.md has a Families section").isGreaterThanOrEqualTo(0);
        int end = index.indexOf("\n### ", start + 1);
        String section = index.substring(start, end < 0 ? index.length() : end);
        Map<String, List<String>> families = new TreeMap<>();
        for (RegisteredRule r : BuiltInRules.all()) {
            families.computeIfAbsent(r.family(), k -> new ArrayList<>()).add(r.id());
        }
        families.forEach((family, rules) -> {
            if (rules.size() < 2) {
                return;
            }
            String row = section.lines().filter(l -> l.startsWith("| `" + family + "` |")).findFirst().orElse("");
            assertThat(row).as("a row for family %s in docs/rules/README.md", family).isNotEmpty();
            for (String id : rules) {
                assertThat(row).as("family %s lists %s", family, id).contains("(" + id + ".md)");
            }
        });
    }

    @Test
    void everyRuleHasATest() {
        Path tests = ROOT.resolve("migration-core/src/test/java/dev/migrationguard/lint");
        for (RegisteredRule r : BuiltInRules.all()) {
            String simple = r.rule().getClass().getSimpleName();
            boolean own = Files.exists(tests.resolve("rules/" + simple + "Test.java"));
            boolean shared = switch (r.id()) {
                case "invalid-migration-name", "duplicate-migration-version", "missing-down-migration",
                     "orphan-down-migration" -> Files.exists(tests.resolve("rules/NamingRulesTest.java"));
                case "invalid-suppression", "unused-suppression" ->
                        Files.exists(tests.resolve("SuppressionTest.java"));
                case "unreadable-file", "internal-error" -> Files.exists(tests.resolve("LinterRobustnessTest.java"));
                case "stale-baseline-entry", "invalid-baseline" -> Files.exists(tests.resolve("AdoptionTest.java"));
                default -> false;
            };
            assertThat(own || shared).as("a test for %s (%sTest)", r.id(), simple).isTrue();
        }
    }
}
