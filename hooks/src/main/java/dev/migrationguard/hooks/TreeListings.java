package dev.migrationguard.hooks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.util.RawParseUtils;

/**
 * The regular files below a directory of a Git tree, with their blob ids: what the history checks read of the base,
 * of the fork point and of {@code HEAD} under each migration location. A listing depends on nothing but the id of the
 * directory's tree object (Git objects never change), so the hook keeps the listings of the base's and the fork
 * point's locations in its state directory: the next commit against the same base reads them back instead of walking
 * trees of thousands of entries, and a {@code HEAD} whose locations hold what the base's hold (a branch that has not
 * committed a migration yet) needs no walk either.
 *
 * <p>The file is trusted only when it is whole (a CRC-32 over its bytes), of this format and written by the same
 * jars; anything else is read as no cache, and the listings are walked as without one. It is replaced (atomically)
 * when the base's or fork point's trees are others than the ones it holds. One instance serves one thread.
 */
final class TreeListings {

    /** The cache file inside the hook's state directory. */
    static final String CACHE_FILE = "tree-listings.cache";

    private static final int MAGIC = 0x4d47544c; // "MGTL"
    /** Bumped whenever what a listing holds or how it is written changes. */
    static final int FORMAT = 1;

    /**
     * One entry below the directory that is not a directory: its path relative to it ('/'-separated), its mode's bits
     * and its object id.
     */
    static final class Entry {
        final String relativePath;
        final int mode;
        final ObjectId id;

        Entry(String relativePath, int mode, ObjectId id) {
            this.relativePath = relativePath;
            this.mode = mode;
            this.id = id;
        }

        /** A regular or executable file (not a symbolic link or a submodule). */
        boolean isFile() {
            return FileMode.REGULAR_FILE.equals(mode) || FileMode.EXECUTABLE_FILE.equals(mode);
        }
    }

    private final Repository repo;
    private final Path file;
    private final String tool;
    private final Map<ObjectId, List<Entry>> known = new HashMap<>();
    /** The trees read from the file, in its order. */
    private final Set<ObjectId> loaded = new LinkedHashSet<>();
    /** The trees to keep in the file after this run. */
    private final Set<ObjectId> kept = new LinkedHashSet<>();

    private TreeListings(Repository repo, Path file, String tool) {
        this.repo = repo;
        this.file = file;
        this.tool = tool;
    }

    /** Listings walked as needed and kept in memory only. */
    static TreeListings inMemory(Repository repo) {
        return new TreeListings(repo, null, null);
    }

    /**
     * Listings read from {@code file} when it is whole, of this format and written by {@code tool} (a text that
     * changes with the jars of the hook), else walked as needed; {@link #save()} writes the base's back.
     */
    static TreeListings cached(Repository repo, Path file, String tool) {
        TreeListings listings = new TreeListings(repo, file, tool);
        listings.load();
        return listings;
    }

    /**
     * The entries below {@code prefix} ('/'-separated, "" for the whole tree) in {@code root}, in Git's tree order;
     * empty when {@code root} has no directory there.
     */
    List<Entry> under(RevTree root, String prefix) throws IOException {
        ObjectId dir = directory(root, prefix);
        return dir == null ? List.of() : listing(dir);
    }

    /**
     * Same as {@link #under}, and keeps the listing in the cache file: for the trees of the base and its fork point,
     * which the next commits compare with again.
     */
    List<Entry> underKept(RevTree root, String prefix) throws IOException {
        ObjectId dir = directory(root, prefix);
        if (dir == null) {
            return List.of();
        }
        List<Entry> entries = listing(dir);
        kept.add(dir);
        return entries;
    }

    /** True when the listing of the directory tree {@code dir} is known (read from the cache file, or walked). */
    boolean knows(ObjectId dir) {
        return known.containsKey(dir);
    }

