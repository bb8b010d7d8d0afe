package dev.migrationguard.report;

import static dev.migrationguard.report.Project.path;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The JUnit XML, parsed back as a CI dashboard would. */
class JunitRendererTest {

    @TempDir
    Path dir;

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static Element testCase(Document doc, String name) {
        NodeList cases = doc.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            Element e = (Element) cases.item(i);
            if (e.getAttribute("name").equals(name)) {
                return e;
            }
        }
        throw new AssertionError("no test case " + name);
    }

    private Project project() {
        return new Project(dir)
                .file("V1__users.sql", "CREATE TABLE users (id bigint PRIMARY KEY, email text, name varchar(50));\n")
                .file("V2__drop_email.sql", "ALTER TABLE users DROP COLUMN email;\n")
                // a control character from a broken file must not make the XML unreadable
                .file("V3__odd.sql", "SELECT 'bell\u0007' ;\nALTER TABLE users DROP COLUMN name;\n");
    }

    @Test
    void oneTestCasePerMigrationFailingOnErrors() throws Exception {
        Document doc = parse(new JunitRenderer().render(project().lint()));

        Element suites = doc.getDocumentElement();
        assertThat(suites.getTagName()).isEqualTo("testsuites");
        Element suite = (Element) suites.getElementsByTagName("testsuite").item(0);
        assertThat(suite.getAttribute("tests")).isEqualTo("3");
        assertThat(suite.getAttribute("failures")).isEqualTo("2");
        assertThat(doc.getElementsByTagName("testcase").getLength()).isEqualTo(3);

        Element users = testCase(doc, "V1__users.sql");
        assertThat(users.getAttribute("classname")).isEqualTo("src.main.resources.db.migration");
        assertThat(users.getAttribute("file")).isEqualTo(path("V1__users.sql"));
        assertThat(users.getElementsByTagName("failure").getLength()).isZero();
        assertThat(users.getElementsByTagName("system-out").item(0).getTextContent())
                .contains("info[prefer-text-field]");

        Element drop = testCase(doc, "V2__drop_email.sql");
        Element failure = (Element) drop.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message")).isEqualTo("1 error: ban-drop-column");
        assertThat(failure.getAttribute("type")).isEqualTo("ban-drop-column");
        assertThat(failure.getTextContent()).isEqualTo(path("V2__drop_email.sql") + ":1:19: error[ban-drop-column] "
                + "Dropping column \"email\" of \"users\" breaks clients still reading it (ACCESS EXCLUSIVE lock on "
                + "users)\n  help: stop reading the column, deploy, then drop it in a later migration "
                + "(migration-guard explain ban-drop-column)");

        assertThat(testCase(doc, "V3__odd.sql").getElementsByTagName("failure").getLength()).isEqualTo(1);
    }

    @Test
    void deletedMigrationsAreSkippedCases() throws Exception {
        ReportInput input = ReportInput.of(project().lint()).withChanges("main", Map.of(
                path("V2__drop_email.sql"), ChangeKind.ADDED, path("V0__gone.sql"), ChangeKind.DELETED));

        Document doc = parse(new JunitRenderer().render(input));

        Element suite = (Element) doc.getElementsByTagName("testsuite").item(0);
        assertThat(suite.getAttribute("tests")).isEqualTo("2");
        assertThat(suite.getAttribute("failures")).isEqualTo("1");
        assertThat(suite.getAttribute("skipped")).isEqualTo("1");
        assertThat(testCase(doc, "V0__gone.sql").getElementsByTagName("skipped").getLength()).isEqualTo(1);
    }

    @Test
    void characterXmlCannotHoldIsReplaced() {
        assertThat(JunitRenderer.clean("a\u0007b\tc\n")).isEqualTo("a\uFFFDb\tc\n");
    }
}
