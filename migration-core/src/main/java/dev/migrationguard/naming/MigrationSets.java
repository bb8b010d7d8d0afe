package dev.migrationguard.naming;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
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

    /**
     * What two ups must not share: the kind and the version (for folder pairs the version as written), or for
     * repeatables the description.
     */
    private record UpKey(MigrationKind kind, Object value) {
        // written out: the generated ones are linked on first use, which costs a fresh JVM milliseconds
        @Override
        public boolean equals(Object other) {
            return other instanceof UpKey o && kind == o.kind && Objects.equals(value, o.value);
        }

        @Override
        public int hashCode() {
            return 31 * kind.hashCode() + Objects.hashCode(value);
        }
    }

    private MigrationSet run(List<SourceFile> files) {
        memo.expect(files.size());
        Map<String, List<SourceFile>> byLocation = new LinkedHashMap<>();
        Map<String, List<SourceFile>> masters = new LinkedHashMap<>();
        for (SourceFile f : files) {
            List<SourceFile> sql = byLocation.get(f.location());
            if (sql == null) {
                sql = new ArrayList<>();
                byLocation.put(f.location(), sql);
            }
            if (isSql(f)) {
                sql.add(f);
            } else if (LiquibaseMasters.isMasterCandidate(f)) {
                masters.computeIfAbsent(f.location(), k -> new ArrayList<>()).add(f);
            }
        }
        Map<String, NamingScheme> schemes = new LinkedHashMap<>();
        List<Candidate> candidates = new ArrayList<>();
        List<Migration> changesets = new ArrayList<>();
        for (Map.Entry<String, List<SourceFile>> e : byLocation.entrySet()) {
            NamingScheme scheme = options.scheme() != null ? options.scheme()
                    : holdsChangelog(masters.getOrDefault(e.getKey(), List.of())) ? NamingScheme.LIQUIBASE_SQL
                    : SchemeDetector.detect(e.getValue(), this::text, memo);
            schemes.put(e.getKey(), scheme);
            if (scheme == NamingScheme.LIQUIBASE_SQL) {
                changesets.addAll(changelogs(e.getValue(), masters.getOrDefault(e.getKey(), List.of())));
                continue;
            }
            if (scheme == NamingScheme.ALEMBIC_SQL) {
                changesets.addAll(alembic(e.getValue()));
                continue;
            }
            List<Candidate> here = new ArrayList<>();
            for (SourceFile f : e.getValue()) {
                Candidate c = name(f, scheme);
                if (c != null) {
                    here.add(c);
                }
            }
            candidates.addAll(scheme == NamingScheme.GOLANG_MIGRATE ? PopxDialects.onPostgres(here, Candidate::name)
                    : here);
        }
        candidates.sort(BY_PATH);
        List<Migration> migrations = pair(candidates);
        migrations.addAll(changesets);
        migrations.sort(MIGRATION_ORDER);
        problems.sort(PROBLEM_ORDER);
        return new MigrationSet(List.copyOf(migrations), List.copyOf(problems),
                Collections.unmodifiableMap(schemes));
    }

    /** Liquibase changelogs read so far in this run; their changesets' versions continue from it. */
    private int changelogCount;

    /** True when one of {@code masters} is a Liquibase changelog: it holds {@code databaseChangeLog}. */
    private boolean holdsChangelog(List<SourceFile> masters) {
        for (SourceFile m : masters) {
            if (LiquibaseDocument.mayBeChangelog(text(m))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The changesets of the Liquibase changelogs of one location, in the order its XML, YAML or JSON changelogs list
     * them ({@link LiquibaseMasters}): formatted SQL changelogs, plain SQL files, and the changesets written in the
     * XML, YAML or JSON changelogs; then the SQL files no changelog names, in path order (the order of Liquibase's
     * {@code includeAll}). Changeset {@code n} of the {@code k}-th changelog of the run gets version {@code k.n};
     * its description is {@code author:id}. A plain SQL file a changeset runs with {@code sqlFile} is named by that
     * changeset, and the file its {@code <rollback>} runs is its down.
     */
    private List<Migration> changelogs(List<SourceFile> files, List<SourceFile> masterFiles) {
        List<SourceFile> sorted = new ArrayList<>(files);
        sorted.sort(Comparator.comparing(SourceFile::relativePath));
        LiquibaseMasters.Plan plan = LiquibaseMasters.plan(masterFiles, sorted, this::text);
        if (!plan.documents().isEmpty()) {
            LiquibaseProperties.record(masterFiles.get(0).location(), plan.documents().values());
        }
        Map<String, SourceFile> byPath = new LinkedHashMap<>();
        for (SourceFile f : sorted) {
            byPath.put(f.relativePath(), f);
        }
        Map<String, SourceFile> sqlByPath = new LinkedHashMap<>(byPath);
        Map<String, SourceFile> masterByPath = new LinkedHashMap<>();
        for (SourceFile m : masterFiles) {
            masterByPath.put(m.relativePath(), m);
        }
        for (Map.Entry<String, LiquibaseDocument> d : plan.documents().entrySet()) {
            SourceFile m = masterByPath.get(d.getKey());
            for (LiquibaseChangelog.Problem p : d.getValue().problems()) {
                problems.add(NamingProblem.atLine(p.message().contains("same author and id")
                                ? NamingProblem.Type.DUPLICATE_VERSION : NamingProblem.Type.INVALID_NAME,
                        m.displayPath(), p.line(), m.relativePath() + ": " + p.message(), p.help()));
            }
        }
        List<LiquibaseMasters.Step> steps = new ArrayList<>();
        for (LiquibaseMasters.Step step : plan.steps()) {
            if (step.sqlPath() == null || byPath.remove(step.sqlPath()) != null) {
                steps.add(step);
            }
        }
        for (String rollbackFile : plan.rollback().values()) {
            byPath.remove(rollbackFile);
        }
        for (String other : plan.elsewhere()) {
            byPath.remove(other);
        }
        for (String rest : byPath.keySet()) {
            steps.add(new LiquibaseMasters.Step(rest, null, null));
        }
        List<Migration> migrations = new ArrayList<>();
        String writtenIn = null;
        int writtenFile = 0;
        int writtenCount = 0;
        for (LiquibaseMasters.Step step : steps) {
            if (step.sqlPath() == null) {
                if (!step.master().equals(writtenIn)) {
                    writtenIn = step.master();
                    writtenFile = ++changelogCount;
                    writtenCount = 0;
                }
                Migration m = written(masterByPath.get(step.master()), plan, step.changeSet(), writtenFile,
                        ++writtenCount);
                if (m != null) {
                    migrations.add(m);
                }
                continue;
            }
            writtenIn = null;
            SourceFile f = sqlByPath.get(step.sqlPath());
            String text = text(f);
            if (text == null) {
                continue;
            }
            int file = ++changelogCount;
            if (!LiquibaseChangelog.isFormattedSql(text)) {
                // Liquibase runs an included .sql file without the header as one changeset, raw:includeAll,
                // which has no rollback
                ScriptRef up = new ScriptRef(f, Direction.UP, Section.WHOLE);
                String changeSet = plan.changeSet().get(f.relativePath());
                String rollbackPath = plan.rollback().get(f.relativePath());
                if (changeSet != null) {
                    SourceFile rollback = rollbackPath == null ? null : sqlByPath.get(rollbackPath);
                    migrations.add(new Migration(MigrationVersion.parse(file + ".1"), changeSet + " (" + f.fileName()
                            + ")", MigrationKind.VERSIONED, NamingScheme.LIQUIBASE_SQL, up, rollback == null ? null
                            : new ScriptRef(rollback, Direction.DOWN, Section.WHOLE)));
                    continue;
                }
                if (options.requireDown() == DownPolicy.ALWAYS && !markedIrreversible(f)) {
                    problem(NamingProblem.Type.MISSING_DOWN, f.displayPath(), f.relativePath() + " is raw SQL (no"
                                    + " --liquibase formatted sql first line): Liquibase runs it as one changeset"
                                    + " without rollback",
                            "make it a formatted SQL changelog with --rollback lines, or mark it with " + IRREVERSIBLE);
                }
                migrations.add(new Migration(MigrationVersion.parse(file + ".1"), f.fileName() + " (raw SQL)",
                        MigrationKind.VERSIONED, NamingScheme.LIQUIBASE_SQL, up, null));
                continue;
            }
            migrations.addAll(formatted(f, text, file));
        }
        return migrations;
    }

    /** The changesets of one formatted SQL changelog, the {@code file}-th changelog of the run. */
    private List<Migration> formatted(SourceFile f, String text, int file) {
        List<Migration> migrations = new ArrayList<>();
        LiquibaseChangelog changelog = LiquibaseChangelog.parse(text);
        for (LiquibaseChangelog.Problem p : changelog.problems()) {
            problems.add(NamingProblem.atLine(p.message().contains("same author and id")
                    ? NamingProblem.Type.DUPLICATE_VERSION : NamingProblem.Type.INVALID_NAME,
                    f.displayPath(), p.line(), f.relativePath() + ": " + p.message(), p.help()));
        }
        boolean usesRollbacks = false;
        for (LiquibaseChangelog.Changeset c : changelog.changesets()) {
            usesRollbacks |= c.rollback() != LiquibaseChangelog.Rollback.NONE;
        }
        int n = 0;
        for (LiquibaseChangelog.Changeset c : changelog.changesets()) {
            n++;
            ScriptRef up = new ScriptRef(f, Direction.UP, Section.UP, c.key());
            ScriptRef down = c.rollback() == LiquibaseChangelog.Rollback.NONE ? null
                    : new ScriptRef(f, Direction.DOWN, Section.DOWN, c.key());
            if (down == null && downRequired(usesRollbacks) && c.irreversibleLine() == 0) {
                problems.add(NamingProblem.atLine(NamingProblem.Type.MISSING_DOWN, f.displayPath(), c.line(),
                        f.relativePath() + ": changeset " + c.key() + " has no --rollback",
                        "add --rollback lines with the SQL that reverts it, or mark it with " + IRREVERSIBLE
                                + " inside the changeset"));
            }
            migrations.add(new Migration(MigrationVersion.parse(file + "." + n), c.key(),
                    MigrationKind.VERSIONED, NamingScheme.LIQUIBASE_SQL, up, down));
        }
        return migrations;
    }

    private boolean downRequired(boolean usesRollbacks) {
        return switch (options.requireDown()) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> usesRollbacks;
        };
    }

    /**
     * A changeset written in an XML, YAML or JSON changelog as migration {@code file.n}: its changes are its up, its
     * rollback (or Liquibase's automatic one) its down; the changes that are not linted are reported. Null for a
     * changeset that runs nothing.
     */
    private Migration written(SourceFile master, LiquibaseMasters.Plan plan, LiquibaseDocument.ChangeSet c, int file,
                              int n) {
        LiquibaseScripts.Plan p = LiquibaseScripts.plan(c, LiquibaseProperties.of(master.location(),
                plan.documents().get(master.relativePath())), plan.included()::contains);
        for (LiquibaseScripts.NotLinted x : p.notLinted()) {
            problems.add(NamingProblem.atLine(NamingProblem.Type.NOT_LINTED, master.displayPath(), x.line(),
                    master.relativePath() + ": changeSet " + c.key() + ": " + x.reason(),
                    "write the change as <sql> (or an sqlFile in the location) to have it linted, or review it by"
                            + " hand"));
        }
        if (p.empty()) {
            return null;
        }
        ScriptRef up = new ScriptRef(master, Direction.UP, Section.UP, c.key());
        ScriptRef down = p.rollback() == LiquibaseChangelog.Rollback.NONE ? null
                : new ScriptRef(master, Direction.DOWN, Section.DOWN, c.key());
        LiquibaseDocument doc = plan.documents().get(master.relativePath());
        // as for formatted SQL: a changelog with one rollback expects them everywhere
        boolean usesRollbacks = doc.changeSets().stream().anyMatch(x -> x.rollback() != null);
        if (down == null && downRequired(usesRollbacks) && doc.irreversibleLine(c) == 0) {
            problems.add(NamingProblem.atLine(NamingProblem.Type.MISSING_DOWN, master.displayPath(), c.line(),
                    master.relativePath() + ": changeSet " + c.key() + " has no rollback, and Liquibase cannot"
                            + " roll back all of its changes by itself",
                    "add a <rollback> with the changes or SQL that revert it, or an empty <rollback/> when there is"
                            + " nothing to undo"));
        }
        return new Migration(MigrationVersion.parse(file + "." + n), c.key(), MigrationKind.VERSIONED,
                NamingScheme.LIQUIBASE_SQL, up, down);
    }

    /**
     * The revisions of the Alembic offline scripts of one location: each upgrade part is a migration named by its
     * revision (and message, when the script carries it), in the order the scripts (by path) print them; the
     * downgrade part of the same revision, in any script of the location, is its down. Revision {@code n} of the
     * {@code k}-th script gets version {@code k.n}.
     */
    private List<Migration> alembic(List<SourceFile> files) {
        List<SourceFile> sorted = new ArrayList<>(files);
        sorted.sort(Comparator.comparing(SourceFile::relativePath));
        Map<String, SourceFile> downFile = new LinkedHashMap<>();
        Map<SourceFile, AlembicSql> parsed = new LinkedHashMap<>();
        for (SourceFile f : sorted) {
            String text = text(f);
            AlembicSql script = text == null ? null : AlembicSql.parse(text);
            if (script == null || script.parts().isEmpty()) {
                if (text != null) {
                    problem(NamingProblem.Type.INVALID_NAME, f.displayPath(), f.relativePath() + " has no"
                                    + " -- Running upgrade/downgrade line, so it is no script alembic --sql printed",
                            "print it again with alembic upgrade <from>:<to> --sql > " + f.relativePath()
                                    + ", or move it out of the location");
                }
                continue;
            }
            parsed.put(f, script);
            for (AlembicSql.Part p : script.parts()) {
                if (p.direction() == Direction.DOWN) {
                    downFile.putIfAbsent(p.revision(), f);
                }
            }
        }
        List<Migration> migrations = new ArrayList<>();
        Map<String, SourceFile> upFile = new LinkedHashMap<>();
        for (Map.Entry<SourceFile, AlembicSql> e : parsed.entrySet()) {
            SourceFile f = e.getKey();
            int n = 0;
            int file = 0;
            for (AlembicSql.Part p : e.getValue().parts()) {
                if (p.direction() != Direction.UP) {
                    continue;
                }
                if (file == 0) {
                    file = ++changelogCount;
                }
                SourceFile earlier = upFile.putIfAbsent(p.revision(), f);
                if (earlier != null) {
                    problems.add(NamingProblem.atLine(NamingProblem.Type.DUPLICATE_VERSION, f.displayPath(), p.line(),
                            "revision " + p.revision() + " is upgraded twice: in " + earlier.relativePath() + " and"
                                    + " on line " + p.line() + " of " + f.relativePath(),
                            "print each revision once: alembic upgrade <from>:<to> --sql with ranges that do not"
                                    + " overlap"));
                    continue;
                }
                n++;
                SourceFile down = downFile.get(p.revision());
                ScriptRef upRef = new ScriptRef(f, Direction.UP, Section.UP, p.revision());
                ScriptRef downRef = down == null ? null : new ScriptRef(down, Direction.DOWN, Section.DOWN,
                        p.revision());
                boolean required = switch (options.requireDown()) {
                    case ALWAYS -> true;
                    case NEVER -> false;
                    case AUTO -> !downFile.isEmpty();
                };
                if (downRef == null && required) {
                    problems.add(NamingProblem.atLine(NamingProblem.Type.MISSING_DOWN, f.displayPath(), p.line(),
                            f.relativePath() + ": revision " + p.revision() + " has no -- Running downgrade "
                                    + p.revision() + " -> ... part in the downgrade scripts of the location",
                            "print the downgrades with alembic downgrade <to>:<from> --sql into the location, and"
                                    + " write a downgrade() for " + p.revision()));
                }
                migrations.add(new Migration(MigrationVersion.parse(file + "." + n), AlembicSql.describe(p),
                        MigrationKind.VERSIONED, NamingScheme.ALEMBIC_SQL, upRef, downRef));
            }
        }
        for (Map.Entry<String, SourceFile> d : downFile.entrySet()) {
            if (!upFile.containsKey(d.getKey())) {
                AlembicSql.Part p = parsed.get(d.getValue()).find(Direction.DOWN, d.getKey());
                problems.add(NamingProblem.atLine(NamingProblem.Type.ORPHAN_DOWN, d.getValue().displayPath(),
                        p.line(), d.getValue().relativePath() + ": the downgrade of revision " + d.getKey()
                                + " has no upgrade in the scripts of the location",
                        "print the upgrade of " + d.getKey() + " with alembic upgrade <from>:" + d.getKey()
                                + " --sql into the location, or leave its downgrade out"));
            }
        }
        return migrations;
    }

    private static boolean isSql(SourceFile f) {
        String name = f.fileName();
        return name.endsWith(".sql") || name.toLowerCase(Locale.ROOT).endsWith(".sql");
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

        // the ups a down may join, by key; only downs ask (most locations have none)
        Map<PairKey, Candidate> upByKey = new LinkedHashMap<>();
        for (Candidate up : downs.isEmpty() ? List.<Candidate>of() : ups) {
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
        Map<UpKey, Candidate> first = new HashMap<>(ups.size() * 4 / 3 + 1);
        Set<Candidate> duplicates = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Candidate up : ups) {
            ParsedName n = up.name();
            UpKey key = new UpKey(n.kind(), n.kind() == MigrationKind.REPEATABLE ? n.description()
                    : n.scheme() == NamingScheme.FOLDER_PAIRS ? folderVersionText(n.relativePath()) : n.version());
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
        String name = s == NamingScheme.GOLANG_MIGRATE ? PopxDialects.baseName(c.name().name())
                : s == NamingScheme.FOLDER_PAIRS ? c.name().name() : null;
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

    // the orders of a run are classes, not lambdas: linking a lambda's call site generates method handle classes,
    // which a fresh JVM (the pre-commit hook, the command line) pays for at every start

    private static final Comparator<Migration> MIGRATION_ORDER = new Comparator<>() {
        @Override
        public int compare(Migration a, Migration b) {
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
        }
    };

    /** Candidates by display path. */
    private static final Comparator<Candidate> BY_PATH = new Comparator<>() {
        @Override
        public int compare(Candidate a, Candidate b) {
            return a.path().compareTo(b.path());
        }
    };

    /** Problems by path, then type, then message. */
    private static final Comparator<NamingProblem> PROBLEM_ORDER = new Comparator<>() {
        @Override
        public int compare(NamingProblem a, NamingProblem b) {
            int c = a.path().compareTo(b.path());
            if (c == 0) {
                c = a.type().compareTo(b.type());
            }
            return c != 0 ? c : a.message().compareTo(b.message());
        }
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
