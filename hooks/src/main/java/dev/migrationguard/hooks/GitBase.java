package dev.migrationguard.hooks;

import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.naming.BaseComparison;
import dev.migrationguard.naming.BaseRevision;
import dev.migrationguard.naming.FileSystemSources;
import dev.migrationguard.naming.NamingOptions;
import dev.migrationguard.naming.SourceFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.BranchConfig;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.CoreConfig;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;
import org.eclipse.jgit.util.io.EolStreamTypeUtil;

/**
 * The Git side of the checks that need history. Opens the repository of a project, resolves the base ref its
 * migrations are compared with, and reads the migration files under the configured locations from a commit, the
 * index or the working tree, as the engine's {@link SourceFile}s (display paths as {@code db:lint} shows them).
 *
 * <p>Resolving the base: a ref that is given ({@code db.base}) must resolve, else {@link #resolve(String)} fails with
 * a message naming it. Without one, {@link #resolveDefault()} tries the upstream of the current branch, then
 * {@code origin/HEAD}, then {@code main}, {@code master} and {@code trunk}. Each base comes with its fork point, the merge base with {@code HEAD}, so
 * that a change the base made after the branch forked is not taken for the branch's.
 *
 * <p>Contents are read lazily; use the files before closing. One instance serves one thread of work.
 */
public final class GitBase implements AutoCloseable {

    /** Which state of the branch to read. */
    public enum Side {
        /** The tree of the last commit. */
        HEAD,
        /** The staged files (what the next commit records). */
        INDEX,
        /** The files on disk, with line endings as {@code git add} would store them. */
        WORKING_TREE
    }

    /**
     * A resolved base.
     *
     * @param name      the ref as given or found, as messages show it ({@code origin/main})
     * @param how       how it was chosen, for the note line: {@code db.base}, {@code the upstream of feature},
     *                  {@code feature has no upstream}
     * @param commit    the commit it points at, as a full hex id
     * @param forkPoint the merge base of that commit and {@code HEAD}, as a full hex id; null when they share no
     *                  commit in this clone (a shallow clone, or no commit yet)
     */
    public record BaseRef(String name, String how, String commit, String forkPoint) {
    }

    /** A configured location inside the work tree: its path there ("" for the root) and its display form. */
    private record Location(String prefix, String display) {
    }

    private final Repository repo;
    private final boolean owned;
    private final MigrationGuardConfig config;
    private final Path workTree;
    private final List<Location> locations = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    /** The files of each commit's tree read so far: the base and the branch are often the same commit. */
    private final Map<ObjectId, List<SourceFile>> trees = new HashMap<>();
    /** What the locations' directories of a tree hold, walked once per directory (or read from the hook's cache). */
    private final TreeListings listings;

    private GitBase(Repository repo, boolean owned, MigrationGuardConfig config, TreeListings listings) {
        this.repo = repo;
        this.owned = owned;
        this.config = config;
        this.listings = listings;
        this.workTree = GitLocations.workTree(repo);
        Set<String> seen = new HashSet<>();
        for (String configured : config.locations()) {
            Path dir = FileSystemSources.resolve(config.projectDir(), configured);
            if (!dir.startsWith(workTree)) {
                notes.add("location " + configured + " is outside the Git work tree " + workTree
                        + "; the history checks do not read it");
                continue;
            }
            String prefix = workTree.relativize(dir).toString().replace(dir.getFileSystem().getSeparator(), "/");
            if (seen.add(prefix)) {
                locations.add(new Location(prefix, FileSystemSources.display(config.projectDir(), dir)));
            }
        }
    }

    /**
     * Opens the repository holding the project directory of {@code config} (searching upwards).
     *
     * @throws GitBaseException when the project is not inside a Git work tree
     */
    public static GitBase open(MigrationGuardConfig config) throws GitBaseException {
        return find(config).orElseThrow(() -> notInRepository(config));
    }

    /**
     * Opens the repository holding the project directory of {@code config} (searching upwards); empty when the
     * project is not inside a Git work tree.
     *
     * @throws GitBaseException when there is a repository but it cannot be opened
     */
    public static Optional<GitBase> find(MigrationGuardConfig config) throws GitBaseException {
        Repository repo;
        try {
            repo = GitLocations.open(config.projectDir());
        } catch (IOException | RuntimeException e) {
            throw new GitBaseException("cannot open the Git repository of " + config.projectDir() + ": "
                    + e.getMessage() + "; check that git status works there");
        }
        return repo == null ? Optional.empty()
                : Optional.of(new GitBase(repo, true, config, TreeListings.inMemory(repo)));
    }

