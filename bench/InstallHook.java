import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.hooks.HookInstaller;
import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Installs the pre-commit hook with the default configuration, for bench/hook-commit.sh (no Maven needed). */
public class InstallHook {
    public static void main(String[] args) {
        Path project = Path.of(args[0]).toAbsolutePath();
        boolean cds = args.length > 1 && args[1].equals("cds");
        List<Path> classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(Path::of).toList();
        HookInstaller.Outcome out = HookInstaller.install(new HookInstaller.Request(
                MigrationGuardConfig.defaults(project), classpath, List.of(project.resolve("pom.xml")),
                HookInstaller.currentJava()));
        System.out.println(out.message());
        if (cds) {
            System.out.println(HookInstaller.createCdsArchive(project, HookInstaller.currentJava()).message());
        }
        System.exit(out.ok() ? 0 : 1);
    }
}
