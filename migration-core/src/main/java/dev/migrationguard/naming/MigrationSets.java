package dev.migrationguard.naming;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Builds a {@link MigrationSet} from the files under the migration locations: names each file under its location's
 * scheme (configured, or detected per location), pairs downs with their ups, and gathers every problem of the run.
 *
 * <p>Pairing: a Flyway undo {@code U<v>} joins the {@code V<v>} of the same version; a golang-migrate
 * {@code .down.sql} joins the {@code .up.sql} of the same version and name; {@code down.sql} joins the {@code up.sql}
 * of its folder; dbmate and goose files hold both sections. Migrations whose version is taken twice stay in the list
 * (so their SQL is still checked); a runner must refuse a set with problems. Files that are not {@code .sql} are
 * ignored without a problem; so are Flyway callback scripts.
 */
public final class MigrationSets {

    /** Single-file schemes; their tools write both sections, so a missing down section is a mistake. */
    private static final Set<NamingScheme> SINGLE_FILE = EnumSet.of(NamingScheme.DBMATE, NamingScheme.GOOSE);
    /**
     * Schemes that pair separate files: a down is expected once the location uses downs at all (a location with
     * no down file is a forward-only project, not hundreds of mistakes).
     */
    private static final Set<NamingScheme> PAIRED_BY_FILES = EnumSet.of(NamingScheme.FLYWAY,
            NamingScheme.GOLANG_MIGRATE, NamingScheme.FOLDER_PAIRS);
    private static final String IRREVERSIBLE = "-- migration-guard:irreversible <reason>";

    private final NamingOptions options;
    private final NameMemo memo;
    private final List<NamingProblem> problems = new ArrayList<>();
    private final Map<SourceFile, String> texts = new IdentityHashMap<>();

    private MigrationSets(NamingOptions options, NameMemo memo) {
        this.options = options;
        this.memo = memo;
    }

    /** Builds the set with detected schemes and {@link DownPolicy#AUTO}. */
    public static MigrationSet build(List<SourceFile> files) {
        return build(files, NamingOptions.defaults());
    }

    /** Builds the set; every problem is reported in {@link MigrationSet#problems()}, nothing is thrown for them. */
    public static MigrationSet build(List<SourceFile> files, NamingOptions options) {
        return build(files, options, new NameMemo());
    }

    /**
     * Builds the set reading names through {@code memo}, which remembers them for the next set of the same run (the
     * base a branch is compared with): the result is the same as without it.
     */
    public static MigrationSet build(List<SourceFile> files, NamingOptions options, NameMemo memo) {
        return new MigrationSets(options, memo).run(files);
    }

    /** A named file of a location. {@code layout} is set for dbmate/goose files whose text could be read. */
    private record Candidate(SourceFile file, NamingScheme scheme, ParsedName name, SectionLayout layout) {
        String path() {
            return file.displayPath();
        }

        /** How messages name this file: its path within its location. */
        String shown() {
            return file.relativePath();
        }

        /** How messages about this file name {@code other}: within the location when they share it. */
        String shown(Candidate other) {
            return other.file.location().equals(file.location()) ? other.file.relativePath()
                    : other.file.displayPath();
        }

        boolean singleFile() {
            return SINGLE_FILE.contains(scheme);
        }
    }

    /** What joins a down to its up: the version, and the name where the scheme pairs by name. */
    private record PairKey(MigrationVersion version, String name) {
        // written out: the generated ones are linked on first use, which costs a fresh JVM milliseconds
        @Override
        public boolean equals(Object other) {
            return other instanceof PairKey o && Objects.equals(version, o.version) && Objects.equals(name, o.name);
        }

        @Override
        public int hashCode() {
            return 31 * Objects.hashCode(version) + Objects.hashCode(name);
        }
    }

