package dev.migrationguard.hooks;

import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.config.RuleSetting;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes the lint part of an effective configuration as {@code .migration-guard.yml}-compatible YAML, so the hook can
 * read it back with the same reader as the configuration file. Database settings (URL, user, password, server
 * credentials) are never written.
 */
final class LintConfigYaml {

    private LintConfigYaml() {
    }

    /** The YAML text; reading it onto a builder for the same project gives the same lint configuration. */
    static String write(MigrationGuardConfig config) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("locations", config.locations());
        root.put("naming", config.namingScheme() == null ? "auto" : config.namingScheme().configName());
        root.put("requireDown", config.requireDown().name().toLowerCase(java.util.Locale.ROOT));
        root.put("pgVersion", String.valueOf(config.pgVersion()));
        root.put("placeholders", new TreeMap<>(config.placeholders()));
        root.put("placeholderReplacement", String.valueOf(config.placeholderReplacement()));
        Map<String, String> rules = new TreeMap<>();
        for (Map.Entry<String, RuleSetting> e : config.rules().entrySet()) {
            rules.put(e.getKey(), e.getValue().toString());
        }
        root.put("rules", rules);
        root.put("lintDown", String.valueOf(config.lintDown()));
        root.put("failOn", config.failOn().label());
        if (config.base() != null) {
            root.put("base", config.base());
        }
        if (config.adoption().since() != null) {
            root.put("since", config.adoption().since());
        }
        root.put("baseline", config.adoption().baselineFile().toAbsolutePath().toString());
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setDefaultScalarStyle(DumperOptions.ScalarStyle.DOUBLE_QUOTED);
        options.setLineBreak(DumperOptions.LineBreak.UNIX);
        return "# Effective lint configuration recorded by mvn db:install-hook; regenerated on every install.\n"
                + new Yaml(options).dump(root);
    }
}
