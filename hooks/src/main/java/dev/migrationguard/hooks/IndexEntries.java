package dev.migrationguard.hooks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.util.RawParseUtils;

/**
 * The entries of the Git index below some directories: path, mode, stage and blob id, in the index's order. The hook
 * reads the index that {@code git commit} wrote an instant before, and reads it as {@code git} does: without
 * recomputing the SHA-1 checksum of the whole file (only {@code git fsck} verifies it), and without decoding the paths
 * of entries outside the directories asked for. JGit's reader hashes every byte of the file, which is most of the
 * cost of reading an index of 10,000 entries in a fresh JVM.
 *
 * <p>Versions 2, 3 and 4 of the index format are read. An index this class does not know entirely (another version,
 * an extension that changes what the entries mean, such as a split or sparse index, or bytes it cannot make sense
 * of) is read by JGit instead, which gives the same entries or the same error as before.
 */
final class IndexEntries {

    /** One entry of the index. */
    static final class Entry {
        final String path;
        final int mode;
        final int stage;
        final ObjectId id;

        Entry(String path, int mode, int stage, ObjectId id) {
            this.path = path;
            this.mode = mode;
            this.stage = stage;
            this.id = id;
        }
    }

    private static final int HEADER = 12;
    /** ctime, mtime, dev, ino, mode, uid, gid, size: ten 32-bit fields before the object id. */
    private static final int STAT = 40;
    private static final int ID = Constants.OBJECT_ID_LENGTH;
    private static final int EXTENDED = 0x4000;
    private static final int NAME_MASK = 0xfff;

    private IndexEntries() {
    }

    /**
     * The entries whose path is below one of {@code prefixes} ('/'-separated repository paths; "" for every entry),
     * in index order: per prefix, in the order of {@code prefixes}.
     */
    static List<List<Entry>> read(Repository repo, List<String> prefixes) throws IOException {
        return Snapshot.of(repo).entries(prefixes);
    }

    /** The bytes of the index file as read once; its entries and cached tree ids are read from them. */
    static final class Snapshot {
        private final RepositorySource repo;
        private final byte[] raw;
        /** The last pass over the entries, and the prefixes it was for. */
        private List<String> scannedFor;
        private Scan scanned;

        private Snapshot(RepositorySource repo, byte[] raw) {
            this.repo = repo;
            this.raw = raw;
        }

        /** Reads the index file of {@code repo} (none yet: no entry). */
        static Snapshot of(Repository repo) throws IOException {
            return read(repo.getIndexFile().toPath(), () -> repo);
        }

        /**
         * Reads {@code indexFile} (none: no entry), before the repository it belongs to is open: {@code repo} gives
         * that repository when JGit must read an index this class does not (it is asked only then).
         */
        static Snapshot read(Path indexFile, RepositorySource repo) throws IOException {
            try {
                return new Snapshot(repo, Files.readAllBytes(indexFile));
            } catch (NoSuchFileException e) {
                return new Snapshot(repo, null);
            }
        }

        /** As {@link IndexEntries#read}. */
        List<List<Entry>> entries(List<String> prefixes) throws IOException {
            if (raw == null) {
                return empty(prefixes.size()); // no index yet: nothing staged, as JGit reads it
            }
            Scan scan = scan(prefixes);
            List<List<Entry>> parsed = scan == null ? null : decoded(raw, scan);
            return parsed != null ? parsed : withJGit(repo.repository(), prefixes);
        }

        /**
         * The id of the tree that the directory {@code prefix}, one of {@code prefixes} ("" for the root), would be
         * written as, from the index's cache of tree ids (its {@code TREE} extension), when that cache holds a valid
         * one and no entry below {@code prefixes} carries an extended flag (an intent to add, a skip of the work
         * tree); else null: the entries must be read. The pass over the file is the one {@link #entries} then uses.
         */
        ObjectId cachedTree(List<String> prefixes, String prefix) {
            if (raw == null) {
                return null;
            }
            Scan scan = scan(prefixes);
            return scan == null || scan.flagged ? null : scan.trees.get(prefix);
        }

