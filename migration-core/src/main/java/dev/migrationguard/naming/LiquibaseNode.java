package dev.migrationguard.naming;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One element of an XML, YAML or JSON Liquibase changelog, the same shape whatever the format: {@code <createTable
 * tableName="t">} and {@code - createTable: {tableName: t}} both become a node {@code createTable} with the attribute
 * {@code tableName}. YAML lists under {@code changes:} and {@code columns:} become the node's children, as the
 * elements are in XML.
 *
 * @param name       the element or key, without an XML namespace prefix
 * @param attributes XML attributes, or the YAML keys whose values are scalars
 * @param children   nested elements in document order
 * @param texts      the element's own text (XML character data, a YAML scalar value) with where it stands
 * @param positions  for YAML scalar attributes: where each value stands (an XML attribute has none: it is never SQL)
 * @param line       1-based line where the element starts
 * @param column     1-based column where the element starts
 */
record LiquibaseNode(String name, Map<String, String> attributes, List<LiquibaseNode> children, List<Text> texts,
                     Map<String, Text> positions, int line, int column) {

    /**
     * A piece of text and the place of its first character in the file.
     *
     * @param value    the text as the changelog means it (entities decoded, YAML quoting removed)
     * @param line     1-based line of its first character
     * @param column   1-based column of its first character
     * @param verbatim its lines are the file's lines: line {@code k} of the value stands on line {@code line + k}
     *                 (XML character data, YAML literal blocks); otherwise only its start is known
     * @param width    how many characters of the file it takes when {@code verbatim} and on one line (an entity such
     *                 as {@code &lt;} takes 4 for a value of 1)
     * @param indent   for {@code verbatim} text: how many columns of the file precede its second and later lines (a
     *                 YAML block's indentation, which the value does not hold; 0 for XML)
     */
    record Text(String value, int line, int column, boolean verbatim, int width, int indent) {
    }

    /** The attribute {@code key} (any case), or null. */
    String attribute(String key) {
        String v = attributes.get(key);
        if (v != null) {
            return v;
        }
        for (Map.Entry<String, String> e : attributes.entrySet()) {
            if (e.getKey().equalsIgnoreCase(key)) {
                return e.getValue();
            }
        }
        return null;
    }

    /** True when the attribute {@code key} is {@code true} (any case). */
    boolean flag(String key) {
        String v = attribute(key);
        return v != null && v.strip().toLowerCase(Locale.ROOT).equals("true");
    }

    /** The children named {@code childName}. */
    List<LiquibaseNode> children(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).toList();
    }

    /** The first child named {@code childName}, or null. */
    LiquibaseNode child(String childName) {
        for (LiquibaseNode c : children) {
            if (c.name.equals(childName)) {
                return c;
            }
        }
        return null;
    }

    /**
     * The text the element carries under {@code key}: its own text (XML {@code <sql>...</sql>}), else the YAML
     * attribute {@code key} with its place, else the text of a child element {@code key} (XML {@code <where>}).
     * Empty when none.
     */
    List<Text> body(String key) {
        if (texts.stream().anyMatch(t -> !t.value().isBlank())) {
            return texts;
        }
        Text attribute = positions.get(key);
        if (attribute != null) {
            return List.of(attribute);
        }
        LiquibaseNode c = child(key);
        return c == null ? List.of() : c.texts;
    }

    /** The body as one string (see {@link #body}), stripped; null when there is none. */
    String bodyString(String key) {
        StringBuilder b = new StringBuilder();
        for (Text t : body(key)) {
            b.append(t.value());
        }
        String s = b.toString().strip();
        return s.isEmpty() ? null : s;
    }
}
