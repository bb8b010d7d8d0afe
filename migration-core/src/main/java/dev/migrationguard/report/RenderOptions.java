package dev.migrationguard.report;

import dev.migrationguard.config.MigrationGuardConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * How a renderer writes: colours for the terminal, where rule pages are linked, where paths are anchored.
 *
 * @param color          ANSI colours (text format only)
 * @param docsBaseUrl    the base URL of the rule pages, ending with {@code /}: a rule's page is
 *                       {@code <docsBaseUrl><rule-id>.md}
 * @param sourcePrefix   the project directory relative to the repository root, {@code /}-separated and ending with
 *                       {@code /} (empty when the project is the repository root or no repository was found): SARIF
 *                       locations are relative to the repository root, as code scanning expects
 * @param markdownLimit  the most characters the Markdown report may have
 * @param explainCommand what prints a rule's page offline, followed by the rule id: {@code migration-guard explain }
 *                       on the command line, {@code mvn db:explain -Drule=} in Maven's log; reports name it where no
 *                       {@code docsBaseUrl} is configured
 */
public record RenderOptions(boolean color, String docsBaseUrl, String sourcePrefix, int markdownLimit,
                            String explainCommand) {

    /** The command line's explain command, followed by a rule id. */
    public static final String CLI_EXPLAIN = "migration-guard explain ";

    /** The Maven goal that explains a rule, followed by a rule id. */
    public static final String MAVEN_EXPLAIN = "mvn db:explain -Drule=";

    /** Under the 65,536 characters of a pull-request comment, with room for a header a workflow adds. */
    public static final int MARKDOWN_LIMIT = 60_000;

    public RenderOptions {
        Objects.requireNonNull(explainCommand, "explainCommand");
        docsBaseUrl = docsBaseUrl == null || docsBaseUrl.endsWith("/") ? docsBaseUrl : docsBaseUrl + "/";
        sourcePrefix = sourcePrefix == null || sourcePrefix.isEmpty() ? ""
                : sourcePrefix.endsWith("/") ? sourcePrefix : sourcePrefix + "/";
    }

    /**
     * No colours, no docs URL (the command line's explain command instead), paths relative to the project directory,
     * the default Markdown limit.
     */
    public static RenderOptions defaults() {
        return new RenderOptions(false, null, "", MARKDOWN_LIMIT, CLI_EXPLAIN);
    }

    /** The options a configuration asks for: its docs URL and its project directory's place in its repository. */
    public static RenderOptions of(MigrationGuardConfig config, boolean color) {
        return new RenderOptions(color, config.docsBaseUrl(), sourcePrefixOf(config.projectDir()), MARKDOWN_LIMIT,
                CLI_EXPLAIN);
    }

    public RenderOptions withColor(boolean on) {
        return new RenderOptions(on, docsBaseUrl, sourcePrefix, markdownLimit, explainCommand);
    }

    public RenderOptions withMarkdownLimit(int limit) {
        return new RenderOptions(color, docsBaseUrl, sourcePrefix, limit, explainCommand);
    }

    public RenderOptions withSourcePrefix(String prefix) {
        return new RenderOptions(color, docsBaseUrl, prefix, markdownLimit, explainCommand);
    }

    public RenderOptions withExplainCommand(String command) {
        return new RenderOptions(color, docsBaseUrl, sourcePrefix, markdownLimit, command);
    }

    /** The web page of rule {@code ruleId}, or null when no {@code docsBaseUrl} is configured. */
    public String docsUrl(String ruleId) {
        return docsBaseUrl == null ? null : docsBaseUrl + ruleId + ".md";
    }

    /** Where a reader finds the rule's page: its web page when configured, else the command that prints it. */
    public String reference(String ruleId) {
        return docsBaseUrl == null ? explainCommand + ruleId : docsUrl(ruleId);
    }

    /**
     * The project directory relative to the repository it is in (the nearest parent holding {@code .git}), e.g.
     * {@code services/billing/}; empty when it is the repository root or not in a repository.
     */
    public static String sourcePrefixOf(Path projectDir) {
        Path dir = projectDir.toAbsolutePath().normalize();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.exists(d.resolve(".git"))) {
                String rel = d.relativize(dir).toString().replace('\\', '/');
                return rel.isEmpty() ? "" : rel + "/";
            }
        }
        return "";
    }
}
