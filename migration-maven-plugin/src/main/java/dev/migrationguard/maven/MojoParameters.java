package dev.migrationguard.maven;

import java.nio.file.Path;
import java.util.List;

/**
 * The values a user gave as mojo parameters ({@code <configuration>} or {@code -Ddb.*}). A null component means
 * "not given": the configuration file or the engine default decides.
 *
 * @param locations  migration directories; null or empty when not given
 * @param failOn     {@code error|warning|info|never}
 * @param format     {@code text|json|sarif|markdown|junit}
 * @param pgVersion  PostgreSQL major version, e.g. {@code 16}
 * @param lintDown   also run the risk rules on down scripts
 * @param naming     {@code auto} or a naming scheme such as {@code flyway}
 * @param configFile an explicit configuration file; null to look for {@code .migration-guard.yml}
 * @param docsBaseUrl the base URL of the rule pages reports link to
 * @param base       the Git ref the history checks compare with ({@code db.base}), e.g. {@code origin/main}
 * @param since      migrations at or below this version are history ({@code db.since})
 * @param updateBaseline write the findings to the findings baseline ({@code db.updateBaseline})
 * @param emptyDown  what an empty down script means, {@code noop|error} ({@code db.emptyDown})
 */
public record MojoParameters(List<String> locations, String failOn, String format, String pgVersion,
                             Boolean lintDown, String naming, Path configFile, String docsBaseUrl, String base,
                             String since, Boolean updateBaseline, String emptyDown) {

    /** Parameters without {@code db.emptyDown}. */
    public MojoParameters(List<String> locations, String failOn, String format, String pgVersion, Boolean lintDown,
                          String naming, Path configFile, String docsBaseUrl, String base, String since,
                          Boolean updateBaseline) {
        this(locations, failOn, format, pgVersion, lintDown, naming, configFile, docsBaseUrl, base, since,
                updateBaseline, null);
    }

    /** Parameters without adoption settings. */
    public MojoParameters(List<String> locations, String failOn, String format, String pgVersion, Boolean lintDown,
                          String naming, Path configFile, String docsBaseUrl, String base) {
        this(locations, failOn, format, pgVersion, lintDown, naming, configFile, docsBaseUrl, base, null, null);
    }

    /** Parameters without a base. */
    public MojoParameters(List<String> locations, String failOn, String format, String pgVersion, Boolean lintDown,
                          String naming, Path configFile, String docsBaseUrl) {
        this(locations, failOn, format, pgVersion, lintDown, naming, configFile, docsBaseUrl, null);
    }

    /** No parameter given. */
    public static MojoParameters none() {
        return new MojoParameters(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** A copy with the parameters only the lint goal has. */
    public MojoParameters withLintParameters(String failOn, String format, Boolean lintDown) {
        return new MojoParameters(locations, failOn, format, pgVersion, lintDown, naming, configFile, docsBaseUrl,
                base, since, updateBaseline, emptyDown);
    }

    /** A copy with the rule pages' base URL of the goals that write reports. */
    public MojoParameters withDocsBaseUrl(String url) {
        return new MojoParameters(locations, failOn, format, pgVersion, lintDown, naming, configFile, url, base, since,
                updateBaseline, emptyDown);
    }

    /** A copy with {@code db.base} (the lint goal and the hook installer have it). */
    public MojoParameters withBase(String base) {
        return new MojoParameters(locations, failOn, format, pgVersion, lintDown, naming, configFile, docsBaseUrl,
                base, since, updateBaseline, emptyDown);
    }

    /** A copy with {@code db.since} and {@code db.updateBaseline} (how a project adopts the lint). */
    public MojoParameters withAdoption(String since, Boolean updateBaseline) {
        return new MojoParameters(locations, failOn, format, pgVersion, lintDown, naming, configFile, docsBaseUrl,
                base, since, updateBaseline, emptyDown);
    }

    /** A copy with {@code db.emptyDown}. */
    public MojoParameters withEmptyDown(String value) {
        return new MojoParameters(locations, failOn, format, pgVersion, lintDown, naming, configFile, docsBaseUrl,
                base, since, updateBaseline, value);
    }
}
