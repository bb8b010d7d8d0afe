package dev.migrationguard.naming;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
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
 * Reads a YAML or JSON changelog into {@link LiquibaseNode}s with SnakeYAML's node tree, which keeps where every
 * value starts. A key whose value is a scalar is an attribute; a mapping is a child; the lists under
 * {@code changes:} and {@code columns:} are the children of their element (as in XML), other lists become a child
 * named by their key that holds the items. A literal block ({@code |}) keeps its lines, so SQL written in one points
 * at its own lines of the file.
 */
final class LiquibaseYaml {

    /** Lists whose items are the element's own children, as the XML form nests them. */
    private static final Set<String> FLATTENED = Set.of("changes", "columns");

    /** The {@code databaseChangeLog} node, or a {@link LiquibaseXml.Failure} naming the line. */
    static Object read(String text) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(true);
            options.setCodePointLimit(Integer.MAX_VALUE);
            // tabs are whitespace between JSON tokens but not YAML indentation; a raw tab is not allowed inside a
            // JSON string, so a space in its place keeps every value and column
            String source = text.indexOf('\t') >= 0 && text.stripLeading().startsWith("{") ? text.replace('\t', ' ')
                    : text;
            root = new Composer(new ParserImpl(new StreamReader(new StringReader(source)), options), new Resolver(),
                    options).getSingleNode();
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            return new LiquibaseXml.Failure(m == null ? 1 : m.getLine() + 1, e.getProblem() == null ? "not valid YAML"
                    : e.getProblem());
        } catch (YAMLException e) {
            return new LiquibaseXml.Failure(1, e.getMessage() == null ? "not valid YAML" : e.getMessage());
        }
        if (!(root instanceof MappingNode map)) {
            return new LiquibaseXml.Failure(1, "the file holds no databaseChangeLog: key");
        }
        for (NodeTuple t : map.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("databaseChangeLog")) {
                return new LiquibaseYaml(lines).node("databaseChangeLog", t.getValueNode(), k.getStartMark());
            }
        }
        return new LiquibaseXml.Failure(1, "the file holds no databaseChangeLog: key");
    }

    private final String[] lines;

    private LiquibaseYaml(String[] lines) {
        this.lines = lines;
    }

    private LiquibaseNode node(String name, Node value, Mark at) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Map<String, LiquibaseNode.Text> positions = new LinkedHashMap<>();
        List<LiquibaseNode> children = new ArrayList<>();
        List<LiquibaseNode.Text> texts = new ArrayList<>();
        if (value instanceof ScalarNode s) {
            texts.add(text(s));
        } else if (value instanceof SequenceNode seq) {
            items(seq, children, texts);
        } else if (value instanceof MappingNode map) {
            for (NodeTuple t : map.getValue()) {
                if (!(t.getKeyNode() instanceof ScalarNode k)) {
                    continue;
                }
                String key = k.getValue();
                Node v = t.getValueNode();
                if (v instanceof ScalarNode s) {
                    attributes.put(key, s.getValue());
                    positions.put(key, text(s));
                } else if (v instanceof SequenceNode seq && FLATTENED.contains(key)) {
                    items(seq, children, texts);
                } else {
                    children.add(node(key, v, k.getStartMark()));
                }
            }
        }
        return new LiquibaseNode(name, attributes, List.copyOf(children), List.copyOf(texts), positions,
                at.getLine() + 1, at.getColumn() + 1);
    }

    /** A list's items: {@code - key: value} items become children named {@code key}, scalars become text. */
    private void items(SequenceNode seq, List<LiquibaseNode> children, List<LiquibaseNode.Text> texts) {
        for (Node item : seq.getValue()) {
            if (item instanceof MappingNode m && m.getValue().size() == 1
                    && m.getValue().get(0).getKeyNode() instanceof ScalarNode k) {
                children.add(node(k.getValue(), m.getValue().get(0).getValueNode(), k.getStartMark()));
            } else if (item instanceof ScalarNode s) {
                texts.add(text(s));
            } else if (item instanceof MappingNode m) {
                children.add(node("item", m, m.getStartMark()));
            }
        }
    }

    /** The value with where it stands: a literal block line by line, anything else from its first character. */
    private LiquibaseNode.Text text(ScalarNode s) {
        Mark m = s.getStartMark();
        String value = s.getValue();
        if (s.getScalarStyle() == DumperOptions.ScalarStyle.LITERAL) {
            int first = m.getLine() + 1;
            String firstLine = value.lines().findFirst().orElse("");
            // the block starts on the first line after the indicator holding its first line of text
            int line = first;
            while (line < lines.length && !firstLine.isEmpty() && !lines[line].strip().equals(firstLine.strip())
                    && lines[line].isBlank()) {
                line++;
            }
            int indent = line < lines.length ? lines[line].length() - lines[line].stripLeading().length() : 0;
            return new LiquibaseNode.Text(value, line + 1, indent + 1, true, firstLine.length(), indent);
        }
        boolean quoted = s.getScalarStyle() == DumperOptions.ScalarStyle.DOUBLE_QUOTED
                || s.getScalarStyle() == DumperOptions.ScalarStyle.SINGLE_QUOTED;
        return new LiquibaseNode.Text(value, m.getLine() + 1, m.getColumn() + 1 + (quoted ? 1 : 0), false,
                value.length(), 0);
    }
}
