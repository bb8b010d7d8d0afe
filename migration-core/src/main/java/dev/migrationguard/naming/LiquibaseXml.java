package dev.migrationguard.naming;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an XML changelog into {@link LiquibaseNode}s with the JDK's streaming parser (no DTD, no external entities).
 * Every element keeps the line and column of its {@code <}, every piece of character data the place of its first
 * character: a CDATA section's text starts after {@code <![CDATA[}, an entity such as {@code &lt;} is its own piece.
 */
final class LiquibaseXml {

    private static final XMLInputFactory FACTORY = factory();

    private LiquibaseXml() {
    }

    /** The root element, or a {@link Failure} naming the line the parser stopped at. */
    static Object read(String text) {
        int[] lineStarts = lineStarts(text);
        try {
            XMLStreamReader r = FACTORY.createXMLStreamReader(new StringReader(text));
            Deque<Builder> open = new ArrayDeque<>();
            Location previous = r.getLocation();
            LiquibaseNode root = null;
            while (r.hasNext()) {
                int event = r.next();
                int line = previous.getLineNumber();
                int column = previous.getColumnNumber();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        Map<String, String> attributes = new LinkedHashMap<>();
                        for (int i = 0; i < r.getAttributeCount(); i++) {
                            attributes.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
                        }
                        open.push(new Builder(r.getLocalName(), attributes, line, column));
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        LiquibaseNode done = open.pop().build();
                        if (open.isEmpty()) {
                            root = done;
                        } else {
                            open.peek().children.add(done);
                        }
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE,
                         XMLStreamConstants.ENTITY_REFERENCE -> {
                        if (!open.isEmpty()) {
                            open.peek().texts.add(text(text, lineStarts, r.getText(), line, column));
                        }
                    }
                    default -> {
                    }
                }
                previous = r.getLocation();
            }
            r.close();
            return root == null ? new Failure(1, "the file holds no XML element") : root;
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            String message = e.getMessage() == null ? "not well-formed XML" : e.getMessage();
            int cut = message.indexOf("Message: ");
            return new Failure(at == null ? 1 : Math.max(1, at.getLineNumber()),
                    cut >= 0 ? message.substring(cut + "Message: ".length()).strip() : message.strip());
        }
    }

    /** Why the file could not be read, and the line. */
    record Failure(int line, String message) {
    }

    private static LiquibaseNode.Text text(String file, int[] lineStarts, String value, int line, int column) {
        int at = line >= 1 && line <= lineStarts.length ? lineStarts[line - 1] + column - 1 : -1;
        if (at > 0 && at <= file.length() && file.charAt(at - 1) == '&' && !value.isEmpty()
                && (at == file.length() || file.charAt(at) != value.charAt(0))) {
            // the parser reports the text before an entity as ending after the entity's '&'
            at--;
            column--;
        }
        if (at >= 0 && file.startsWith("<![CDATA[", at)) {
            return new LiquibaseNode.Text(value, line, column + "<![CDATA[".length(), true, value.length(), 0);
        }
        if (at >= 0 && at < file.length() && file.charAt(at) == '&' && !value.startsWith("&")) {
            int end = file.indexOf(';', at);
            return new LiquibaseNode.Text(value, line, column, true, end < 0 ? value.length() : end - at + 1, 0);
        }
        return new LiquibaseNode.Text(value, line, column, true, value.length(), 0);
    }

    /** Where each line of {@code text} starts (a line ends at \n, \r\n or a lone \r). */
    static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return f;
    }

    private static final class Builder {
        final String name;
        final Map<String, String> attributes;
        final int line;
        final int column;
        final List<LiquibaseNode> children = new ArrayList<>();
        final List<LiquibaseNode.Text> texts = new ArrayList<>();

        Builder(String name, Map<String, String> attributes, int line, int column) {
            this.name = name;
            this.attributes = attributes;
            this.line = line;
            this.column = column;
        }

        LiquibaseNode build() {
            return new LiquibaseNode(name, attributes, List.copyOf(children), List.copyOf(texts), Map.of(), line,
                    column);
        }
    }
}
