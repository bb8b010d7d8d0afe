package dev.migrationguard.config;

import dev.migrationguard.naming.DownPolicy;
import dev.migrationguard.naming.NamingScheme;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads {@code .migration-guard.yml} onto a {@link MigrationGuardConfig.Builder}. Unknown keys and bad values are
 * reported as {@link ConfigProblem}s naming the key and the line; valid keys are still applied.
 */
public final class ConfigFile {

    /** The keys this file understands, for messages. */
    public static final List<String> KEYS = List.of("locations", "naming", "requireDown", "pgVersion",
            "placeholders", "placeholderReplacement", "rules", "lintDown", "parseCheck", "failOn", "format",
            "docsBaseUrl",            "transactionMode", "emptyDown", "lockTimeout", "statementTimeout", "url", "user", "schema", "table",
            "lockWaitSeconds", "connectTimeoutSeconds", "mixed", "outOfOrder", "fastCommit", "base", "since", "baseline", "drift");

    private final String displayName;
    private final Set<String> knownRuleIds;
    private final List<ConfigProblem> problems = new ArrayList<>();

    private ConfigFile(String displayName, Set<String> knownRuleIds) {
        this.displayName = displayName;
        this.knownRuleIds = knownRuleIds;
    }

    /**
     * Walks up from {@code start} to the file system root looking for {@value MigrationGuardConfig#FILE_NAME}.
     */
    public static Optional<Path> find(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(MigrationGuardConfig.FILE_NAME);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * Applies the file onto {@code builder}.
     *
     * @return the problems found; empty when the file is fine
     */
    public static List<ConfigProblem> apply(Path file, MigrationGuardConfig.Builder builder, Set<String> knownRuleIds) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return List.of(new ConfigProblem(file.toString(), 0, "(file)",
                    "cannot read the configuration file: " + e.getMessage()));
        }
        return apply(file.toString(), text, builder, knownRuleIds);
    }

    /** Applies YAML {@code text} (named {@code displayName} in messages) onto {@code builder}. */
    public static List<ConfigProblem> apply(String displayName, String text, MigrationGuardConfig.Builder builder,
                                            Set<String> knownRuleIds) {
        ConfigFile reader = new ConfigFile(displayName, knownRuleIds);
        reader.read(new StringReader(text), builder);
        return List.copyOf(reader.problems);
    }

    private void read(Reader reader, MigrationGuardConfig.Builder b) {
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setMaxAliasesForCollections(10);
            // the node tree only, so no object constructor is set up (what new Yaml(options).compose does besides)
            root = new Composer(new ParserImpl(new StreamReader(reader), options), new Resolver(), options)
                    .getSingleNode();
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            problems.add(new ConfigProblem(displayName, line, "(yaml)", "not valid YAML: " + e.getProblem()));
            return;
        } catch (YAMLException e) {
            problems.add(new ConfigProblem(displayName, 0, "(yaml)", "not valid YAML: " + e.getMessage()));
            return;
        }
        if (root == null) {
            return; // empty file: defaults
        }
        if (!(root instanceof MappingNode map)) {
            problems.add(new ConfigProblem(displayName, line(root), "(top level)",
                    "expected keys such as 'locations:' and 'rules:', found " + describe(root)));
            return;
        }
        for (NodeTuple t : map.getValue()) {
            String key = scalar(t.getKeyNode());
            if (key == null) {
                problems.add(new ConfigProblem(displayName, line(t.getKeyNode()), "(key)", "keys must be plain words"));
                continue;
            }
            applyKey(key, line(t.getKeyNode()), t.getValueNode(), b);
        }
    }

    private void applyKey(String key, int keyLine, Node value, MigrationGuardConfig.Builder b) {
        switch (key) {
            case "locations" -> {
                List<String> list = stringList(key, value);
                if (list != null) {
                    if (list.isEmpty()) {
                        bad(key, value, "give at least one directory");
                    } else {
                        b.locations(list);
                    }
                }
            }
            case "naming" -> {
                String s = string(key, value);
                if (s != null) {
                    if (s.equalsIgnoreCase("auto")) {
                        b.namingScheme(null);
                    } else {
                        NamingScheme scheme = NamingScheme.fromConfigName(s);
                        if (scheme == null) {
                            bad(key, value, "unknown naming scheme '" + s + "'; use auto, " + schemes());
                        } else {
                            b.namingScheme(scheme);
                        }
                    }
                }
            }
            case "requireDown" -> {
                String s = string(key, value);
                if (s != null) {
                    DownPolicy p = parseEnum(DownPolicy.class, s);
                    if (p == null) {
                        bad(key, value, "expected auto, always or never, found '" + s + "'");
                    } else {
                        b.requireDown(p);
                    }
                }
            }
            case "pgVersion" -> {
                String s = string(key, value);
                if (s != null) {
                    Integer v = PgVersions.parse(s);
                    if (v == null) {
                        bad(key, value, "expected a PostgreSQL major version from " + PgVersions.MIN + " to "
                                + PgVersions.MAX + ", found '" + s + "'");
                    } else {
                        b.pgVersion(v);
                    }
                }
            }
            case "placeholders" -> {
                Map<String, String> m = stringMap(key, value);
                if (m != null) {
                    b.placeholders(m);
                }
            }
            case "placeholderReplacement" -> bool(key, value, b::placeholderReplacement);
            case "lintDown" -> bool(key, value, b::lintDown);
            case "parseCheck" -> bool(key, value, b::parseCheck);
            case "rules" -> rules(value, b);
            case "failOn" -> {
                String s = string(key, value);
                if (s != null) {
                    FailOn f = FailOn.parse(s);
                    if (f == null) {
                        bad(key, value, "expected error, warning, info or never, found '" + s + "'");
                    } else {
                        b.failOn(f);
                    }
                }
            }
            case "format" -> {
                String s = string(key, value);
                if (s != null) {
                    b.format(s.toLowerCase(Locale.ROOT));
                }
            }
            case "docsBaseUrl" -> {
                String s = string(key, value);
                if (s != null) {
                    if (DocsBaseUrl.valid(s)) {
                        b.docsBaseUrl(s.trim());
                    } else {
                        bad(key, value, DocsBaseUrl.PROBLEM + ", found '" + s + "'");
                    }
                }
            }
            case "transactionMode" -> {
                String s = string(key, value);
                if (s != null) {
                    TransactionMode m = TransactionMode.parse(s);
                    if (m == null) {
                        bad(key, value, "expected per-migration or none, found '" + s + "'");
                    } else {
                        b.transactionMode(m);
                    }
                }
            }
            case "emptyDown" -> {
                String s = string(key, value);
                if (s != null) {
                    EmptyDown d = EmptyDown.parse(s);
                    if (d == null) {
                        bad(key, value, "expected noop or error, found '" + s + "'");
                    } else {
                        b.emptyDown(d);
                    }
                }
            }
            case "lockTimeout" -> {
                String s = string(key, value);
                if (s != null) {
                    b.lockTimeout(s);
                }
            }
            case "statementTimeout" -> {
                String s = string(key, value);
                if (s != null) {
                    b.statementTimeout(s);
                }
            }
            case "url" -> {
                String s = string(key, value);
                if (s != null) {
                    b.dbUrl(s);
                }
            }
            case "user" -> {
                String s = string(key, value);
                if (s != null) {
                    b.dbUser(s);
                }
            }
            case "password" -> problems.add(new ConfigProblem(displayName, keyLine, key,
                    "passwords do not belong in a committed file; use db.password, db.serverId (settings.xml) or "
                            + "the DATABASE_URL environment variable"));
            case "schema" -> {
                String s = string(key, value);
                if (s != null) {
                    b.historySchema(s);
                }
            }
            case "table" -> {
                String s = string(key, value);
                if (s != null) {
                    b.historyTable(s);
                }
            }
            case "lockWaitSeconds" -> seconds(key, value, b::lockWaitSeconds);
            case "connectTimeoutSeconds" -> seconds(key, value, b::connectTimeoutSeconds);
            case "mixed" -> bool(key, value, b::allowMixed);
            case "outOfOrder" -> bool(key, value, b::outOfOrder);
            case "fastCommit" -> bool(key, value, b::fastCommit);
            case "base" -> {
                String s = string(key, value);
                if (s != null) {
                    if (s.startsWith("-") || s.chars().anyMatch(Character::isWhitespace)) {
                        bad(key, value, "expected a Git ref such as origin/main, found '" + s + "'");
                    } else {
                        b.base(s);
                    }
                }
            }
            case "since" -> {
                String s = string(key, value);
                if (s != null) {
                    if (dev.migrationguard.naming.MigrationVersion.parseHorizon(s) == null) {
                        bad(key, value, "expected a migration version such as 2.43, V2_43 or 20240826120919, found '"
                                + s + "'");
                    } else {
                        b.since(s);
                    }
                }
            }
            case "baseline" -> {
                String s = string(key, value);
                if (s != null) {
                    b.baselineFile(java.nio.file.Path.of(s));
                }
            }
            case "drift" -> drift(value, b);
            default -> problems.add(new ConfigProblem(displayName, keyLine, key,
                    "unknown key; known keys are " + String.join(", ", KEYS)));
        }
    }

    /** {@code drift:} with {@code ignore:}, a list of object patterns such as {@code index:*_tmp}. */
    private void drift(Node value, MigrationGuardConfig.Builder b) {
        if (!(value instanceof MappingNode map)) {
            bad("drift", value, "expected 'ignore:' with a list of object patterns such as index:*_tmp");
            return;
        }
        for (NodeTuple t : map.getValue()) {
            String sub = scalar(t.getKeyNode());
            if (!"ignore".equals(sub)) {
                problems.add(new ConfigProblem(displayName, line(t.getKeyNode()), "drift." + sub,
                        "unknown key; drift knows ignore"));
                continue;
            }
            List<String> patterns = new ArrayList<>();
            Node list = t.getValueNode();
            List<Node> items = list instanceof SequenceNode seq ? seq.getValue() : List.of(list);
            boolean fine = true;
            for (Node n : items) {
                String s = scalar(n);
                if (s == null || s.isBlank()) {
                    bad("drift.ignore", n, "expected an object pattern such as index:*_tmp, found " + describe(n));
                    fine = false;
                    continue;
                }
                try {
                    dev.migrationguard.db.drift.ObjectPattern.parse(s);
                    patterns.add(s.strip());
                } catch (IllegalArgumentException e) {
                    bad("drift.ignore", n, e.getMessage());
                    fine = false;
                }
            }
            if (fine) {
                b.driftIgnore(patterns);
            }
        }
    }

    private void rules(Node value, MigrationGuardConfig.Builder b) {
        if (!(value instanceof MappingNode map)) {
            bad("rules", value, "expected one 'rule-id: off|error|warning|info' per line");
            return;
        }
        for (NodeTuple t : map.getValue()) {
            String id = scalar(t.getKeyNode());
            String key = "rules." + id;
            if (id == null || !knownRuleIds.contains(id)) {
                problems.add(new ConfigProblem(displayName, line(t.getKeyNode()), key,
                        "unknown rule id; see docs/rules/README.md for the list"));
                continue;
            }
            String s = scalar(t.getValueNode());
            RuleSetting setting = RuleSetting.parse(s);
            if (setting == null) {
                bad(key, t.getValueNode(), "expected off, error, warning or info, found " + describe(t.getValueNode()));
            } else {
                b.rule(id, setting);
            }
        }
    }

    private void bool(String key, Node value, java.util.function.Consumer<Boolean> setter) {
        String s = string(key, value);
        if (s == null) {
            return;
        }
        if (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("yes") || s.equalsIgnoreCase("on")) {
            setter.accept(true);
        } else if (s.equalsIgnoreCase("false") || s.equalsIgnoreCase("no") || s.equalsIgnoreCase("off")) {
            setter.accept(false);
        } else {
            bad(key, value, "expected true or false, found '" + s + "'");
        }
    }

    private void seconds(String key, Node value, java.util.function.IntConsumer setter) {
        String s = string(key, value);
        if (s == null) {
            return;
        }
        try {
            int n = Integer.parseInt(s);
            if (n < 0) {
                throw new NumberFormatException();
            }
            setter.accept(n);
        } catch (NumberFormatException e) {
            bad(key, value, "expected a whole number of seconds, found '" + s + "'");
        }
    }

    private String string(String key, Node value) {
        String s = scalar(value);
        if (s == null || s.isBlank()) {
            bad(key, value, "expected a value, found " + describe(value));
            return null;
        }
        return s.trim();
    }

    private List<String> stringList(String key, Node value) {
        if (value instanceof ScalarNode) {
            String s = string(key, value);
            return s == null ? null : List.of(s);
        }
        if (!(value instanceof SequenceNode seq)) {
            bad(key, value, "expected a list of directories, found " + describe(value));
            return null;
        }
        List<String> out = new ArrayList<>();
        for (Node n : seq.getValue()) {
            String s = scalar(n);
            if (s == null || s.isBlank()) {
                bad(key, n, "expected a directory, found " + describe(n));
                return null;
            }
            out.add(s.trim());
        }
        return out;
    }

    private Map<String, String> stringMap(String key, Node value) {
        if (!(value instanceof MappingNode map)) {
            bad(key, value, "expected 'name: value' lines, found " + describe(value));
            return null;
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (NodeTuple t : map.getValue()) {
            String k = scalar(t.getKeyNode());
            String v = scalar(t.getValueNode());
            if (k == null || v == null) {
                bad(key + "." + k, t.getValueNode(), "expected a plain value, found " + describe(t.getValueNode()));
                continue;
            }
            out.put(k, v);
        }
        return out;
    }

    private void bad(String key, Node node, String message) {
        problems.add(new ConfigProblem(displayName, line(node), key, message));
    }

    private static String scalar(Node n) {
        return n instanceof ScalarNode s ? s.getValue() : null;
    }

    private static int line(Node n) {
        return n == null || n.getStartMark() == null ? 0 : n.getStartMark().getLine() + 1;
    }

    private static String describe(Node n) {
        if (n instanceof ScalarNode s) {
            return s.getValue().isEmpty() ? "nothing" : "'" + s.getValue() + "'";
        }
        if (n instanceof SequenceNode) {
            return "a list";
        }
        if (n instanceof MappingNode) {
            return "nested keys";
        }
        return "nothing";
    }

    private static String schemes() {
        StringBuilder b = new StringBuilder();
        for (NamingScheme s : NamingScheme.values()) {
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append(s.configName());
        }
        return b.toString();
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String s) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(s.replace('-', '_'))) {
                return e;
            }
        }
        return null;
    }
}