    /**
     * Uses an open repository (the hook's), reading trees through {@code listings}; {@link #close()} leaves it
     * open.
     */
    static GitBase of(Repository repo, MigrationGuardConfig config, TreeListings listings) {
        return new GitBase(repo, false, config, listings);
    }

    static GitBaseException notInRepository(MigrationGuardConfig config) {
        return new GitBaseException(config.projectDir() + " is not inside a Git work tree, so there is no base to"
                + " compare with; run in a clone of the repository, or leave db.base unset");
    }

    /** Remarks about locations the history checks cannot read (outside the work tree). */
    public List<String> notes() {
        return List.copyOf(notes);
    }

    /**
     * Resolves a ref given by the user ({@code db.base}): a branch, remote branch, tag or commit, in any form
     * {@code git rev-parse} takes.
     *
     * @throws GitBaseException naming the ref, the repository and what to do, when it does not resolve
     */
    public BaseRef resolve(String ref) throws GitBaseException {
        ObjectId id;
        try {
            id = repo.resolve(ref + "^{commit}");
        } catch (RevisionSyntaxException | IOException e) {
            id = null;
        }
        if (id == null) {
            throw new GitBaseException("db.base '" + ref + "' names no branch, tag or commit in " + workTree + "; "
                    + fetchHint(ref) + "or set db.base (base: in " + MigrationGuardConfig.FILE_NAME
                    + ") to a ref that exists, such as origin/main");
        }
        try {
            return base(ref, "db.base", id);
        } catch (IOException e) {
            throw new GitBaseException("cannot read the history of db.base '" + ref + "' in " + workTree + ": "
                    + e.getMessage());
        }
    }

    /**
     * The base when none is given: the upstream of the current branch, else the remote's default branch (what
     * {@code origin/HEAD} points to), else the first of {@code main}, {@code master}, {@code trunk} that exists (the
     * remote-tracking {@code origin/NAME} before the local {@code NAME}); empty when none resolves (see
     * {@link #noDefaultBaseNote()}).
     */
    public Optional<BaseRef> resolveDefault() throws IOException {
        String branch = repo.getBranch();
        boolean detached = branch == null || ObjectId.isId(branch);
        if (!detached) {
            String upstream = new BranchConfig(repo.getConfig(), branch).getTrackingBranch();
            ObjectId id = upstream == null ? null : repo.resolve(upstream + "^{commit}");
            if (id != null) {
                return Optional.of(base(Repository.shortenRefName(upstream), "the upstream of " + branch, id));
            }
        }
        String why = detached ? "HEAD is detached" : branch + " has no upstream";
        Ref remoteHead = repo.exactRef(Constants.R_REMOTES + "origin/" + Constants.HEAD);
        if (remoteHead != null && remoteHead.isSymbolic()) {
            String target = remoteHead.getTarget().getName();
            ObjectId id = repo.resolve(target + "^{commit}");
            if (id != null) {
                return Optional.of(base(Repository.shortenRefName(target),
                        why + "; the remote's default branch (origin/HEAD)", id));
            }
        }
        for (String name : DEFAULT_BRANCHES) {
            for (String candidate : List.of(Constants.R_REMOTES + "origin/" + name, Constants.R_HEADS + name)) {
                if (!detached && candidate.equals(Constants.R_HEADS + branch)) {
                    continue; // the branch being committed to is no base for itself
                }
                ObjectId id = repo.resolve(candidate + "^{commit}");
                if (id != null) {
                    return Optional.of(base(Repository.shortenRefName(candidate), why, id));
                }
            }
        }
        return Optional.empty();
    }

    /** The branch names tried, in this order (each as origin/NAME, then NAME), when origin/HEAD names none. */
    private static final List<String> DEFAULT_BRANCHES = List.of("main", "master", "trunk");

    /** The one line to show when {@link #resolveDefault()} found no base. */
    public String noDefaultBaseNote() throws IOException {
        return "no base branch to compare with (" + noDefaultBaseReason() + "); the checks for edited, deleted and"
                + " out-of-order migrations are skipped; set db.base to choose a base";
    }

    /** Why {@link #resolveDefault()} found no base: {@code feature has no upstream, and neither ... exists}. */
    public String noDefaultBaseReason() throws IOException {
        String branch = repo.getBranch();
        String start = branch == null || ObjectId.isId(branch) ? "HEAD is detached"
                : branch + " has no upstream";
        return start + ", and none of origin/HEAD, main, master or trunk exists";
    }

