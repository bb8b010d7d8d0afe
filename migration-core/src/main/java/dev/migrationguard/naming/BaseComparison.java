package dev.migrationguard.naming;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * How a branch's migration files stand against a {@link BaseRevision}: which migration each path holds on the base,
 * which files the branch added, modified or deleted since the fork point, and which deleted file the branch only
 * renamed. Files are matched by path (location and relative path), the identity Git and the history table's
 * {@code script} column use. Contents are read only when a question needs them.
 *
 * <p>The base's names are parsed with the naming scheme the branch uses for the same location, so both sides read
 * versions the same way.
 */
public final class BaseComparison {

    /**
     * What the branch did to the migration files since the fork point, as display paths in path order. Only files
     * that are up or down scripts of a migration on either side count; other files under the locations do not.
     *
     * @param added    on the branch, not at the fork point
     * @param modified at the fork point and on the branch, with other bytes
     * @param deleted  at the fork point, not on the branch
     */
    public record Changes(List<String> added, List<String> modified, List<String> deleted) {

        public Changes {
            added = List.copyOf(added);
            modified = List.copyOf(modified);
            deleted = List.copyOf(deleted);
        }

        public boolean isEmpty() {
            return added.isEmpty() && modified.isEmpty() && deleted.isEmpty();
        }
    }

    private final BaseRevision base;
    private final MigrationSet baseSet;
    private final Map<String, SourceFile> branchFiles = new LinkedHashMap<>();
    private final Map<String, SourceFile> baseFiles = new LinkedHashMap<>();
    private final Map<String, SourceFile> forkFiles = new LinkedHashMap<>();
    private final Map<String, Migration> branchByUp = new LinkedHashMap<>();
    private final Map<String, Migration> baseByUp = new LinkedHashMap<>();
    /** The base's changesets of changelogs, by path and {@code author:id}. */
    private final Map<List<String>, Migration> baseByUnit = new HashMap<>();
    private final Set<String> branchScripts = new HashSet<>();
    private final Set<String> baseScripts = new HashSet<>();
    private final Set<String> forkScripts = new HashSet<>();
    private Map<String, String> renames;

    private BaseComparison(BaseRevision base, List<SourceFile> branch, MigrationSet branchSet, NamingOptions options,
                           NameMemo memo) {
        this.base = base;
        for (SourceFile f : branch) {
            branchFiles.putIfAbsent(f.displayPath(), f);
        }
        for (SourceFile f : base.files()) {
            baseFiles.putIfAbsent(f.displayPath(), f);
        }
        for (SourceFile f : base.forkFiles()) {
            forkFiles.putIfAbsent(f.displayPath(), f);
        }
        this.baseSet = build(base.files(), branchSet, options, memo);
        MigrationSet forkSet = base.forkFiles().equals(base.files()) ? baseSet
                : build(base.forkFiles(), branchSet, options, memo);
        index(branchSet, branchByUp, branchScripts);
        index(baseSet, baseByUp, baseScripts);
        for (Migration m : baseSet.migrations()) {
            if (m.up().unit() != null) {
                baseByUnit.putIfAbsent(List.of(m.up().displayPath(), m.up().unit()), m);
            }
        }
        index(forkSet, new HashMap<>(), forkScripts);
    }

    /**
     * Compares {@code branchFiles} (whose migration set is {@code branchSet}) with {@code base}.
     *
     * @param options the naming options of the run; a location without a configured scheme is read with the scheme
     *                detected for it on the branch
     */
    public static BaseComparison of(BaseRevision base, List<SourceFile> branchFiles, MigrationSet branchSet,
                                    NamingOptions options) {
        return of(base, branchFiles, branchSet, options, new NameMemo());
    }

    /**
     * Same, naming the base's files through {@code memo}: the one the branch's set was built with, so that a name
     * both sides have is parsed once.
     */
    public static BaseComparison of(BaseRevision base, List<SourceFile> branchFiles, MigrationSet branchSet,
                                    NamingOptions options, NameMemo memo) {
        return new BaseComparison(base, branchFiles, branchSet, options, memo);
    }