    /**
     * Writes the kept listings to the cache file when they are others than the ones it held (nothing to do for a
     * commit against the same base as the last one). A failure to write leaves the hook's result as it is: the next
     * run walks the trees again.
     */
    void save() {
        if (file == null || kept.isEmpty() || kept.equals(loaded)) {
            return;
        }
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeUTF(tool);
            out.writeInt(kept.size());
            byte[] raw = new byte[Constants.OBJECT_ID_LENGTH];
            for (ObjectId tree : kept) {
                tree.copyRawTo(raw, 0);
                out.write(raw);
                List<Entry> entries = known.get(tree);
                out.writeInt(entries.size());
                for (Entry e : entries) {
                    out.writeUTF(e.relativePath);
                    out.writeInt(e.mode);
                    e.id.copyRawTo(raw, 0);
                    out.write(raw);
                }
            }
            CRC32 crc = new CRC32();
            crc.update(bytes.toByteArray());
            out.writeLong(crc.getValue());
            out.flush();
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, CACHE_FILE, ".tmp");
            try {
                Files.write(temp, bytes.toByteArray());
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException | RuntimeException e) {
            // a cache that cannot be written is a slower next run, not a failed commit
        }
    }

    /** The tree id of the directory at {@code prefix} in {@code root}; null when there is none. */
    private ObjectId directory(RevTree root, String prefix) throws IOException {
        return directoryOf(repo, root, prefix);
    }

    /** The tree id of the directory {@code prefix} ("" for the root) in the tree {@code root}; null when none. */
    static ObjectId directoryOf(Repository repo, AnyObjectId root, String prefix) throws IOException {
        if (prefix.isEmpty()) {
            return root.copy();
        }
        try (TreeWalk walk = TreeWalk.forPath(repo, prefix, root)) {
            if (walk == null || !FileMode.TREE.equals(walk.getFileMode(0))) {
                return null;
            }
            return walk.getObjectId(0);
        }
    }

    private List<Entry> listing(ObjectId dir) throws IOException {
        List<Entry> entries = known.get(dir);
        if (entries == null) {
            entries = walk(dir);
            known.put(dir, entries);
        }
        return entries;
    }

    private List<Entry> walk(ObjectId dir) throws IOException {
        List<Entry> entries = new ArrayList<>();
        try (ObjectReader reader = repo.newObjectReader()) {
            walk(reader, dir, new byte[0], entries);
        }
        return List.copyOf(entries);
    }

    /**
     * What a recursive {@link TreeWalk} of {@code tree} lists (every entry that is not a directory, in Git's tree
     * order, a directory's entries at its place), read from the tree objects directly: paths are decoded as the walk
     * decodes them, ASCII ones without a charset decoder, which is most of the cost of listing a directory of
     * thousands of migrations in a fresh JVM.
     *
     * @param prefix the path of {@code tree} below the listed directory, with its trailing '/' ("" at the top)
     */
    static void walk(ObjectReader reader, AnyObjectId tree, byte[] prefix, List<Entry> out) throws IOException {
        byte[] raw = reader.open(tree, Constants.OBJ_TREE).getCachedBytes();
        int p = 0;
        while (p < raw.length) {
            int mode = 0;
            while (raw[p] != ' ') {
                mode = (mode << 3) + (raw[p++] - '0');
            }
            int nameStart = ++p;
            while (raw[p] != 0) {
                p++;
            }
            int nameEnd = p++;
            byte[] path = new byte[prefix.length + nameEnd - nameStart];
            System.arraycopy(prefix, 0, path, 0, prefix.length);
            System.arraycopy(raw, nameStart, path, prefix.length, nameEnd - nameStart);
            int idAt = p;
            p += Constants.OBJECT_ID_LENGTH;
            if (FileMode.TREE.equals(mode)) {
                byte[] below = Arrays.copyOf(path, path.length + 1);
                below[path.length] = '/';
                walk(reader, ObjectId.fromRaw(raw, idAt), below, out);
            } else {
                out.add(new Entry(decode(path), mode, ObjectId.fromRaw(raw, idAt)));
            }
        }
    }

    /** A path as {@link TreeWalk#getPathString()} decodes it. */
    private static String decode(byte[] path) {
        for (byte b : path) {
            if (b < 0) {
                return RawParseUtils.decode(path);
            }
        }
        return new String(path, StandardCharsets.ISO_8859_1); // ASCII: the same in every decoding
    }

    /** Reads the cache file; leaves nothing known when it is missing, cut short, of another format or tool. */
    private void load() {
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file)) {
                return;
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException | RuntimeException e) {
            return;
        }
        Map<ObjectId, List<Entry>> read = new HashMap<>();
        try {
            if (bytes.length < 8) {
                return;
            }
            CRC32 crc = new CRC32();
            crc.update(bytes, 0, bytes.length - 8);
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
            in.skipNBytes(bytes.length - 8);
            if (in.readLong() != crc.getValue()) {
                return;
            }
            in = new DataInputStream(new ByteArrayInputStream(bytes, 0, bytes.length - 8));
            if (in.readInt() != MAGIC || in.readInt() != FORMAT || !in.readUTF().equals(tool)) {
                return;
            }
            int trees = in.readInt();
            byte[] raw = new byte[Constants.OBJECT_ID_LENGTH];
            for (int t = 0; t < trees; t++) {
                in.readFully(raw);
                ObjectId tree = ObjectId.fromRaw(raw);
                int count = in.readInt();
                if (count < 0 || count > bytes.length) {
                    return;
                }
                List<Entry> entries = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    String path = in.readUTF();
                    int mode = in.readInt();
                    in.readFully(raw);
                    entries.add(new Entry(path, mode, ObjectId.fromRaw(raw)));
                }
                read.put(tree, List.copyOf(entries));
            }
            if (in.available() != 0) {
                return;
            }
        } catch (IOException | RuntimeException e) {
            return;
        }
        known.putAll(read);
        loaded.addAll(read.keySet());
    }
}