    private MigrationSet run(List<SourceFile> files) {
        Map<String, List<SourceFile>> byLocation = new LinkedHashMap<>();
        for (SourceFile f : files) {
            List<SourceFile> sql = byLocation.computeIfAbsent(f.location(), k -> new ArrayList<>());
            if (isSql(f)) {
                sql.add(f);
            }
        }
        Map<String, NamingScheme> schemes = new LinkedHashMap<>();
        List<Candidate> candidates = new ArrayList<>();
        for (Map.Entry<String, List<SourceFile>> e : byLocation.entrySet()) {
            NamingScheme scheme = options.scheme() != null ? options.scheme()
                    : SchemeDetector.detect(e.getValue(), this::text, memo);
            schemes.put(e.getKey(), scheme);
            for (SourceFile f : e.getValue()) {
                Candidate c = name(f, scheme);
                if (c != null) {
                    candidates.add(c);
                }
            }
        }
        candidates.sort(Comparator.comparing(Candidate::path));
        List<Migration> migrations = pair(candidates);
        migrations.sort(MIGRATION_ORDER);
        problems.sort(Comparator.comparing(NamingProblem::path).thenComparing(NamingProblem::type)
                .thenComparing(NamingProblem::message));
        return new MigrationSet(List.copyOf(migrations), List.copyOf(problems),
                Collections.unmodifiableMap(schemes));
    }

    private static boolean isSql(SourceFile f) {
        return f.fileName().toLowerCase(Locale.ROOT).endsWith(".sql");
    }

    /** Parses one file's name; null (with a problem recorded when due) when it is not a migration. */
    private Candidate name(SourceFile f, NamingScheme scheme) {
        ParsedName parsed = memo.parse(f.relativePath(), scheme);
        if (!parsed.isValid()) {
            problem(NamingProblem.Type.INVALID_NAME, f.displayPath(), parsed.message(), parsed.help());
            return null;
        }
        if (!parsed.isMigration()) {
            return null;
        }
        SectionLayout layout = null;
        if (SINGLE_FILE.contains(scheme)) {
            String text = text(f);
            if (text != null) {
                layout = SectionMarkers.scan(text, scheme);
                if (layout.up() == null) {
                    problem(NamingProblem.Type.INVALID_NAME, f.displayPath(), f.relativePath() + " has no "
                                    + NameParser.upMarker(scheme) + " line, so " + SchemeTexts.title(scheme)
                                    + " finds no migration in it",
                            "add a " + NameParser.upMarker(scheme) + " line before its statements and a "
                                    + NameParser.downMarker(scheme) + " line before the statements that revert them");
                    return null;
                }
            }
        }
        return new Candidate(f, scheme, parsed, layout);
    }

    private List<Migration> pair(List<Candidate> candidates) {
        List<Candidate> ups = new ArrayList<>();
        List<Candidate> downs = new ArrayList<>();
        for (Candidate c : candidates) {
            (c.name().direction() == Direction.DOWN ? downs : ups).add(c);
        }
        Set<Candidate> duplicates = reportDuplicateUps(ups);

        Map<PairKey, Candidate> upByKey = new LinkedHashMap<>();
        for (Candidate up : ups) {
            if (up.name().kind() == MigrationKind.VERSIONED && !up.singleFile()) {
                upByKey.putIfAbsent(key(up), up);
            }
        }
        Map<Candidate, Candidate> downOf = new IdentityHashMap<>();
        Map<PairKey, Candidate> firstDown = new LinkedHashMap<>();
        for (Candidate down : downs) {
            PairKey key = key(down);
            Candidate earlier = firstDown.putIfAbsent(key, down);
            if (earlier != null) {
                pairProblem(down, earlier, "version " + key.version() + " has two down migrations: "
                                + down.shown(earlier) + " and " + down.shown(),
                        "delete " + down.shown() + " or merge it into " + down.shown(earlier),
                        "delete " + earlier.shown() + " or merge it into " + earlier.shown(down));
                continue;
            }
            Candidate up = upByKey.get(key);
            if (up == null) {
                reportOrphan(down, ups);
            } else {
                downOf.put(up, down);
            }
        }

        Set<String> undoLocations = new HashSet<>();
        for (Candidate down : downs) {
            undoLocations.add(down.file().location());
        }
        List<Migration> migrations = new ArrayList<>();
        for (Candidate up : ups) {
            migrations.add(migration(up, downOf.get(up), duplicates.contains(up), undoLocations));
        }
        return migrations;
    }

