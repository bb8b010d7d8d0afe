package dev.migrationguard.db;

import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.naming.FileSystemSources;
import dev.migrationguard.naming.Migration;
import dev.migrationguard.naming.MigrationKind;
import dev.migrationguard.naming.MigrationSet;
import dev.migrationguard.naming.MigrationSets;
import dev.migrationguard.naming.NamingOptions;
import dev.migrationguard.naming.NamingProblem;
import dev.migrationguard.naming.ScriptRef;
import dev.migrationguard.naming.SourceFile;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The migrations on disk, as the runner sees them: the {@link MigrationSet} of the configured locations and the naming
 * problems that stop a run (bad names, duplicate versions).
 */
public final class MigrationCatalog {

    private final MigrationSet set;
    private final List<String> blocking;
    /** Checksums computed so far, by script instance (empty when the script cannot be read). */
    private final Map<ScriptRef, Optional<Integer>> checksums = Collections.synchronizedMap(new IdentityHashMap<>());

    private MigrationCatalog(MigrationSet set, List<String> blocking) {
        this.set = set;
        this.blocking = blocking;
    }

    /** Lists the configured locations and names their files. */
    public static MigrationCatalog load(MigrationGuardConfig config) {
        FileSystemSources.ListResult listing = FileSystemSources.list(config.projectDir(), config.locations());
        List<String> blocking = new ArrayList<>(listing.errors());
        return of(listing.files(), config, blocking);
    }

    /** Names {@code files} (from any source). */
    public static MigrationCatalog of(List<SourceFile> files, MigrationGuardConfig config, List<String> errors) {
        MigrationSet set = MigrationSets.build(files, new NamingOptions(config.namingScheme(), config.requireDown()));
        List<String> blocking = new ArrayList<>(errors);
        for (NamingProblem p : set.problems()) {
            if (p.type() == NamingProblem.Type.INVALID_NAME || p.type() == NamingProblem.Type.DUPLICATE_VERSION) {
                blocking.add(p.path() + ": " + p.message() + "; " + p.help());
            }
        }
        return new MigrationCatalog(set, List.copyOf(blocking));
    }

    public MigrationSet set() {
        return set;
    }

    /**
     * The changelogs whose migrations another tool runs (Liquibase formatted SQL, Alembic offline SQL): linted and
     * round-tripped, never applied by this runner, whose versions are their positions in the changelog.
     */
    public List<String> foreignChangelogs() {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (dev.migrationguard.naming.Migration m : set.migrations()) {
            if (m.scheme() == dev.migrationguard.naming.NamingScheme.LIQUIBASE_SQL
                    || m.scheme() == dev.migrationguard.naming.NamingScheme.ALEMBIC_SQL) {
                out.add(m.up().displayPath() + ": a " + (m.scheme() == dev.migrationguard.naming.NamingScheme.ALEMBIC_SQL
                        ? "Alembic offline SQL file; Alembic applies it (alembic upgrade)"
                        : "Liquibase changelog; Liquibase applies it (liquibase update)")
                        + ", this runner does not; db:lint and db:roundtrip read it");
            }
        }
        return List.copyOf(out);
    }

    /** Problems that stop every goal that writes (names that fit no scheme, a version taken twice). */
    public List<String> blockingProblems() {
        return blocking;
    }

    /** The checksum of a script of this catalog, computed once; null when it cannot be read. */
    public Integer checksum(ScriptRef ref) {
        Optional<Integer> known = checksums.get(ref);
        if (known == null) {
            known = Optional.ofNullable(ScriptPreparer.checksum(ref));
            checksums.putIfAbsent(ref, known);
        }
        return known.orElse(null);
    }

    /** Computes the checksums of {@code refs}, reading the files in parallel. */
    public void computeChecksums(Collection<ScriptRef> refs) {
        refs.parallelStream().forEach(this::checksum);
    }

    /** The up scripts of every versioned and repeatable migration. */
    public List<ScriptRef> upScripts() {
        return set.migrations().stream().filter(m -> m.kind() != MigrationKind.BASELINE).map(m -> m.up()).toList();
    }

    /** Versioned migrations in version order. */
    public List<Migration> versioned() {
        return set.migrations().stream().filter(m -> m.kind() == MigrationKind.VERSIONED).toList();
    }

    /** Repeatable migrations by description. */
    public List<Migration> repeatables() {
        return set.migrations().stream().filter(m -> m.kind() == MigrationKind.REPEATABLE).toList();
    }

    /** Baseline scripts ({@code B<version>__}) in version order. */
    public List<Migration> baselines() {
        return set.migrations().stream().filter(m -> m.kind() == MigrationKind.BASELINE).toList();
    }
}