    /** The note line naming the base a run compares with, and a second one when the fork point is unknown. */
    public List<String> baseNotes(BaseRef base) {
        List<String> out = new ArrayList<>();
        out.add("history checks against " + base.name() + " (" + base.how() + ")");
        if (base.forkPoint() == null) {
            out.add("HEAD and " + base.name() + " share no commit in this clone (a shallow clone?); compared with "
                    + base.name() + " itself; fetch more history (git fetch --unshallow) for exact results");
        }
        return out;
    }

    /**
     * The migration files on {@code base} and at its fork point, for the engine. Their listings are the ones the
     * hook keeps for its next commits.
     */
    public BaseRevision revision(BaseRef base) throws IOException {
        List<SourceFile> files = treeFiles(ObjectId.fromString(base.commit()), true);
        List<SourceFile> fork = base.forkPoint() == null || base.forkPoint().equals(base.commit()) ? files
                : treeFiles(ObjectId.fromString(base.forkPoint()), true);
        return new BaseRevision(base.name(), files, fork);
    }

    /** The files under the configured locations on {@code side} of the branch. */
    public List<SourceFile> files(Side side) throws IOException {
        return switch (side) {
            case HEAD -> {
                ObjectId head = repo.resolve(Constants.HEAD + "^{commit}");
                yield head == null ? List.of() : treeFiles(head, false);
            }
            case INDEX -> StagedSources.read(repo, config, listings).files();
            case WORKING_TREE -> asStaged(FileSystemSources.list(config.projectDir(), config.locations()).files());
        };
    }

    /**
     * What the branch did to the migrations since it forked from {@code base} (as a pull request shows it: relative
     * to the fork point, not to the base's latest commit), reading the branch on {@code side}. Display paths,
     * relative to the project directory, in path order.
     */
    public BaseComparison.Changes changedMigrations(BaseRef base, Side side) throws IOException {
        return compare(revision(base), files(side)).changes();
    }

    /**
     * The comparison of the branch's {@code files} (from {@link #files(Side)}) with {@code base} (from
     * {@link #revision(BaseRef)}), the files named with the configured naming scheme: what the branch changed since
     * the fork point, and what the base changed meanwhile.
     */
    public BaseComparison compare(BaseRevision base, List<SourceFile> files) {
        return BaseComparison.of(base, files, new NamingOptions(config.namingScheme(), config.requireDown()));
    }

    /**
     * Working tree files with their content as {@code git add} would stage it: line endings converted as
     * {@code core.autocrlf} and {@code .gitattributes} say, so a checkout with CRLF line endings compares equal to
     * the LF blobs it came from. Files Git leaves alone are returned as they are.
     */
    public List<SourceFile> asStaged(List<SourceFile> workingTreeFiles) throws IOException {
        Map<String, CoreConfig.EolStreamType> conversions = checkinConversions();
        if (conversions.isEmpty()) {
            return workingTreeFiles;
        }
        List<SourceFile> out = new ArrayList<>(workingTreeFiles.size());
        for (SourceFile f : workingTreeFiles) {
            CoreConfig.EolStreamType type = conversions.get(repoPath(f));
            out.add(type == null ? f : new SourceFile(f.displayPath(), f.location(), f.relativePath(),
                    new Converted(f.content(), type)));
        }
        return out;
    }

    @Override
    public void close() {
        if (owned) {
            repo.close();
        }
    }

    private BaseRef base(String name, String how, ObjectId commit) throws IOException {
        ObjectId head = repo.resolve(Constants.HEAD + "^{commit}");
        String fork = null;
        if (head != null) {
            try (RevWalk walk = new RevWalk(repo)) {
                walk.setRevFilter(RevFilter.MERGE_BASE);
                walk.markStart(walk.parseCommit(commit));
                walk.markStart(walk.parseCommit(head));
                RevCommit mergeBase = walk.next();
                fork = mergeBase == null ? null : mergeBase.name();
            }
        }
        return new BaseRef(name, how, commit.name(), fork);
    }

    /**
     * The regular files under the locations in the tree of {@code commit}, location by location, path order.
     *
     * @param keep whether the hook keeps the locations' listings for its next commits (the base's and fork point's)
     */
    private List<SourceFile> treeFiles(ObjectId commit, boolean keep) throws IOException {
        List<SourceFile> known = trees.get(commit);
        if (known == null) {
            known = List.copyOf(readTreeFiles(commit, keep));
            trees.put(commit.copy(), known);
        } else if (keep) {
            readTreeFiles(commit, true); // marks the listings as kept; they are known by now
        }
        return known;
    }

