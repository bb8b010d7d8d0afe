package dev.migrationguard.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.migrationguard.lint.BuiltInRules;
import dev.migrationguard.lint.Finding;
import dev.migrationguard.lint.LintResult;
import dev.migrationguard.lint.RegisteredRule;
import dev.migrationguard.lint.RuleDocs;
import dev.migrationguard.lint.RuleInfo;
import dev.migrationguard.lint.Severity;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * SARIF 2.1.0 for code scanning (GitHub and others): one run whose tool lists every rule (id, name, short
 * description, help: the URI {@code <docsBaseUrl><id>.md} when configured, else the rule's bundled page itself,
 * default level), and one result per finding with its level,
 * message and physical location. Locations are relative to the repository root ({@code %SRCROOT%}); a finding about
 * a whole file points at its first line, since code scanning needs a line to show a result on.
 */
public final class SarifRenderer implements Renderer {

    static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/"
            + "sarif-schema-2.1.0.json";
    static final String SOURCE_ROOT = "%SRCROOT%";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final RenderOptions options;

    public SarifRenderer(RenderOptions options) {
        this.options = options;
    }

    public SarifRenderer() {
        this(RenderOptions.defaults());
    }

    @Override
    public String render(LintResult result) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "Migration Guard");
        String version = SarifRenderer.class.getPackage().getImplementationVersion();
        if (version != null) {
            driver.put("semanticVersion", version);
        }
        if (options.docsBaseUrl() != null) {
            driver.put("informationUri", options.docsBaseUrl() + "README.md");
        }
        ArrayNode rules = driver.putArray("rules");
        Map<String, Integer> index = new LinkedHashMap<>();
        for (RegisteredRule r : BuiltInRules.all()) {
            index.put(r.id(), index.size());
            rule(rules.addObject(), r.info());
        }
        // findings of rules outside the built-in list still get a descriptor, so every result has a rule
        for (Finding f : result.findings()) {
            if (!index.containsKey(f.rule())) {
                index.put(f.rule(), index.size());
                ObjectNode n = rules.addObject();
                n.put("id", f.rule());
                n.put("name", name(f.rule()));
                n.putObject("shortDescription").put("text", f.rule());
                if (options.docsUrl(f.rule()) != null) {
                    n.put("helpUri", options.docsUrl(f.rule()));
                }
            }
        }
        ArrayNode results = run.putArray("results");
        for (Finding f : result.findings()) {
            result(results.addObject(), f, index.get(f.rule()));
        }
        run.put("columnKind", "unicodeCodePoints");
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void rule(ObjectNode n, RuleInfo info) {
        n.put("id", info.id());
        n.put("name", name(info.id()));
        n.putObject("shortDescription").put("text", info.summary());
        String url = options.docsUrl(info.id());
        ObjectNode help = n.putObject("help");
        if (url != null) {
            n.put("helpUri", url);
            help.put("text", sentence(info.summary()) + " See " + url);
            help.put("markdown", Md.text(sentence(info.summary())) + " See [" + info.id() + "](" + url + ").");
        } else {
            // no published docs: the page itself, as bundled with the tool, so code scanning shows it offline
            help.put("text", sentence(info.summary()) + " Run " + options.reference(info.id())
                    + " for the rule's page.");
            help.put("markdown", RuleDocs.page(info.id()).orElse(Md.text(sentence(info.summary()))));
        }
        ObjectNode config = n.putObject("defaultConfiguration");
        config.put("level", level(info.severity()));
        if (!info.enabledByDefault()) {
            config.put("enabled", false);
        }
        n.putObject("properties").put("risk", info.risk().label());
    }

    private void result(ObjectNode n, Finding f, int ruleIndex) {
        n.put("ruleId", f.rule());
        n.put("ruleIndex", ruleIndex);
        n.put("level", level(f.severity()));
        String help = f.help() == null || f.help().isBlank() ? "" : "\nHelp: " + f.help();
        n.putObject("message").put("text", f.message() + help);
        ObjectNode physical = n.putArray("locations").addObject().putObject("physicalLocation");
        artifact(physical.putObject("artifactLocation"), f.file());
        ObjectNode region = physical.putObject("region");
        region.put("startLine", Math.max(1, f.line()));
        if (f.line() > 0 && f.column() > 0) {
            region.put("startColumn", f.column());
        }
        n.putObject("properties").put("risk", f.risk().label());
    }

    /** A path relative to the repository root with {@code %SRCROOT%}, or a {@code file:} URI for an absolute one. */
    private void artifact(ObjectNode n, String file) {
        String path = file.replace('\\', '/');
        if (path.startsWith("/") || Path.of(file).isAbsolute()) {
            n.put("uri", Path.of(file).toUri().toASCIIString());
            return;
        }
        n.put("uri", relativeUri(options.sourcePrefix() + path));
        n.put("uriBaseId", SOURCE_ROOT);
    }

    /** {@code path} as a relative URI reference: percent-encoded, never read as a scheme. */
    static String relativeUri(String path) {
        String p = path;
        int colon = p.indexOf(':');
        int slash = p.indexOf('/');
        if (colon >= 0 && (slash < 0 || colon < slash)) {
            p = "./" + p;
        }
        try {
            return new URI(null, null, p, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a path: " + path, e);
        }
    }

    private static String sentence(String s) {
        return s.endsWith(".") ? s : s + ".";
    }

    /** {@code error}, {@code warning} or {@code note}. */
    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** {@code ban-drop-column} as {@code BanDropColumn}. */
    static String name(String id) {
        StringBuilder b = new StringBuilder();
        for (String part : id.split("-")) {
            if (!part.isEmpty()) {
                b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return b.toString();
    }
}