        private Scan scan(List<String> prefixes) {
            if (!prefixes.equals(scannedFor)) {
                scannedFor = List.copyOf(prefixes);
                try {
                    scanned = IndexEntries.scan(raw, prefixes);
                } catch (RuntimeException e) {
                    scanned = null; // cut short or garbled: JGit tells what is wrong
                }
            }
            return scanned;
        }
    }

    /** The same entries read by JGit's {@link DirCache}. */
    static List<List<Entry>> withJGit(Repository repo, List<String> prefixes) throws IOException {
        DirCache index = repo.readDirCache();
        List<List<Entry>> out = new ArrayList<>();
        for (String prefix : prefixes) {
            List<Entry> here = new ArrayList<>();
            if (prefix.isEmpty()) {
                for (int i = 0; i < index.getEntryCount(); i++) {
                    here.add(of(index.getEntry(i)));
                }
            } else {
                for (DirCacheEntry e : index.getEntriesWithin(prefix)) {
                    here.add(of(e));
                }
            }
            out.add(here);
        }
        return out;
    }

    private static Entry of(DirCacheEntry e) {
        return new Entry(e.getPathString(), e.getRawMode(), e.getStage(), e.getObjectId());
    }

    private static List<List<Entry>> empty(int n) {
        List<List<Entry>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new ArrayList<>());
        }
        return out;
    }

    /** The entries of an index file's bytes; null when the file is not one this class reads entirely. */
    static List<List<Entry>> parse(byte[] raw, List<String> prefixes) {
        try {
            Scan scan = scan(raw, prefixes);
            return scan == null ? null : decoded(raw, scan);
        } catch (RuntimeException e) {
            return null; // cut short or garbled: JGit tells what is wrong
        }
    }

    /** What one pass over an index file's bytes found. */
    private static final class Scan {
        /**
         * Per prefix, where its entries are: the offset of each entry, of its path and the path's length (versions 2
         * and 3, whose paths are read in place), decoded later; null for version 4.
         */
        final int[][] places;
        final int[] counts;
        /** Version 4: per prefix, its entries, decoded during the pass (a path continues the previous one's). */
        final List<List<Entry>> entries;
        /** The valid ids of the cached trees, by directory path ("" for the root). */
        final Map<String, ObjectId> trees = new HashMap<>();
        /** An entry below one of the prefixes carries extended flags. */
        boolean flagged;

        Scan(int prefixes, boolean decodeNow) {
            places = decodeNow ? null : new int[prefixes][];
            counts = new int[prefixes];
            entries = decodeNow ? empty(prefixes) : null;
            if (places != null) {
                for (int i = 0; i < prefixes; i++) {
                    places[i] = new int[48];
                }
            }
        }

        void place(int prefix, int start, int pathStart, int pathLength) {
            int[] here = places[prefix];
            int n = counts[prefix]++ * 3;
            if (n + 3 > here.length) {
                here = java.util.Arrays.copyOf(here, here.length * 2);
                places[prefix] = here;
            }
            here[n] = start;
            here[n + 1] = pathStart;
            here[n + 2] = pathLength;
        }
    }

    /** The entries a pass found, decoded (an entry under several prefixes is one object). */
    private static List<List<Entry>> decoded(byte[] raw, Scan scan) {
        if (scan.entries != null) {
            return scan.entries;
        }
        List<List<Entry>> out = new ArrayList<>();
        Map<Integer, Entry> shared = scan.places.length > 1 ? new HashMap<>() : null;
        for (int i = 0; i < scan.places.length; i++) {
            int[] here = scan.places[i];
            List<Entry> entries = new ArrayList<>(scan.counts[i]);
            for (int k = 0; k < scan.counts[i] * 3; k += 3) {
                int start = here[k];
                Entry e = shared == null ? null : shared.get(start);
                if (e == null) {
                    int idAt = start + STAT;
                    int flags = ((raw[idAt + ID] & 0xff) << 8) | (raw[idAt + ID + 1] & 0xff);
                    e = new Entry(path(raw, here[k + 1], here[k + 2]), int32(raw, start + 24), (flags >>> 12) & 3,
                            ObjectId.fromRaw(raw, idAt));
                    if (shared != null) {
                        shared.put(start, e);
                    }
                }
                entries.add(e);
            }
            out.add(entries);
        }
        return out;
    }

    /**
     * One pass over the entries and the extensions: where the entries under {@code prefixes} are (version 4: the
     * entries themselves), the cached tree ids; null when the file is not one this class reads entirely.
     */
    private static Scan scan(byte[] raw, List<String> prefixes) {
        if (raw.length < HEADER + ID || raw[0] != 'D' || raw[1] != 'I' || raw[2] != 'R' || raw[3] != 'C') {
            return null;
        }
        int version = int32(raw, 4);
        if (version < 2 || version > 4) {
            return null;
        }
        long count = int32(raw, 8) & 0xffffffffL;
        byte[][] wanted = new byte[prefixes.size()][];
        for (int i = 0; i < wanted.length; i++) {
            String prefix = prefixes.get(i);
            wanted[i] = prefix.isEmpty() ? new byte[0] : (prefix + "/").getBytes(StandardCharsets.UTF_8);
        }
        Scan scan = new Scan(prefixes.size(), version == 4);
        List<List<Entry>> out = scan.entries;
        byte[] previous = new byte[0]; // version 4: the previous entry's path, which the next one starts from
        int previousLength = 0;
        int p = HEADER;
        int end = raw.length - ID;
        for (long n = 0; n < count; n++) {
            int start = p;
            int mode = int32(raw, p + 24);
            int idAt = p + STAT;
            int flags = ((raw[idAt + ID] & 0xff) << 8) | (raw[idAt + ID + 1] & 0xff);
            p = idAt + ID + 2;
            if ((flags & EXTENDED) != 0) {
                if (version < 3) {
                    return null;
                }
                p += 2;
            }
            int pathStart;
            int pathLength;
            byte[] pathBytes;
            if (version == 4) {
                // the number of bytes to drop from the end of the previous path, then the rest, ended by a NUL
                int c = raw[p++] & 0xff;
                long strip = c & 0x7f;
                while ((c & 0x80) != 0) {
                    c = raw[p++] & 0xff;
                    strip = ((strip + 1) << 7) | (c & 0x7f);
                }
                if (strip < 0 || strip > previousLength) {
                    return null;
                }
                int suffixEnd = nul(raw, p, end);
                if (suffixEnd < 0) {
                    return null;
                }
                int keep = previousLength - (int) strip;
                int length = keep + (suffixEnd - p);
                if (previous.length < length) {
                    byte[] grown = new byte[Math.max(length, previous.length * 2)];
                    System.arraycopy(previous, 0, grown, 0, keep);
                    previous = grown;
                }
                System.arraycopy(raw, p, previous, keep, suffixEnd - p);
                previousLength = length;
                pathBytes = previous;
                pathStart = 0;
                pathLength = length;
                p = suffixEnd + 1;
            } else {
                int nameLength = flags & NAME_MASK;
                int pathEnd = nameLength < NAME_MASK ? p + nameLength : nul(raw, p, end);
                if (pathEnd < 0 || pathEnd >= end || raw[pathEnd] != 0) {
                    return null;
                }
                pathBytes = raw;
                pathStart = p;
                pathLength = pathEnd - p;
                // entries are padded with 1 to 8 NULs to a multiple of 8 bytes
                int entryLength = pathEnd - start;
                p = start + ((entryLength + 8) & ~7);
            }
            if (p > end) {
                return null;
            }
            Entry entry = null;
            for (int i = 0; i < wanted.length; i++) {
                if (startsWith(pathBytes, pathStart, pathLength, wanted[i])) {
                    scan.flagged |= (flags & EXTENDED) != 0;
                    if (out == null) {
                        scan.place(i, start, pathStart, pathLength);
                        continue;
                    }
                    if (entry == null) {
                        entry = new Entry(path(pathBytes, pathStart, pathLength), mode, (flags >>> 12) & 3,
                                ObjectId.fromRaw(raw, idAt));
                    }
                    out.get(i).add(entry);
                }
            }
        }
        // extensions: an optional one (upper-case first letter) only caches something; any other changes what the
        // entries mean, and is JGit's to read or refuse
        while (p < end) {
            if (p + 8 > end) {
                return null;
            }
            byte first = raw[p];
            if (first < 'A' || first > 'Z') {
                return null;
            }
            long size = int32(raw, p + 4) & 0xffffffffL;
            if (size > end - p - 8) {
                return null;
            }
            if (raw[p] == 'T' && raw[p + 1] == 'R' && raw[p + 2] == 'E' && raw[p + 3] == 'E') {
                int treeEnd = p + 8 + (int) size;
                int[] at = {p + 8};
                while (at[0] < treeEnd) {
                    cachedTree(raw, at, treeEnd, null, scan.trees);
                }
            }
            p += 8 + (int) size;
        }
        return p == end ? scan : null;
    }

    /**
     * One entry of the {@code TREE} extension and, recursively, its subtrees: the directory's name (ended by a NUL),
     * the number of index entries it covers ({@code -1} when its id is out of date) and its number of subtrees in
     * ASCII, then its id when it is up to date.
     *
     * @param parent the parent's path, null for the root
     */
    private static void cachedTree(byte[] raw, int[] at, int end, String parent, Map<String, ObjectId> out) {
        int p = at[0];
        int nameEnd = nul(raw, p, end);
        if (nameEnd < 0) {
            throw new IllegalArgumentException("cached tree name not ended");
        }
        String name = path(raw, p, nameEnd - p);
        String path = parent == null ? name : parent.isEmpty() ? name : parent + "/" + name;
        p = nameEnd + 1;
        int sign = 1;
        if (raw[p] == '-') {
            sign = -1;
            p++;
        }
        long count = 0;
        while (raw[p] != ' ') {
            count = count * 10 + digit(raw[p++]);
        }
        p++;
        long subtrees = 0;
        while (raw[p] != '\n') {
            subtrees = subtrees * 10 + digit(raw[p++]);
        }
        p++;
        if (sign > 0) {
            if (p + ID > end) {
                throw new IllegalArgumentException("cached tree id cut short");
            }
            out.put(path, ObjectId.fromRaw(raw, p));
            p += ID;
        }
        at[0] = p;
        for (long i = 0; i < subtrees; i++) {
            cachedTree(raw, at, end, path, out);
        }
    }

    private static int digit(byte b) {
        if (b < '0' || b > '9') {
            throw new IllegalArgumentException("not a digit in a cached tree");
        }
        return b - '0';
    }

    private static boolean startsWith(byte[] bytes, int start, int length, byte[] prefix) {
        if (length <= prefix.length) {
            return prefix.length == 0 && length > 0;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[start + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The path as JGit decodes it: UTF-8, falling back as {@link RawParseUtils#decode} does. */
    private static String path(byte[] bytes, int start, int length) {
        for (int i = start; i < start + length; i++) {
            if (bytes[i] < 0) {
                return RawParseUtils.decode(bytes, start, start + length);
            }
        }
        return new String(bytes, start, length, StandardCharsets.ISO_8859_1); // ASCII: the same in every decoding
    }

    private static int nul(byte[] raw, int from, int end) {
        for (int i = from; i < end; i++) {
            if (raw[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int int32(byte[] raw, int at) {
        return ((raw[at] & 0xff) << 24) | ((raw[at + 1] & 0xff) << 16) | ((raw[at + 2] & 0xff) << 8)
                | (raw[at + 3] & 0xff);
    }
}
