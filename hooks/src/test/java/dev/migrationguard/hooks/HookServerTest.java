package dev.migrationguard.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationguard.config.MigrationGuardConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hook server with real commits through the installed hook: the first commit runs the hook itself and starts the
 * server, the next ones are served (the server's log counts them), with the same output and exit status as a hook
 * run in its own JVM; the server stops when the hook is reinstalled or removed, or when idle.
 */
class HookServerTest {

    static final String MIGRATIONS = PreCommitHookTest.MIGRATIONS;
    private static final Pattern SERVING = Pattern.compile("hook server (\\d+): serving");

    @TempDir
    Path tmp;

    GitRepo repo;

    @BeforeEach
    void setUp() throws Exception {
        setUp(tmp.resolve("repo"));
    }

    private void setUp(Path root) throws Exception {
        repo = new GitRepo(root);
        repo.write("pom.xml", "<project/>\n");
        repo.write(MIGRATIONS + "V1__init.sql", PreCommitHookTest.GOOD);
        repo.ok("add", "-A");
        repo.ok("commit", "-q", "-m", "init");
        // the build turns the server off for its tests, and a build machine sets CI=true: on for these commits
        repo.environment.put(HookServer.SWITCH, "on");
        repo.environment.put("CI", null);
    }

    @AfterEach
    void stopServers() throws Exception {
        for (long pid : pids()) {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
        }
    }

    private HookInstaller.Outcome install(boolean server) {
        MigrationGuardConfig config = MigrationGuardConfig.defaults(repo.root);
        return HookInstaller.install(new HookInstaller.Request(config, PreCommitHookTest.testClasspath(),
                List.of(repo.root.resolve("pom.xml")), HookInstaller.currentJava(), true, server));
    }

    private Path state() {
        return repo.root.resolve(".git/migration-guard");
    }

    private String log() throws Exception {
        Path log = state().resolve(HookServer.LOG);
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    /** The processes that logged "serving" in this repository's server log. */
    private List<Long> pids() throws Exception {
        Matcher m = SERVING.matcher(log());
        List<Long> pids = new java.util.ArrayList<>();
        while (m.find()) {
            pids.add(Long.parseLong(m.group(1)));
        }
        return pids;
    }

    private long served() throws Exception {
        return log().lines().filter(l -> l.startsWith("served ")).count();
    }

    /** Waits until a server started by a commit listens; its process id. */
    private long awaitServing(int servers) throws Exception {
        for (int i = 0; i < 600; i++) {
            List<Long> pids = pids();
            if (pids.size() >= servers && Files.exists(state().resolve(HookServer.SOCKET))) {
                return pids.get(servers - 1);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no server started; its log:\n" + log());
    }

    private static void awaitExit(long pid) throws Exception {
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isPresent()) {
            process.get().onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        }
    }

    private GitRepo.Run commitBad(String name) throws Exception {
        repo.write(MIGRATIONS + name, PreCommitHookTest.BAD);
        repo.ok("add", "-A");
        return repo.git("commit", "-m", name);
    }

    @Test
    void theFirstCommitStartsAServerThatServesTheNextWithTheSameOutput() throws Exception {
        assertThat(install(true).ok()).isTrue();
        assertThat(Files.readString(repo.root.resolve(".git/hooks/pre-commit"))).contains(HookClient.class.getName());
        repo.write(MIGRATIONS + "V2__more.sql", PreCommitHookTest.GOOD.replace("accounts", "more"));
        repo.ok("add", "-A");
        assertThat(repo.git("commit", "-m", "more").exitCode()).isZero();
        assertThat(served()).isZero(); // run in the commit's own JVM, which started the server
        awaitServing(1);

        GitRepo.Run served = commitBad("V3__drop.sql");

        assertThat(served()).as(log()).isEqualTo(1);
        assertThat(served.exitCode()).isEqualTo(1);
        assertThat(served.output()).contains(MIGRATIONS + "V3__drop.sql:1:1: error[ban-drop-table]")
                .contains("git commit --no-verify");
        repo.environment.put(HookServer.SWITCH, "off");
        GitRepo.Run own = repo.git("commit", "-m", "V3__drop.sql");
        assertThat(served()).isEqualTo(1);
        assertThat(own.exitCode()).isEqualTo(1);
        assertThat(served.output()).isEqualTo(own.output());
    }

    @Test
    void aServedRunReadsTheIndexGitPointsTheHookAt() throws Exception {
        install(true);
        assertThat(commitBad("V2__drop.sql").exitCode()).isEqualTo(1); // starts the server; V2 stays staged
        awaitServing(1);
        repo.write(MIGRATIONS + "V3__good.sql", PreCommitHookTest.GOOD.replace("accounts", "good"));
        repo.ok("add", MIGRATIONS + "V3__good.sql");

        // a commit of named paths: Git points the hook at a temporary index of HEAD and V3, without the staged V2
        GitRepo.Run commit = repo.git("commit", "-m", "good only", "--", MIGRATIONS + "V3__good.sql");

        assertThat(served()).as(log()).isEqualTo(1);
        assertThat(commit.exitCode()).as(commit.output()).isZero();
        assertThat(repo.ok("show", "--name-only", "--format=", "HEAD")).contains("V3__good.sql")
                .doesNotContain("V2__drop.sql");
    }

    @Test
    void aReinstalledHookIsNotServedByTheOldServer() throws Exception {
        install(true);
        commitBad("V2__drop.sql");
        long first = awaitServing(1);

        install(true);
        GitRepo.Run commit = repo.git("commit", "-m", "again");

        assertThat(commit.exitCode()).isEqualTo(1);
        assertThat(commit.output()).contains("V2__drop.sql:1:1: error[ban-drop-table]");
        awaitExit(first);
        assertThat(log()).contains("request refused: the hook was reinstalled")
                .contains("hook server " + first + ": stopped (the hook was reinstalled or removed)");
        // the refused commit ran the hook itself and started a server for the new install
        awaitServing(2);
    }

    @Test
    void uninstallingTheHookStopsTheServer() throws Exception {
        install(true);
        commitBad("V2__drop.sql");
        long pid = awaitServing(1);

        assertThat(HookInstaller.uninstall(repo.root).ok()).isTrue();

        awaitExit(pid);
        assertThat(ProcessHandle.of(pid)).isEmpty();
        assertThat(state()).doesNotExist();
    }

    @Test
    void anIdleServerStops() throws Exception {
        repo.environment.put(HookServer.IDLE_VARIABLE, "1");
        install(true);
        commitBad("V2__drop.sql");
        long pid = awaitServing(1);

        awaitExit(pid);

        assertThat(log()).contains("stopped (no commit for 1 s)");
        assertThat(state().resolve(HookServer.SOCKET)).doesNotExist();
    }

    @Test
    void noServerWhenSwitchedOffOnABuildMachineOrInstalledWithout() throws Exception {
        install(true);
        repo.environment.put(HookServer.SWITCH, "off");
        assertThat(commitBad("V2__drop.sql").exitCode()).isEqualTo(1);
        repo.environment.put(HookServer.SWITCH, null);
        repo.environment.put("CI", "true");
        assertThat(repo.git("commit", "-m", "again").exitCode()).isEqualTo(1);
        repo.environment.put("CI", null);
        install(false);
        assertThat(repo.git("commit", "-m", "again").exitCode()).isEqualTo(1);

        // the server is started before the commit's JVM ends, and its log created then
        assertThat(state().resolve(HookServer.LOG)).doesNotExist();
        assertThat(Files.readString(repo.root.resolve(".git/hooks/pre-commit"))).contains(HookMain.class.getName())
                .doesNotContain(HookClient.class.getName());
    }

    @Test
    void aRepositoryWhoseSocketPathIsTooLongForAnAddressIsServedToo() throws Exception {
        stopServers();
        setUp(tmp.resolve("deep-" + "d".repeat(90)).resolve("repo"));
        assertThat(state().resolve(HookServer.SOCKET).toString().length()).isGreaterThan(110);
        install(true);
        commitBad("V2__drop.sql");
        awaitServing(1);

        GitRepo.Run served = repo.git("commit", "-m", "again");

        assertThat(served()).as(log()).isEqualTo(1);
        assertThat(served.exitCode()).isEqualTo(1);
        assertThat(served.output()).contains("V2__drop.sql:1:1: error[ban-drop-table]");
    }

    @Test
    void aServerThatCannotListenIsNotStartedAgainUntilTheNextInstall() throws Exception {
        install(true);
        Path socket = state().resolve(HookServer.SOCKET);
        Files.createDirectories(socket.resolve("in-the-way"));

        assertThat(commitBad("V2__drop.sql").exitCode()).isEqualTo(1);
        Path failed = state().resolve(HookServer.CANNOT_START);
        for (int i = 0; i < 600 && !Files.exists(failed); i++) {
            Thread.sleep(50);
        }
        assertThat(Files.readString(failed)).contains("cannot listen on " + socket);
        for (int i = 0; i < 600 && !log().contains("cannot start"); i++) {
            Thread.sleep(50);
        }
        Files.delete(state().resolve(HookServer.LOG));
        assertThat(repo.git("commit", "-m", "again").exitCode()).isEqualTo(1);
        assertThat(state().resolve(HookServer.LOG)).doesNotExist(); // no server started

        Files.delete(socket.resolve("in-the-way"));
        Files.delete(socket);
        install(true);
        assertThat(failed).doesNotExist();
        assertThat(repo.git("commit", "-m", "again").exitCode()).isEqualTo(1);
        awaitServing(1);
    }

    @Test
    void aSocketLeftByAServerThatIsGoneIsReplaced() throws Exception {
        install(true);
        Files.writeString(state().resolve(HookServer.SOCKET), "left over");

        GitRepo.Run commit = commitBad("V2__drop.sql");

        assertThat(commit.exitCode()).isEqualTo(1);
        assertThat(commit.output()).contains("error[ban-drop-table]");
        awaitServing(1);
        assertThat(repo.git("commit", "-m", "again").exitCode()).isEqualTo(1);
        assertThat(served()).isEqualTo(1);
    }
}