    /** Compares {@code branchFiles} with {@code base}, building the branch's migration set first. */
    public static BaseComparison of(BaseRevision base, List<SourceFile> branchFiles, NamingOptions options) {
        return of(base, branchFiles, MigrationSets.build(branchFiles, options), options);
    }

    /** The base's name, as messages show it ({@code origin/main}). */
    public String baseName() {
        return base.name();
    }

    /** The migrations on the base, named as the branch names its own. */
    public MigrationSet baseSet() {
        return baseSet;
    }

    /** The base's file at {@code path}, if the base has one. */
    public Optional<SourceFile> onBase(String path) {
        return Optional.ofNullable(baseFiles.get(path));
    }

    /** True when the fork point has a file at {@code path}. */
    public boolean atFork(String path) {
        return forkFiles.containsKey(path);
    }

    /** True when the branch has a file at {@code path}. */
    public boolean onBranch(String path) {
        return branchFiles.containsKey(path);
    }

    /** The base migration whose up script is the file at {@code path}. */
    public Optional<Migration> baseMigration(String path) {
        return Optional.ofNullable(baseByUp.get(path));
    }

    /**
     * The base migration whose up script is {@code up}: the same file, and in a changelog that holds several
     * migrations the same changeset ({@code author:id}); empty for a changeset the base's changelog does not have.
     */
    public Optional<Migration> baseMigration(ScriptRef up) {
        if (up.unit() == null) {
            return baseMigration(up.displayPath());
        }
        return Optional.ofNullable(baseByUnit.get(List.of(up.displayPath(), up.unit())));
    }

    /** True when the branch's file at {@code path} is neither on the base nor at the fork point. */
    public boolean isNew(String path) {
        return onBranch(path) && !baseFiles.containsKey(path) && !forkFiles.containsKey(path);
    }

    /**
     * True when the branch's file at {@code path} differs from the fork point's, byte for byte, or the fork point
     * has none: the branch changed it (a file the base changed after the fork and the branch left alone is not).
     */
    public boolean changedSinceFork(String path) {
        SourceFile mine = branchFiles.get(path);
        if (mine == null) {
            return false;
        }
        SourceFile fork = forkFiles.get(path);
        return fork == null || !Arrays.equals(bytes(mine), bytes(fork));
    }

    /**
     * The files the base changed after the branch forked: at the fork point and on the base, with other bytes. A
     * report warns about the ones the branch changes too (display paths, in path order).
     */
    public List<String> changedOnBase() {
        Set<String> out = new TreeSet<>();
        for (Map.Entry<String, SourceFile> e : forkFiles.entrySet()) {
            SourceFile now = baseFiles.get(e.getKey());
            if (now != null && now != e.getValue() && !Arrays.equals(bytes(now), bytes(e.getValue()))) {
                out.add(e.getKey());
            }
        }
        return List.copyOf(out);
    }

    /** The highest version of a versioned migration on the base; empty when the base has none. */
    public Optional<MigrationVersion> highestBaseVersion() {
        MigrationVersion max = null;
        for (Migration m : baseSet.migrations()) {
            if (m.kind() == MigrationKind.VERSIONED && (max == null || m.version().compareTo(max) > 0)) {
                max = m.version();
            }
        }
        return Optional.ofNullable(max);
    }

    /**
     * The branch's new up script with the same checksum as the base's up script at {@code deletedPath}, when the
     * branch did not delete that merged migration but renamed it.
     */
    public Optional<String> renamedTo(String deletedPath) {
        return Optional.ofNullable(renames().get(deletedPath));
    }

    /** True when the branch's file at {@code path} is a merged migration renamed (see {@link #renamedTo}). */
    public boolean isRenameTarget(String path) {
        return renames().containsValue(path);
    }

