package dev.migrationguard.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.config.RuleSetting;
import dev.migrationguard.config.TransactionMode;
import dev.migrationguard.naming.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * "One problem, one finding" (docs/rules/README.md) over a varied set of migrations, with every rule on (those off by
 * default included), down scripts linted, on several PostgreSQL versions and transaction modes:
 * <ul>
 *   <li>no place (file, line, column) carries findings of two different rules of one family
 *       ({@link RuleInfo#family()});</li>
 *   <li>require-lock-timeout and require-statement-timeout report at most once per script;</li>
 *   <li>running-statement-while-holding-access-exclusive reports at most once per lock hold.</li>
 * </ul>
 * Two findings of the same rule at one place are about different objects (two columns, two dropped tables) and stay.
 */
class OneFindingPerProblemTest {

    private static final Path CORPUS = Path.of("src/test/resources/sql/one-finding");

    private static final Pattern TAKEN_AT = Pattern.compile("taken at line (\\d+)");

    /** Rule id to family, from the rules' metadata. */
    private static final Map<String, String> FAMILY = BuiltInRules.all().stream()
            .collect(Collectors.toMap(RegisteredRule::id, RegisteredRule::family));

    @Test
    void noPlaceCarriesTwoFindingsOfOneFamily() throws Exception {
        List<SourceFile> files = corpus();
        Set<String> fired = new TreeSet<>();
        for (int pg : new int[] {9, 10, 11, 12, 16, 19}) {
            for (TransactionMode mode : TransactionMode.values()) {
                List<Finding> findings = new Linter(allRulesOn(pg, mode)).lint(files).findings();
                String run = "PostgreSQL " + pg + ", " + mode;
                assertThat(findings).as(run).isNotEmpty();
                assertThat(sameFamilyAtOnePlace(findings)).as("%s: places with findings of one family", run)
                        .isEmpty();
                assertThat(repeatedPerScript(findings)).as("%s: timeout findings repeated in a script", run)
                        .isEmpty();
                assertThat(repeatedPerLockHold(findings)).as("%s: lock hold reported twice", run).isEmpty();
                findings.forEach(f -> fired.add(f.rule()));
            }
        }
        // the corpus reaches every rule of every family with more than one member, so the overlaps were exercised
        Map<String, List<String>> families = new TreeMap<>();
        FAMILY.forEach((rule, family) -> families.computeIfAbsent(family, k -> new ArrayList<>()).add(rule));
        families.values().removeIf(members -> members.size() < 2);
        assertThat(families).as("families with more than one rule").hasSizeGreaterThanOrEqualTo(4);
        families.values().forEach(members -> assertThat(fired).as("rules that reported").containsAll(members));
    }

    /** Places (file:line:column) with findings of two different rules of one family, and those rules. */
    static Map<String, Set<String>> sameFamilyAtOnePlace(List<Finding> findings) {
        Map<String, Map<String, Set<String>>> byPlace = new LinkedHashMap<>();
        for (Finding f : findings) {
            String place = f.file() + ":" + f.line() + ":" + f.column();
            byPlace.computeIfAbsent(place, k -> new TreeMap<>())
                    .computeIfAbsent(FAMILY.getOrDefault(f.rule(), f.rule()), k -> new TreeSet<>()).add(f.rule());
        }
        Map<String, Set<String>> clashes = new TreeMap<>();
        byPlace.forEach((place, families) -> families.forEach((family, rules) -> {
            if (rules.size() > 1) {
                clashes.put(place + " " + family, rules);
            }
        }));
        return clashes;
    }

    private static List<String> repeatedPerScript(List<Finding> findings) {
        Map<String, Long> count = findings.stream()
                .filter(f -> f.rule().equals("require-lock-timeout") || f.rule().equals("require-statement-timeout"))
                .collect(Collectors.groupingBy(f -> f.file() + " " + f.rule(), Collectors.counting()));
        return count.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
    }

    private static List<String> repeatedPerLockHold(List<Finding> findings) {
        Set<String> holds = new HashSet<>();
        List<String> repeated = new ArrayList<>();
        for (Finding f : findings) {
            if (!f.rule().equals("running-statement-while-holding-access-exclusive")) {
                continue;
            }
            Matcher m = TAKEN_AT.matcher(f.message());
            assertThat(m.find()).as("lock line in %s", f.message()).isTrue();
            String hold = f.file() + " lock at line " + m.group(1);
            if (!holds.add(hold)) {
                repeated.add(hold);
            }
        }
        return repeated;
    }

    private static MigrationGuardConfig allRulesOn(int pg, TransactionMode mode) {
        MigrationGuardConfig.Builder b = MigrationGuardConfig.builder(Path.of("/project")).pgVersion(pg)
                .transactionMode(mode).lintDown(true);
        for (RegisteredRule r : BuiltInRules.all()) {
            b.rule(r.id(), new RuleSetting(r.info().severity()));
        }
        return b.build();
    }

    private static List<SourceFile> corpus() throws Exception {
        List<SourceFile> files = new ArrayList<>();
        try (Stream<Path> paths = Files.list(CORPUS)) {
            for (Path p : paths.sorted().toList()) {
                files.add(LintTester.file(p.getFileName().toString(), Files.readString(p)));
            }
        }
        assertThat(files).as("files in %s", CORPUS).hasSizeGreaterThan(10);
        return files;
    }
}
