package dev.migrationguard.hooks;

import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.naming.FileSystemSources;
import dev.migrationguard.naming.SourceFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * The migration files of the configured locations as staged in the Git index (the content the commit will record,
 * not the working tree), and which of them the commit adds or changes compared with {@code HEAD}.
 */
public final class StagedSources {

    /**
     * The staged migration files.
     *
     * @param files   every staged regular file under the locations, in location order then relative path order
     * @param changed display paths of the files whose staged content differs from {@code HEAD} (all of them before
     *                the first commit)
     * @param deleted display paths of the files under the locations that {@code HEAD} has and the index no longer
     *                has: the commit deletes them
     * @param notes   one line per location that is outside the repository or holds no staged file
     */
    public record Staged(List<SourceFile> files, Set<String> changed, Set<String> deleted, List<String> notes) {

        public Staged {
            files = List.copyOf(files);
            changed = Set.copyOf(changed);
            deleted = Set.copyOf(deleted);
            notes = List.copyOf(notes);
        }

        /** True when {@code file} is added or changed by the commit. */
        public boolean isChanged(SourceFile file) {
            return changed.contains(file.displayPath());
        }
    }

    private StagedSources() {
    }

    /** Reads the index of {@code repo} for the locations of {@code config}. */
    public static Staged read(Repository repo, MigrationGuardConfig config) throws IOException {
        return read(repo, config, TreeListings.inMemory(repo));
    }

    /** Same, reading the trees of {@code HEAD} through {@code listings}. */
    static Staged read(Repository repo, MigrationGuardConfig config, TreeListings listings) throws IOException {
        return read(repo, config, listings, IndexEntries.Snapshot.of(repo));
    }

    /**
     * True when the commit leaves every location as {@code HEAD} has it: the index's cached id of each location's
     * directory (see {@link IndexEntries.Snapshot#cachedTree}) is the id of that directory in {@code HEAD}. Then no
     * file under the locations is added, changed or deleted, which {@link #read} would tell after reading every
     * entry; false when that cannot be told this way (no cached id, no {@code HEAD} yet, the directory missing).
     */
    static boolean untouched(Repository repo, MigrationGuardConfig config, IndexEntries.Snapshot index)
            throws IOException {
        Path workTree = repo.getWorkTree().toPath().toAbsolutePath().normalize();
        ObjectId head = repo.resolve("HEAD^{tree}");
        if (head == null) {
            return false;
        }
        List<String> prefixes = prefixes(workTree, config);
        for (String prefix : prefixes) {
            ObjectId cached = index.cachedTree(prefixes, prefix);
            if (cached == null || !cached.equals(TreeListings.directoryOf(repo, head, prefix))) {
                return false;
            }
        }
        return true;
    }

    /** The distinct repository paths of the locations inside the work tree, in the order of the locations. */
    static List<String> prefixes(Path workTree, MigrationGuardConfig config) {
        Set<String> prefixes = new LinkedHashSet<>();
        for (String configured : config.locations()) {
            Path dir = FileSystemSources.resolve(config.projectDir(), configured);
            if (dir.startsWith(workTree)) {
                prefixes.add(slashes(workTree.relativize(dir)));
            }
        }
        return new ArrayList<>(prefixes);
    }

    /** Same as {@link #read(Repository, MigrationGuardConfig, TreeListings)}, from the index as read in {@code index}. */
    static Staged read(Repository repo, MigrationGuardConfig config, TreeListings listings,
                       IndexEntries.Snapshot index) throws IOException {
        return compare(list(repo.getWorkTree().toPath().toAbsolutePath().normalize(), config, index, () -> repo),
                repo, listings);
    }

    /**
     * The staged files under the locations, before they are compared with {@code HEAD}: what the hook reads while
     * the repository is still being opened.
     *
     * @param files    every staged regular file under the locations, in location order then relative path order
     * @param prefixes per file, the repository path of its location's directory
     * @param paths    per file, its repository path
     * @param ids      per file, its staged blob id
     * @param display  repository path prefix of each location inside the work tree -> its display prefix
     * @param notes    one line per location that is outside the repository or holds no staged file
     */
    record Listed(List<SourceFile> files, List<String> prefixes, List<String> paths, List<ObjectId> ids,
                  Map<String, String> display, List<String> notes) {
    }

