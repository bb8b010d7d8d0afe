package dev.migrationguard.maven;

import static dev.migrationguard.maven.Mojos.mojo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.StoredConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * db:report on a real repository: main holds V1 to V3; the branch feature adds V4 (an index built with a lock on
 * users) and V5, changes V2 and deletes V3; after the fork main changes V2 too.
 */
class ReportMojoTest {

    private static final String M = "src/main/resources/db/migration/";
    private static final PersonIdent WHO = new PersonIdent("Test", "test@example.com");

    @TempDir
    Path dir;

    private final RecordingLog log = new RecordingLog();
    private Git git;

    @BeforeEach
    void mainAndAFeatureBranch() throws Exception {
        git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call();
        StoredConfig config = git.getRepository().getConfig();
        config.setString("core", null, "autocrlf", "false");
        config.save();
        write("V1__users.sql", "CREATE TABLE users (id bigint PRIMARY KEY, email text);\n");
        write("V2__accounts.sql", "CREATE TABLE accounts (id bigint PRIMARY KEY, name text NOT NULL);\n");
        write("V3__orders.sql", "CREATE TABLE orders (id bigint PRIMARY KEY);\n");
        commit("V1 to V3");
        git.checkout().setCreateBranch(true).setName("feature").call();
        write("V4__index_users_email.sql", "CREATE INDEX users_email_idx ON users (email);\n");
        write("V5__add_nickname.sql", "ALTER TABLE users ADD COLUMN nickname text;\n");
        write("V2__accounts.sql", "CREATE TABLE accounts (id bigint PRIMARY KEY, name text NOT NULL, owner bigint);\n");
        Files.delete(dir.resolve(M + "V3__orders.sql"));
        commit("V4, V5; V2 changed; V3 deleted");
        git.checkout().setName("main").call();
        write("V2__accounts.sql", "CREATE TABLE accounts (id bigint PRIMARY KEY, name text);\n");
        commit("V2 without NOT NULL");
        git.checkout().setName("feature").call();
    }

    @AfterEach
    void closeRepository() {
        git.close();
    }