    private List<SourceFile> readTreeFiles(ObjectId commit, boolean keep) throws IOException {
        List<SourceFile> files = new ArrayList<>();
        // a path is read once, for the first location holding it; only overlapping locations need the check
        Set<String> seen = locations.size() > 1 ? new HashSet<>() : null;
        try (RevWalk rw = new RevWalk(repo)) {
            RevTree tree = rw.parseCommit(commit).getTree();
            for (Location location : locations) {
                String prefix = location.prefix();
                String displayPrefix = FileSystemSources.displayPrefix(location.display());
                List<SourceFile> here = new ArrayList<>();
                List<TreeListings.Entry> entries = keep ? listings.underKept(tree, prefix)
                        : listings.under(tree, prefix);
                for (TreeListings.Entry e : entries) {
                    String relative = e.relativePath;
                    if (!e.isFile() || (seen != null && !seen.add(prefix.isEmpty() ? relative
                            : prefix + "/" + relative))) {
                        continue;
                    }
                    here.add(new SourceFile(displayPrefix + relative, location.display(), relative,
                            new Blob(repo, e.id)));
                }
                here.sort((a, b) -> a.relativePath().compareTo(b.relativePath()));
                files.addAll(here);
            }
        }
        return files;
    }

    /** The check-in conversion of each working tree file under the locations that Git converts. */
    private Map<String, CoreConfig.EolStreamType> checkinConversions() throws IOException {
        Map<String, CoreConfig.EolStreamType> out = new HashMap<>();
        if (locations.isEmpty()) {
            return out;
        }
        try (TreeWalk walk = new TreeWalk(repo)) {
            walk.addTree(new FileTreeIterator(repo));
            walk.setRecursive(true);
            List<String> prefixes = locations.stream().map(Location::prefix).filter(p -> !p.isEmpty()).toList();
            if (prefixes.size() == locations.size()) {
                walk.setFilter(PathFilterGroup.createFromStrings(prefixes));
            }
            while (walk.next()) {
                CoreConfig.EolStreamType type = walk.getEolStreamType(TreeWalk.OperationType.CHECKIN_OP);
                if (type != null && type != CoreConfig.EolStreamType.DIRECT) {
                    out.put(walk.getPathString(), type);
                }
            }
        }
        return out;
    }

    /** The repository path of a file listed under one of the locations. */
    private String repoPath(SourceFile f) {
        for (Location location : locations) {
            if (location.display().equals(f.location())) {
                return location.prefix().isEmpty() ? f.relativePath() : location.prefix() + "/" + f.relativePath();
            }
        }
        return null;
    }

    private static String fetchHint(String ref) {
        int slash = ref.indexOf('/');
        if (slash > 0 && !ref.startsWith("refs/")) {
            return "fetch it first (git fetch " + ref.substring(0, slash) + " " + ref.substring(slash + 1) + ") ";
        }
        return "fetch it first (git fetch) ";
    }

    /** A blob read on first use and kept. */
    private static final class Blob implements SourceFile.Content {
        private final Repository repo;
        private final ObjectId id;
        private volatile byte[] bytes;

        Blob(Repository repo, ObjectId id) {
            this.repo = repo;
            this.id = id;
        }

        @Override
        public byte[] read() throws IOException {
            byte[] b = bytes;
            if (b == null) {
                b = repo.open(id, Constants.OBJ_BLOB).getCachedBytes(Integer.MAX_VALUE);
                bytes = b;
            }
            return b.clone();
        }
    }

    /** A working tree file's content after Git's check-in line ending conversion. */
    private static final class Converted implements SourceFile.Content {
        private final SourceFile.Content raw;
        private final CoreConfig.EolStreamType type;
        private volatile byte[] bytes;

        Converted(SourceFile.Content raw, CoreConfig.EolStreamType type) {
            this.raw = raw;
            this.type = type;
        }

        @Override
        public byte[] read() throws IOException {
            byte[] b = bytes;
            if (b == null) {
                byte[] original = raw.read();
                if (original == null) {
                    return null;
                }
                try (InputStream in = EolStreamTypeUtil.wrapInputStream(new ByteArrayInputStream(original), type)) {
                    b = in.readAllBytes();
                }
                bytes = b;
            }
            return b.clone();
        }
    }
}