    /**
     * Lists the staged files of {@code config}'s locations from {@code index}; the files' contents are read from
     * {@code repo} when first asked for.
     *
     * @param workTree the work tree root, absolute and normalized
     */
    static Listed list(Path workTree, MigrationGuardConfig config, IndexEntries.Snapshot index,
                       RepositorySource repo) throws IOException {
        Path project = config.projectDir();
        Map<String, String> display = new LinkedHashMap<>(); // repository path prefix -> display prefix
        for (String configured : config.locations()) {
            Path dir = FileSystemSources.resolve(project, configured);
            if (dir.startsWith(workTree)) {
                display.putIfAbsent(slashes(workTree.relativize(dir)),
                        FileSystemSources.displayPrefix(FileSystemSources.display(project, dir)));
            }
        }
        List<String> prefixList = new ArrayList<>(display.keySet());
        List<List<IndexEntries.Entry>> indexed = index.entries(prefixList);

        List<SourceFile> files = new ArrayList<>();
        List<String> filePrefixes = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        List<ObjectId> ids = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        // a path is read once, for the first location holding it; only overlapping locations need the check
        Set<String> seen = config.locations().size() > 1 ? new HashSet<>() : null;
        for (String configured : config.locations()) {
            Path dir = FileSystemSources.resolve(project, configured);
            if (!dir.startsWith(workTree)) {
                notes.add("location " + configured + " is outside the Git work tree " + workTree
                        + "; no migrations read from it");
                continue;
            }
            String prefix = slashes(workTree.relativize(dir));
            String location = FileSystemSources.display(project, dir);
            String displayPrefix = FileSystemSources.displayPrefix(location);
            // the display path is the repository path when the project is the work tree's root (no copy then)
            boolean displayIsPath = displayPrefix.equals(prefix.isEmpty() ? "" : prefix + "/");
            List<IndexEntries.Entry> here = new ArrayList<>();
            for (IndexEntries.Entry e : indexed.get(prefixList.indexOf(prefix))) {
                if (e.stage == DirCacheEntry.STAGE_0 && isFile(e.mode) && under(e.path, prefix)
                        && (seen == null || seen.add(e.path))) {
                    here.add(e);
                }
            }
            if (here.isEmpty()) {
                notes.add("location " + configured + " holds no staged file; no migrations read from it");
            }
            sortByPath(here);
            for (IndexEntries.Entry e : here) {
                String relative = prefix.isEmpty() ? e.path : e.path.substring(prefix.length() + 1);
                String shown = displayIsPath ? e.path : displayPrefix + relative;
                files.add(new SourceFile(shown, location, relative, new BlobContent(repo, e.id)));
                filePrefixes.add(prefix);
                paths.add(e.path);
                ids.add(e.id);
            }
        }
        return new Listed(List.copyOf(files), filePrefixes, paths, ids, display, notes);
    }

    /**
     * Sorts a location's entries by path, which below one directory is the order of their relative paths. The index
     * lists them in that order already (Git sorts by the bytes of the path, which differs from the order of Java's
     * strings only for some non-ASCII characters); then nothing moves.
     */
    private static void sortByPath(List<IndexEntries.Entry> entries) {
        for (int i = 1; i < entries.size(); i++) {
            if (entries.get(i - 1).path.compareTo(entries.get(i).path) > 0) {
                entries.sort((a, b) -> a.path.compareTo(b.path));
                return;
            }
        }
    }

    /** Which of the listed files the commit adds or changes, and which files of {@code HEAD} it deletes. */
    static Staged compare(Listed listed, Repository repo, TreeListings listings) throws IOException {
        Map<String, String> prefixes = listed.display();
        // per prefix: HEAD's blob id of each path below it, by its path relative to the prefix
        Map<String, HeadListing> head = headListings(repo, prefixes.keySet(), listings);
        Set<String> changed = new HashSet<>();
        int stagedInHead = 0;
        List<SourceFile> files = listed.files();
        for (int i = 0; i < files.size(); i++) {
            SourceFile f = files.get(i);
            HeadListing here = head.get(listed.prefixes().get(i));
            ObjectId before = here == null ? null : here.get(f.relativePath());
            if (before == null) {
                changed.add(f.displayPath());
            } else {
                stagedInHead++;
                if (!before.equals(listed.ids().get(i))) {
                    changed.add(f.displayPath());
                }
            }
        }

        // every file HEAD has under the locations is staged unless fewer of them were met than HEAD holds (counted
        // once per path: by prefix when no location's directory holds another's)
        Set<String> deleted = new HashSet<>();
        Set<String> headPaths = null;
        int headCount = 0;
        if (nested(head.keySet())) {
            headPaths = repositoryPaths(head);
            headCount = headPaths.size();
        } else {
            for (HeadListing listing : head.values()) {
                headCount += listing.entries.size();
            }
        }
        if (stagedInHead != headCount) {
            Set<String> staged = new HashSet<>(listed.paths());
            for (String path : headPaths != null ? headPaths : repositoryPaths(head)) {
                String display = displayOf(path, prefixes);
                if (display != null && !staged.contains(path)) {
                    deleted.add(display);
                }
            }
        }
        return new Staged(files, changed, deleted, listed.notes());
    }