    private void write(String name, String text) throws Exception {
        Path file = dir.resolve(M + name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private void commit(String message) throws Exception {
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        git.commit().setMessage(message).setAuthor(WHO).setCommitter(WHO).setSign(false).call();
    }

    private ReportMojo report(Path project, Object... parameters) {
        List<Object> all = new ArrayList<>(List.of("buildDirectory", project.resolve("target").toFile()));
        all.addAll(List.of(parameters));
        ReportMojo m = mojo(new ReportMojo(), project, log, all.toArray());
        m.environment = Map.<String, String>of()::get;
        return m;
    }

    private ReportMojo report(Object... parameters) {
        return report(dir, parameters);
    }

    private String file(String name) throws Exception {
        return Files.readString(dir.resolve("target/migration-guard/" + name));
    }

    @Test
    void theMarkdownReportShowsWhatTheBranchChanged() throws Exception {
        report("base", "main").execute();

        assertThat(log.lines).noneMatch(l -> l.contains("uncommitted"));
        String md = file("report.md");
        assertThat(md).startsWith("## Migration Guard: medium risk\n\n3 migrations (0 high, 1 medium, 2 low risk) · "
                + "3 errors, 2 warnings, 0 infos · compared with `main`: 2 added, 1 changed, 1 deleted\n\n");
        assertThat(md).contains("> [!CAUTION]\n> **`" + M + "V2__accounts.sql` was also edited on `main`.**");
        assertThat(md).contains("| Migration | Change | Risk | Riskiest statement | Reversible | Findings |\n"
                + "|---|---|---|---|---|---|\n"
                + "| `" + M + "V2__accounts.sql` | changed | :green_circle: low | line 1, no table lock | no: no down"
                + " migration | 1 error |\n"
                + "| `" + M + "V4__index_users_email.sql` | added | :orange_circle: medium | line 1, SHARE on `users`"
                + " | no: no down migration | 1 error, 1 warning |\n"
                + "| `" + M + "V5__add_nickname.sql` | added | :green_circle: low | line 1, ACCESS EXCLUSIVE on"
                + " `users` | no: no down migration | 1 warning |\n"
                + "| `" + M + "V3__orders.sql` | deleted |  |  | n/a: deleted | 1 error |\n");
        // the untouched V1 is not in the report; each finding comes with its help and page, each statement its lock
        assertThat(md).doesNotContain("V1__users.sql");
        assertThat(md).contains("- :x: **error** `require-concurrent-index-creation` line 1:1:"
                + " Creating index users\\_email\\_idx without CONCURRENTLY takes a SHARE lock on \"users\"",
                "  Help: use CREATE INDEX CONCURRENTLY, in a migration of its own that runs outside a transaction\n",
                "| 1 | `CREATE INDEX users_email_idx ON users (email);` | CREATE INDEX | SHARE on `users` | medium:",
                "`deleted-merged-migration`", "`edited-merged-migration`");

        assertThat(log.lines).containsSubsequence(
                "[INFO] note: history checks against main (db.base)",
                "[INFO] Migration Guard: medium risk; 3 migrations (0 high, 1 medium, 2 low risk); 3 errors,"
                        + " 2 warnings, 0 infos; compared with main: 2 added, 1 changed, 1 deleted",
                "[WARNING]   changed  " + M + "V2__accounts.sql: low risk, no table lock, reversible no (no down"
                        + " migration), 1 error; also edited on main: agree on one version with it",
                "[INFO]   added    " + M + "V4__index_users_email.sql: medium risk, SHARE on users, reversible no (no"
                        + " down migration), 1 error, 1 warning",
                "[INFO]   added    " + M + "V5__add_nickname.sql: low risk, ACCESS EXCLUSIVE on users, reversible no"
                        + " (no down migration), 1 warning",
                "[INFO]   deleted  " + M + "V3__orders.sql",
                "[INFO] Migration Guard: markdown report written to target/migration-guard/report.md");
    }

    @Test
    void withoutDbBaseTheBranchIsComparedWithMain() throws Exception {
        report().execute();

        assertThat(log.lines).contains("[INFO] note: history checks against main (feature has no upstream)");
        assertThat(file("report.md")).contains("compared with `main`: 2 added, 1 changed, 1 deleted");
    }

    @Test
    void theUpstreamOfTheBranchComesFirst() throws Exception {
        // feature tracks "release", a branch holding V1 to V3 as main had them at the fork
        git.branchCreate().setName("release").setStartPoint("feature~1").call();
        StoredConfig config = git.getRepository().getConfig();
        config.setString("branch", "feature", "remote", ".");
        config.setString("branch", "feature", "merge", "refs/heads/release");
        config.save();

        report().execute();

        assertThat(log.lines).contains("[INFO] note: history checks against release (the upstream of feature)");
        // release did not edit V2 after the fork: no warning
        assertThat(file("report.md")).contains("compared with `release`: 2 added, 1 changed, 1 deleted")
                .doesNotContain("[!CAUTION]");
    }

    @Test
    void jsonSarifAndJunitNameTheSameMigrations() throws Exception {
        report("base", "main", "format", "json").execute();
        report("base", "main", "format", "sarif").execute();
        report("base", "main", "format", "junit").execute();

        JsonNode json = new ObjectMapper().readTree(file("report.json"));
        assertThat(json.get("base").asText()).isEqualTo("main");
        Map<String, String> changes = new LinkedHashMap<>();
        for (JsonNode m : json.get("migrations")) {
            changes.put(m.get("file").asText().substring(M.length()), m.get("change").asText());
        }
        // with a base, the report holds the migrations the branch touched: V1 is left alone
        assertThat(changes).containsOnly(Map.entry("V2__accounts.sql", "changed"),
                Map.entry("V4__index_users_email.sql", "added"), Map.entry("V5__add_nickname.sql", "added"),
                Map.entry("V3__orders.sql", "deleted"));
        assertThat(json.get("migrations").get(0).get("editedOnBase").asBoolean()).isTrue();

        String sarif = file("migration-guard.sarif");
        assertThat(sarifViolations(sarif)).isEmpty();
        List<String> results = new ArrayList<>();
        for (JsonNode r : new ObjectMapper().readTree(sarif).get("runs").get(0).get("results")) {
            results.add(r.get("ruleId").asText() + " " + r.get("locations").get(0).get("physicalLocation")
                    .get("artifactLocation").get("uri").asText().substring(M.length()));
        }
        assertThat(results).containsExactlyInAnyOrder("edited-merged-migration V2__accounts.sql",
                "deleted-merged-migration V3__orders.sql", "require-concurrent-index-creation"
                        + " V4__index_users_email.sql", "require-lock-timeout V4__index_users_email.sql",
                "require-lock-timeout V5__add_nickname.sql");

        Document junit = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(dir.resolve("target/migration-guard/junit.xml").toFile());
        Element suite = (Element) junit.getElementsByTagName("testsuite").item(0);
        assertThat(suite.getAttribute("tests")).isEqualTo("4");
        assertThat(suite.getAttribute("failures")).isEqualTo("3");
        assertThat(suite.getAttribute("skipped")).isEqualTo("0");
        NodeList cases = junit.getElementsByTagName("testcase");
        Map<String, String> verdicts = new LinkedHashMap<>();
        for (int i = 0; i < cases.getLength(); i++) {
            Element c = (Element) cases.item(i);
            String verdict = c.getElementsByTagName("failure").getLength() > 0
                    ? ((Element) c.getElementsByTagName("failure").item(0)).getAttribute("message")
                    : c.getElementsByTagName("skipped").getLength() > 0 ? "skipped" : "passed";
            verdicts.put(c.getAttribute("name"), verdict);
        }
        assertThat(verdicts).containsExactly(
                Map.entry("V2__accounts.sql", "1 error: edited-merged-migration"),
                Map.entry("V4__index_users_email.sql", "1 error: require-concurrent-index-creation"),
                Map.entry("V5__add_nickname.sql", "passed"),
                Map.entry("V3__orders.sql", "1 error: deleted-merged-migration"));
        assertThat(log.lines).contains("[INFO] Migration Guard: json report written to target/migration-guard/"
                + "report.json", "[INFO] Migration Guard: sarif report written to target/migration-guard/"
                + "migration-guard.sarif", "[INFO] Migration Guard: junit report written to target/migration-guard/"
                + "junit.xml");
    }

    @Test
    void uncommittedChangesAreReportedOnlyWhenAskedFor() throws Exception {
        write("V6__drop_nickname.sql", "ALTER TABLE users DROP COLUMN nickname;\n");

        report("base", "main").execute();
        assertThat(file("report.md")).doesNotContain("V6__drop_nickname.sql")
                .contains("compared with `main`: 2 added, 1 changed, 1 deleted");
        assertThat(log.lines).contains("[INFO] note: 1 migration file differs from HEAD in the working tree"
                + " (uncommitted) and is not in the report; set db.includeUncommitted=true to include uncommitted"
                + " changes");
        log.lines.clear();

        report("base", "main", "includeUncommitted", true).execute();
        assertThat(file("report.md")).startsWith("## Migration Guard: high risk\n")
                .contains("compared with `main`: 3 added, 1 changed, 1 deleted")
                .contains("| `" + M + "V6__drop_nickname.sql` | added | :red_circle: high | line 1, ACCESS EXCLUSIVE"
                        + " on `users` | ");
        assertThat(log.lines).noneMatch(l -> l.contains("uncommitted"));
    }

    @Test
    void aBaseThatDoesNotResolveIsABuildErrorNamingIt() {
        assertThatThrownBy(report("base", "origin/main")::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("Migration Guard: db.base 'origin/main' names no branch, tag or commit in ")
                .hasMessageEndingWith("; fetch it first (git fetch origin main) or set db.base (base: in"
                        + " .migration-guard.yml) to a ref that exists, such as origin/main");
        assertThat(dir.resolve("target/migration-guard/report.md")).doesNotExist();
    }

    @Test
    void theMarkdownIsAppendedToTheJobSummary() throws Exception {
        Path summary = dir.resolve("summary.md");
        Files.writeString(summary, "# Build\n");
        ReportMojo m = report("base", "main");
        m.environment = Map.of("GITHUB_STEP_SUMMARY", summary.toString())::get;

        m.execute();

        assertThat(summary).hasContent("# Build\n" + file("report.md"));
        assertThat(log.lines).contains("[INFO] Migration Guard: report appended to the job summary "
                + "(GITHUB_STEP_SUMMARY)");
    }

    @Test
    void theReportFailsTheBuildOnlyWithDbFailOnAndIsWrittenFirst() throws Exception {
        Files.writeString(dir.resolve(".migration-guard.yml"), "failOn: warning\n");
        report("base", "main").execute();

        assertThatThrownBy(report("base", "main", "failOn", "error")::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("Migration Guard: the report shows 3 finding(s) at or above fail-on=error; see"
                        + " target/migration-guard/report.md");
        assertThat(dir.resolve("target/migration-guard/report.md")).exists();
    }

    @Test
    void theTextFormatIsRefused() {
        assertThatThrownBy(report("base", "main", "format", "text")::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("Migration Guard: db:report writes markdown, json, sarif or junit, not text; set"
                        + " db.format to one of them (db:lint prints the text findings)");
    }

    @Test
    void withoutABaseBranchEveryMigrationIsShownAndTheHeadlineSaysWhy() throws Exception {
        git.branchDelete().setBranchNames("main").setForce(true).call();

        report().execute();

        String md = file("report.md");
        assertThat(md).startsWith("## Migration Guard: medium risk\n\n4 migrations (0 high, 1 medium, 3 low risk) · "
                + "1 error, 2 warnings, 0 infos\n\n> [!NOTE]\n> No base branch to compare with (feature has no"
                + " upstream, and none of origin/HEAD, main, master or trunk exists): every migration is shown; set db.base to"
                + " choose a base.\n\n");
        assertThat(md).contains("| `" + M + "V1__users.sql` |", "| Migration | Risk | Riskiest statement |")
                .doesNotContain("V3__orders.sql");
        assertThat(log.lines).contains("[WARNING] Migration Guard: No base branch to compare with (feature has no"
                + " upstream, and none of origin/HEAD, main, master or trunk exists): every migration is shown; set db.base to"
                + " choose a base.");
    }

    @Test
    void outsideAGitRepositoryEveryMigrationIsShownAndTheHeadlineSaysWhy(@TempDir Path plain) throws Exception {
        Path m = Files.createDirectories(plain.resolve(M));
        Files.writeString(m.resolve("V1__users.sql"), "CREATE TABLE users (id bigint PRIMARY KEY, email text);\n");
        Files.writeString(m.resolve("V2__drop_email.sql"), "ALTER TABLE users DROP COLUMN email;\n");

        report(plain, "base", "main").execute();

        String md = Files.readString(plain.resolve("target/migration-guard/report.md"));
        assertThat(md).startsWith("## Migration Guard: high risk\n\n2 migrations (1 high, 0 medium, 1 low risk) · ")
                .contains("\n\n> [!NOTE]\n> Not in a Git repository, so there is no base branch to compare with:"
                        + " every migration is shown.\n\n")
                .contains("| `" + M + "V2__drop_email.sql` | :red_circle: high | line 1, ACCESS EXCLUSIVE on `users`"
                        + " | ");
        assertThat(log.lines).contains("[INFO] note: " + plain + " is not inside a Git work tree, so there is no base"
                + " branch to compare with (db.base main is not used); the report shows every migration on disk");
        assertThat(log.lines).noneMatch(l -> l.contains("Exception"));
    }

    @Test
    void aLongReportStaysUnderTheCommentLimitAndSaysWhatItLeftOut() throws Exception {
        for (int i = 10; i < 260; i++) {
            write("V" + i + "__index_" + i + ".sql", "CREATE INDEX users_email_" + i + "_idx ON users (email);\n");
        }
        commit("250 indexes");
        Path summary = dir.resolve("summary.md");
        ReportMojo m = report("base", "main");
        m.environment = Map.of("GITHUB_STEP_SUMMARY", summary.toString())::get;

        m.execute();

        String md = file("report.md");
        assertThat(md.length()).isLessThanOrEqualTo(60_000);
        assertThat(md).startsWith("## Migration Guard: medium risk\n\n253 migrations (0 high, 251 medium, 2 low risk)"
                + " · 253 errors, 252 warnings, 0 infos · compared with `main`: 252 added, 1 changed, 1 deleted\n\n")
                .contains("> [!NOTE]\n> Shortened to stay under 60,000 characters: left out the statement lists,"
                        + " the help texts, the table rows of low-risk migrations without findings, the findings of"
                        + " low-risk migrations, the findings of medium-risk migrations.")
                .doesNotContain("** `require-concurrent-index-creation`")
                // the findings on the changed and the deleted merged migration outrank those of added ones
                .contains("** `edited-merged-migration`").contains("** `deleted-merged-migration`")
                .contains("| `" + M + "V3__orders.sql` | deleted |  |  | n/a: deleted | 1 error |")
                .contains("> [!CAUTION]\n> **`" + M + "V2__accounts.sql` was also edited on `main`.**")
                .contains("| `" + M + "V259__index_259.sql` | added | :orange_circle: medium | line 1, SHARE on"
                        + " `users` |");
        assertThat(summary).hasContent(md);
    }

    @Test
    void theRoundTripResultOfDbRoundtripIsShownWhileItIsNewerThanTheMigrations() throws Exception {
        write("U5__add_nickname.sql", "ALTER TABLE users DROP COLUMN nickname;\n");
        commit("U5");
        RoundtripMojo roundtrip = mojo(new RoundtripMojo(), dir, log, "buildDirectory",
                dir.resolve("target").toFile(), "url", System.getenv("MIGRATION_GUARD_TEST_JDBC_URL"));
        roundtrip.execute();
        Path result = dir.resolve("target/migration-guard/roundtrip.json");
        assertThat(log.lines).contains("[INFO] Migration Guard: round trip result written to"
                + " target/migration-guard/roundtrip.json (db:report shows it)");

        report("base", "main").execute();

        String md = file("report.md");
        assertThat(md).contains("| `" + M + "V5__add_nickname.sql` | added | :green_circle: low | line 1, ACCESS"
                + " EXCLUSIVE on `users` | yes: round trip passed | 1 warning |");
        assertThat(md).contains("\n## Round trip\n\n1 reversible, 0 not reversible, 0 failed, 3 skipped, "
                + "0 not checked (4 pairs); ");
        assertThat(log.lines).anyMatch(l -> l.startsWith("[INFO] Migration Guard: round trip result from"
                + " target/migration-guard/roundtrip.json: 1 reversible, 0 not reversible, 0 failed, 3 skipped, "
                + "0 not checked (4 pairs); "));

        // a migration edited after the round trip: its result no longer holds
        Path v5 = dir.resolve(M + "V5__add_nickname.sql");
        Files.setLastModifiedTime(v5, java.nio.file.attribute.FileTime.fromMillis(
                Files.getLastModifiedTime(result).toMillis() + 10_000));
        report("base", "main").execute();

        assertThat(file("report.md")).doesNotContain("## Round trip").doesNotContain("round trip passed")
                .contains("| `" + M + "V5__add_nickname.sql` | added | :green_circle: low | line 1, ACCESS"
                        + " EXCLUSIVE on `users` | yes | 1 warning |");
        assertThat(log.lines).contains("[WARNING] Migration Guard: the round trip result"
                + " target/migration-guard/roundtrip.json is older than " + M + "V5__add_nickname.sql; the report"
                + " leaves it out; run db:roundtrip again to include it");
    }

    @Test
    void theDriftResultOfDbDriftIsAddedToMarkdownAndJsonWhileItIsNewerThanTheMigrations() throws Exception {
        dev.migrationguard.db.drift.DriftResult drift = new dev.migrationguard.db.drift.DriftResult("db:5432/app",
                "db:5432, database migration_guard_drift_0123456789 (dropped after the run)", List.of("1 users"),
                List.of(new dev.migrationguard.db.drift.DriftDifference(
                        dev.migrationguard.db.drift.DriftDifference.Kind.EXTRA, "public", "index users_tmp", "",
                        "CREATE INDEX users_tmp ON public.users USING btree (id)")),
                List.of(), List.of(), 0, 100, 300);
        Path out = Files.createDirectories(dir.resolve("target/migration-guard"));
        Files.writeString(out.resolve("drift.json"), dev.migrationguard.db.drift.DriftRenderer.json(drift));
        Files.writeString(out.resolve("drift.md"), dev.migrationguard.db.drift.DriftRenderer.markdown(drift));
        for (String name : List.of("V1__users.sql", "V2__accounts.sql", "V4__index_users_email.sql",
                "V5__add_nickname.sql")) {
            Files.setLastModifiedTime(dir.resolve(M + name), java.nio.file.attribute.FileTime.fromMillis(0));
        }

        report("base", "main").execute();
        assertThat(file("report.md")).contains("\n## Schema drift\n").contains("| extra in the database | `index "
                + "users_tmp` | public |");
        report("base", "main", "format", "json").execute();
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(file("report.json"));
        assertThat(json.get("drift").get("differences").get(0).get("object").asText()).isEqualTo("index users_tmp");
        assertThat(json.get("migrations")).isNotEmpty();
        assertThat(log.lines).contains("[INFO] Migration Guard: drift section from target/migration-guard/drift.md",
                "[INFO] Migration Guard: drift section from target/migration-guard/drift.json");

        Files.setLastModifiedTime(dir.resolve(M + "V5__add_nickname.sql"), java.nio.file.attribute.FileTime
                .fromMillis(Files.getLastModifiedTime(out.resolve("drift.md")).toMillis() + 10_000));
        report("base", "main").execute();
        assertThat(file("report.md")).doesNotContain("## Schema drift");
        assertThat(log.lines).contains("[WARNING] Migration Guard: the drift result target/migration-guard/drift.md"
                + " is older than " + M + "V5__add_nickname.sql; the report leaves it out; run db:drift again to"
                + " include it");
    }

    @Test
    void aBrokenRoundTripFileIsLeftOutWithAWarning() throws Exception {
        Files.createDirectories(dir.resolve("target/migration-guard"));
        Files.writeString(dir.resolve("target/migration-guard/roundtrip.json"), "{\"findings\": []}");
        for (String name : List.of("V1__users.sql", "V2__accounts.sql", "V4__index_users_email.sql",
                "V5__add_nickname.sql")) {
            Files.setLastModifiedTime(dir.resolve(M + name), java.nio.file.attribute.FileTime.fromMillis(0));
        }

        report("base", "main").execute();

        assertThat(file("report.md")).doesNotContain("## Round trip");
        assertThat(log.lines).contains("[WARNING] Migration Guard: cannot read the round trip result"
                + " target/migration-guard/roundtrip.json (not a round trip result: expected an object with target and"
                + " migrations, as db:roundtrip writes it); the report leaves it out; run db:roundtrip again to"
                + " replace it");
    }

    private static List<String> sarifViolations(String json) throws Exception {
        Schema schema;
        try (InputStream in = ReportMojoTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            assertThat(in).as("the SARIF schema on the test class path").isNotNull();
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
        }
        List<String> out = new ArrayList<>();
        for (Error e : schema.validate(new ObjectMapper().readTree(json))) {
            out.add(e.toString());
        }
        return out;
    }
}
