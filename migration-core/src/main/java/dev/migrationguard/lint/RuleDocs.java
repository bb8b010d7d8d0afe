package dev.migrationguard.lint;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * The rule pages ({@code docs/rules/<id>.md}) as the build bundles them in the engine's jar, so a rule is explained
 * without a network ({@code migration-guard explain <id>}, {@code mvn db:explain -Drule=<id>}).
 */
public final class RuleDocs {

    private static final String PAGES = "/dev/migrationguard/docs/rules/";

    private RuleDocs() {
    }

    /** The page of a built-in rule, empty when {@code ruleId} names no rule. */
    public static Optional<String> page(String ruleId) {
        if (ruleId == null || !BuiltInRules.ids().contains(ruleId)) {
            return Optional.empty();
        }
        return read(PAGES + ruleId + ".md");
    }

    /** The list of rules ({@code docs/rules/README.md}). */
    public static Optional<String> index() {
        return read(PAGES + "README.md");
    }

    /** Rule ids that look like {@code text}: containing it, or at most three edits away; at most five. */
    public static List<String> near(String text) {
        String t = text == null ? "" : text.toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (String id : BuiltInRules.ids().stream().sorted().toList()) {
            if (!t.isEmpty() && (id.contains(t) || distance(id, t) <= 3)) {
                out.add(id);
            }
        }
        return out.size() > 5 ? out.subList(0, 5) : out;
    }

    /** The engine's version, as the build wrote it. */
    public static String version() {
        try (InputStream in = RuleDocs.class.getResourceAsStream("/dev/migrationguard/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static Optional<String> read(String resource) {
        try (InputStream in = RuleDocs.class.getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource + " from the jar", e);
        }
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
        }
        return prev[b.length()];
    }
}
