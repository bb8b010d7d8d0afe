package dev.migrationguard.report;

import dev.migrationguard.lint.Finding;
import dev.migrationguard.lint.LintResult;
import dev.migrationguard.lint.Severity;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * JUnit XML for CI dashboards: one test suite, one test case per migration (named by its file, its class the
 * file's directory with dots), failing when the migration has error findings. The failure lists the error findings;
 * warnings and infos go to the test case's {@code system-out}. A deleted migration is a skipped test case.
 */
public final class JunitRenderer implements Renderer {

    static final String SUITE = "Migration Guard";

    private final RenderOptions options;

    public JunitRenderer(RenderOptions options) {
        this.options = options;
    }

    public JunitRenderer() {
        this(RenderOptions.defaults());
    }

    @Override
    public String render(LintResult result) {
        return render(ReportInput.of(result));
    }

    @Override
    public String render(ReportInput input) {
        ReportModel model = ReportModel.of(input);
        Document doc;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(javax.xml.XMLConstants.FEATURE_SECURE_PROCESSING, true);
            doc = factory.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no XML document builder", e);
        }
        TextRenderer text = new TextRenderer(options.withColor(false));
        Element suites = doc.createElement("testsuites");
        doc.appendChild(suites);
        Element suite = doc.createElement("testsuite");
        suites.appendChild(suite);
        int tests = 0;
        int failures = 0;
        int skipped = 0;
        for (MigrationEntry e : model.shown()) {
            tests++;
            Element testCase = doc.createElement("testcase");
            testCase.setAttribute("name", clean(e.fileName()));
            testCase.setAttribute("classname", clean(className(e.path())));
            testCase.setAttribute("file", clean(e.path()));
            testCase.setAttribute("time", "0");
            suite.appendChild(testCase);
            List<Finding> errors = e.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
            List<Finding> others = e.findings().stream().filter(f -> f.severity() != Severity.ERROR).toList();
            if (!errors.isEmpty()) {
                failures++;
                Set<String> rules = new LinkedHashSet<>();
                errors.forEach(f -> rules.add(f.rule()));
                Element failure = doc.createElement("failure");
                failure.setAttribute("message", clean(errors.size() + (errors.size() == 1 ? " error: " : " errors: ")
                        + String.join(", ", rules)));
                failure.setAttribute("type", clean(String.join(",", rules)));
                failure.setTextContent(clean(lines(text, errors)));
                testCase.appendChild(failure);
            } else if (e.change() == ChangeKind.DELETED && e.up() == null) {
                skipped++;
                Element skip = doc.createElement("skipped");
                skip.setAttribute("message", "deleted");
                testCase.appendChild(skip);
            }
            if (!others.isEmpty()) {
                Element out = doc.createElement("system-out");
                out.setTextContent(clean(lines(text, others)));
                testCase.appendChild(out);
            }
        }
        for (Element el : List.of(suites, suite)) {
            el.setAttribute("name", SUITE);
            el.setAttribute("tests", Integer.toString(tests));
            el.setAttribute("failures", Integer.toString(failures));
            el.setAttribute("errors", "0");
            el.setAttribute("skipped", Integer.toString(skipped));
            el.setAttribute("time", "0");
        }
        try {
            TransformerFactory tf = TransformerFactory.newInstance();
            tf.setFeature(javax.xml.XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Transformer t = tf.newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.setOutputProperty(OutputKeys.INDENT, "yes");
            t.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            StringWriter w = new StringWriter();
            t.transform(new DOMSource(doc), new StreamResult(w));
            String xml = w.toString();
            return xml.endsWith("\n") ? xml : xml + "\n";
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot write the JUnit XML", e);
        }
    }

    private String lines(TextRenderer text, List<Finding> findings) {
        List<String> out = new ArrayList<>();
        for (Finding f : findings) {
            out.add(text.findingLine(f));
            out.add("  help: " + f.help() + " (" + options.reference(f.rule()) + ")");
        }
        return String.join("\n", out);
    }

    /** {@code src/main/resources/db/migration/V1__a.sql} as {@code src.main.resources.db.migration}. */
    static String className(String path) {
        int i = path.lastIndexOf('/');
        return i <= 0 ? "migrations" : path.substring(0, i).replace('/', '.');
    }

    /** Drops the characters XML 1.0 cannot hold, even escaped (control characters other than tab and newlines). */
    static String clean(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            boolean ok = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
            b.appendCodePoint(ok ? c : 0xFFFD);
        });
        return b.toString();
    }
}