    /**
     * The display path of a repository path under one of the locations' prefixes (the longest that holds it); null
     * for a path that is not below any (a file where a location's directory is expected).
     */
    private static String displayOf(String path, Map<String, String> prefixes) {
        String best = null;
        for (String prefix : prefixes.keySet()) {
            if (under(path, prefix) && (best == null || prefix.length() > best.length())) {
                best = prefix;
            }
        }
        if (best == null) {
            return null;
        }
        String relative = best.isEmpty() ? path : path.substring(best.length() + 1);
        return prefixes.get(best) + relative;
    }

    /** The entries under each of {@code prefixes} in the tree of {@code HEAD}; empty before the first commit. */
    private static Map<String, HeadListing> headListings(Repository repo, Set<String> prefixes,
                                                         TreeListings listings) throws IOException {
        Map<String, HeadListing> out = new HashMap<>();
        ObjectId head = repo.resolve("HEAD^{tree}");
        if (head == null || prefixes.isEmpty()) {
            return out;
        }
        try (RevWalk rw = new RevWalk(repo)) {
            RevTree tree = rw.parseTree(head);
            for (String prefix : prefixes) {
                out.put(prefix, new HeadListing(listings.under(tree, prefix)));
            }
        }
        return out;
    }

    /**
     * {@code HEAD}'s files below one location's directory, looked up by path relative to it: walked along when the
     * paths are asked for in ascending order (the index's order, in which the listing comes too), else through a map
     * made once. Thousands of lookups then cost no map of thousands of entries.
     */
    private static final class HeadListing {
        final List<TreeListings.Entry> entries;
        private final boolean sorted;
        private int next;
        private String last;
        private Map<String, ObjectId> byPath;

        HeadListing(List<TreeListings.Entry> entries) {
            this.entries = entries;
            boolean ascending = true;
            for (int i = 1; i < entries.size() && ascending; i++) {
                ascending = entries.get(i - 1).relativePath.compareTo(entries.get(i).relativePath) < 0;
            }
            this.sorted = ascending;
        }

        /** The blob id of {@code relative} in {@code HEAD}, or null when {@code HEAD} has no such file. */
        ObjectId get(String relative) {
            if (sorted && byPath == null && (last == null || last.compareTo(relative) < 0)) {
                last = relative;
                while (next < entries.size()) {
                    TreeListings.Entry e = entries.get(next);
                    int c = e.relativePath.compareTo(relative);
                    if (c > 0) {
                        return null;
                    }
                    next++;
                    if (c == 0) {
                        return e.id;
                    }
                }
                return null;
            }
            if (byPath == null) {
                byPath = new HashMap<>(entries.size() * 4 / 3 + 1);
                for (TreeListings.Entry e : entries) {
                    byPath.put(e.relativePath, e.id);
                }
            }
            return byPath.get(relative);
        }
    }

    /** True when one of {@code prefixes} is below another (a path then appears under both). */
    private static boolean nested(Set<String> prefixes) {
        for (String a : prefixes) {
            for (String b : prefixes) {
                if (!a.equals(b) && (b.isEmpty() || under(a, b))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The repository paths of {@code head}'s entries, each once. */
    private static Set<String> repositoryPaths(Map<String, HeadListing> head) {
        Set<String> paths = new HashSet<>();
        for (Map.Entry<String, HeadListing> e : head.entrySet()) {
            String prefix = e.getKey();
            for (TreeListings.Entry entry : e.getValue().entries) {
                paths.add(prefix.isEmpty() ? entry.relativePath : prefix + "/" + entry.relativePath);
            }
        }
        return paths;
    }

    private static boolean under(String path, String prefix) {
        return prefix.isEmpty() || (path.startsWith(prefix) && path.length() > prefix.length()
                && path.charAt(prefix.length()) == '/');
    }

    private static boolean isFile(int mode) {
        return FileMode.REGULAR_FILE.equals(mode) || FileMode.EXECUTABLE_FILE.equals(mode);
    }

    private static String slashes(Path relative) {
        return relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
    }

    /** A blob read on first use and kept. */
    private static final class BlobContent implements SourceFile.Content {
        private final RepositorySource repo;
        private final ObjectId id;
        private byte[] bytes;

        BlobContent(RepositorySource repo, ObjectId id) {
            this.repo = repo;
            this.id = id;
        }

        @Override
        public synchronized byte[] read() throws IOException {
            if (bytes == null) {
                bytes = repo.repository().open(id).getBytes();
            }
            return bytes.clone();
        }
    }
}