    private Migration migration(Candidate up, Candidate down, boolean duplicate, Set<String> undoLocations) {
        ParsedName n = up.name();
        ScriptRef upRef;
        ScriptRef downRef = null;
        if (up.singleFile()) {
            upRef = new ScriptRef(up.file(), Direction.UP, Section.UP);
            if (up.layout() != null && up.layout().down() != null) {
                downRef = new ScriptRef(up.file(), Direction.DOWN, Section.DOWN);
            }
        } else {
            upRef = new ScriptRef(up.file(), Direction.UP, Section.WHOLE);
            if (down != null) {
                downRef = new ScriptRef(down.file(), Direction.DOWN, Section.WHOLE);
            }
        }
        boolean unknownSections = up.singleFile() && up.layout() == null;
        if (downRef == null && !duplicate && !unknownSections && downRequired(up, undoLocations)
                && !markedIrreversible(up.file())) {
            reportMissingDown(up);
        }
        return new Migration(n.version(), n.description(), n.kind(), up.scheme(), upRef, downRef);
    }

    private boolean downRequired(Candidate up, Set<String> undoLocations) {
        if (up.name().kind() != MigrationKind.VERSIONED) {
            return false;
        }
        return switch (options.requireDown()) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> SINGLE_FILE.contains(up.scheme())
                    || (PAIRED_BY_FILES.contains(up.scheme()) && undoLocations.contains(up.file().location()));
        };
    }

    private boolean markedIrreversible(SourceFile f) {
        String text = text(f);
        return text != null && SectionMarkers.hasIrreversibleMarker(text);
    }

    /** Reports every up whose version (or, for repeatables, description) an earlier up already has. */
    private Set<Candidate> reportDuplicateUps(List<Candidate> ups) {
        Map<Object, Candidate> first = new LinkedHashMap<>();
        Set<Candidate> duplicates = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Candidate up : ups) {
            ParsedName n = up.name();
            Object key = n.kind() == MigrationKind.REPEATABLE ? List.of("R", n.description())
                    : n.scheme() == NamingScheme.FOLDER_PAIRS ? List.of(n.kind(), folderVersionText(n.relativePath()))
                    : List.of(n.kind(), n.version());
            Candidate earlier = first.putIfAbsent(key, up);
            if (earlier == null) {
                continue;
            }
            duplicates.add(up);
            if (n.kind() == MigrationKind.REPEATABLE) {
                pairProblem(up, earlier, "repeatable migrations " + up.shown(earlier) + " and " + up.shown()
                                + " have the same description \"" + n.description() + "\"",
                        "rename " + up.shown() + " or merge it into " + up.shown(earlier),
                        "rename " + earlier.shown() + " or merge it into " + earlier.shown(up));
            } else {
                String what = n.kind() == MigrationKind.BASELINE ? "baseline version " : "version ";
                pairProblem(up, earlier, what + n.version() + " is used by both " + up.shown(earlier) + " and "
                                + up.shown(), "give " + up.shown() + " a version no other migration uses",
                        "give " + earlier.shown() + " a version no other migration uses");
            }
        }
        return duplicates;
    }

    private void reportOrphan(Candidate down, List<Candidate> ups) {
        ParsedName n = down.name();
        String path = down.path();
        String shown = down.shown();
        switch (down.scheme()) {
            case FLYWAY -> problem(NamingProblem.Type.ORPHAN_DOWN, path, shown + " undoes version " + n.version()
                            + ", but there is no versioned migration V" + n.version(),
                    "add the V" + n.version() + "__<description>.sql it undoes, or delete " + shown);
            case FOLDER_PAIRS -> problem(NamingProblem.Type.ORPHAN_DOWN, path, shown + " has no up.sql beside it",
                    "add " + NameParser.parent(shown) + "up.sql, or delete " + shown);
            default -> {
                String expectedUp = replaceEnd(shown, ".down.sql", ".up.sql");
                Candidate sameVersion = null;
                for (Candidate up : ups) {
                    if (up.name().kind() == MigrationKind.VERSIONED && n.version().equals(up.name().version())) {
                        sameVersion = up;
                        break;
                    }
                }
                if (sameVersion != null && sameVersion.scheme() == down.scheme()) {
                    String other = down.shown(sameVersion);
                    String rename = replaceEnd(other, ".up.sql", ".down.sql");
                    problem(NamingProblem.Type.ORPHAN_DOWN, path, shown + " has no up migration " + expectedUp
                                    + "; " + other + " has version " + n.version() + " under another name",
                            "rename " + shown + " to " + rename);
                } else {
                    problem(NamingProblem.Type.ORPHAN_DOWN, path, shown + " has no up migration " + expectedUp,
                            "add " + expectedUp + ", or delete " + shown);
                }
            }
        }
    }

    private void reportMissingDown(Candidate up) {
        String path = up.path();
        String shown = up.shown();
        String mark = "mark it with " + IRREVERSIBLE;
        switch (up.scheme()) {
            case FLYWAY -> {
                String file = up.file().fileName();
                String expected = NameParser.parent(shown) + "U" + file.substring(1);
                problem(NamingProblem.Type.MISSING_DOWN, path, shown + " has no undo migration " + expected,
                        "add " + expected + " that reverts it, or " + mark);
            }
            case GOLANG_MIGRATE -> {
                String expected = replaceEnd(shown, ".up.sql", ".down.sql");
                problem(NamingProblem.Type.MISSING_DOWN, path, shown + " has no down migration " + expected,
                        "add " + expected + " that reverts it, or " + mark);
            }
            case FOLDER_PAIRS -> {
                String expected = NameParser.parent(shown) + "down.sql";
                problem(NamingProblem.Type.MISSING_DOWN, path, shown + " has no " + expected + " beside it",
                        "add " + expected + " that reverts it, or " + mark);
            }
            case DBMATE, GOOSE -> {
                String marker = NameParser.downMarker(up.scheme());
                problem(NamingProblem.Type.MISSING_DOWN, path, shown + " has no " + marker + " section",
                        "add a " + marker + " section that reverts it, or " + mark);
            }
            case TIMESTAMP, SEQUENTIAL -> problem(NamingProblem.Type.MISSING_DOWN, path, shown
                            + " has no down migration, and down migrations are required",
                    mark + ": " + SchemeTexts.title(up.scheme()) + " names have no down files");
        }
    }

    private static PairKey key(Candidate c) {
        NamingScheme s = c.scheme();
        String name = s == NamingScheme.GOLANG_MIGRATE || s == NamingScheme.FOLDER_PAIRS ? c.name().name() : null;
        return new PairKey(c.name().version(), name);
    }

    private static String replaceEnd(String s, String end, String replacement) {
        return s.endsWith(end) ? s.substring(0, s.length() - end.length()) + replacement : s;
    }

    private void problem(NamingProblem.Type type, String path, String message, String help) {
        problems.add(new NamingProblem(type, path, message, help));
    }

    /** A duplicate between {@code later} (where it is reported) and {@code earlier}, with the help for either side. */
    private void pairProblem(Candidate later, Candidate earlier, String message, String help, String earlierHelp) {
        problems.add(new NamingProblem(NamingProblem.Type.DUPLICATE_VERSION, later.path(), message, help,
                earlier.path(), earlierHelp));
    }

    /** The file's text, decoded leniently and cached; null when it cannot be read. */
    private String text(SourceFile f) {
        if (texts.containsKey(f)) {
            return texts.get(f);
        }
        String text;
        try {
            byte[] bytes = f.content().read();
            text = bytes == null ? null : DecodedText.lenient(bytes);
        } catch (IOException | RuntimeException e) {
            text = null;
        }
        texts.put(f, text);
        return text;
    }

    private static final Comparator<Migration> MIGRATION_ORDER = (a, b) -> {
        boolean ra = a.kind() == MigrationKind.REPEATABLE;
        boolean rb = b.kind() == MigrationKind.REPEATABLE;
        if (ra != rb) {
            return ra ? 1 : -1;
        }
        int c = ra ? a.description().compareTo(b.description()) : a.version().compareTo(b.version());
        if (c == 0 && !ra && a.kind() != b.kind()) {
            c = a.kind() == MigrationKind.BASELINE ? -1 : 1;
        }
        return c != 0 ? c : a.up().displayPath().compareTo(b.up().displayPath());
    };

    /**
     * The version digits of a folder-pairs migration as written ({@code 00000000000000} of
     * {@code 00000000000000_diesel_initial_setup/up.sql}, dashes dropped): diesel tells versions apart by this
     * text, so {@code 000} and {@code 0000} are two migrations even though they are equal as numbers.
     */
    private static String folderVersionText(String relativePath) {
        int slash = relativePath.lastIndexOf('/');
        String folder = slash < 0 ? relativePath : relativePath.substring(0, slash);
        folder = folder.substring(folder.lastIndexOf('/') + 1);
        int end = 0;
        while (end < folder.length() && (Character.isDigit(folder.charAt(end)) || folder.charAt(end) == '-')) {
            end++;
        }
        return folder.substring(0, end).replace("-", "");
    }
}