    /** What the branch did to the migration files since the fork point. */
    public Changes changes() {
        Set<String> added = new TreeSet<>();
        Set<String> modified = new TreeSet<>();
        Set<String> deleted = new TreeSet<>();
        for (String path : branchScripts) {
            if (!forkFiles.containsKey(path)) {
                added.add(path);
            } else if (changedSinceFork(path)) {
                modified.add(path);
            }
        }
        for (String path : forkScripts) {
            if (!branchFiles.containsKey(path)) {
                deleted.add(path);
            }
        }
        return new Changes(new ArrayList<>(added), new ArrayList<>(modified), new ArrayList<>(deleted));
    }

    /** Deleted merged up script -> the branch's new up script with its checksum; each new script used once. */
    private Map<String, String> renames() {
        if (renames != null) {
            return renames;
        }
        renames = new LinkedHashMap<>();
        List<Migration> deleted = new ArrayList<>();
        for (Map.Entry<String, Migration> e : baseByUp.entrySet()) {
            if (atFork(e.getKey()) && !onBranch(e.getKey())) {
                deleted.add(e.getValue());
            }
        }
        if (deleted.isEmpty()) {
            return renames;
        }
        Map<Integer, List<String>> newByChecksum = new LinkedHashMap<>();
        for (Map.Entry<String, Migration> e : branchByUp.entrySet()) {
            if (isNew(e.getKey())) {
                Integer sum = checksum(e.getValue().up());
                if (sum != null) {
                    newByChecksum.computeIfAbsent(sum, k -> new ArrayList<>()).add(e.getKey());
                }
            }
        }
        for (Migration m : deleted) {
            Integer sum = checksum(m.up());
            List<String> candidates = sum == null ? null : newByChecksum.get(sum);
            if (candidates != null && !candidates.isEmpty()) {
                renames.put(m.up().displayPath(), candidates.remove(0));
            }
        }
        return renames;
    }

    /** The checksum of an up script as the history table records it; null when it cannot be read. */
    private static Integer checksum(ScriptRef ref) {
        LoadedScript loaded = ScriptLoader.load(ref);
        return loaded.ok() ? Checksums.ofText(loaded.text()) : null;
    }

    private static byte[] bytes(SourceFile f) {
        try {
            byte[] b = f.content().read();
            return b == null ? new byte[0] : b;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static void index(MigrationSet set, Map<String, Migration> byUp, Set<String> scripts) {
        for (Migration m : set.migrations()) {
            byUp.putIfAbsent(m.up().displayPath(), m);
            scripts.add(m.up().displayPath());
            if (m.down() != null) {
                scripts.add(m.down().displayPath());
            }
        }
    }

    /** The set of {@code files}, each location named with the branch's scheme for it. */
    private static MigrationSet build(List<SourceFile> files, MigrationSet branchSet, NamingOptions options,
                                      NameMemo memo) {
        Map<String, List<SourceFile>> byLocation = new LinkedHashMap<>();
        for (SourceFile f : files) {
            byLocation.computeIfAbsent(f.location(), k -> new ArrayList<>()).add(f);
        }
        List<Migration> migrations = new ArrayList<>();
        List<NamingProblem> problems = new ArrayList<>();
        Map<String, NamingScheme> schemes = new LinkedHashMap<>();
        for (Map.Entry<String, List<SourceFile>> e : byLocation.entrySet()) {
            NamingScheme scheme = options.scheme() != null ? options.scheme() : branchSet.schemes().get(e.getKey());
            MigrationSet one = MigrationSets.build(e.getValue(), new NamingOptions(scheme, options.requireDown()),
                    memo);
            migrations.addAll(one.migrations());
            problems.addAll(one.problems());
            schemes.putAll(one.schemes());
        }
        return new MigrationSet(List.copyOf(migrations), List.copyOf(problems), Map.copyOf(schemes));
    }
}
