package dev.migrationguard.lint;

import dev.migrationguard.lint.rules.BanDropColumn;
import dev.migrationguard.lint.rules.BanDropTable;
import dev.migrationguard.lint.rules.DuplicateMigrationVersion;
import dev.migrationguard.lint.rules.EmptyDownMigration;
import dev.migrationguard.lint.rules.EmptyMigration;
import dev.migrationguard.lint.rules.InternalError;
import dev.migrationguard.lint.rules.InvalidMigrationName;
import dev.migrationguard.lint.rules.InvalidSuppression;
import dev.migrationguard.lint.rules.MissingDownMigration;
import dev.migrationguard.lint.rules.OrphanDownMigration;
import dev.migrationguard.lint.rules.PsqlMetaCommand;
import dev.migrationguard.lint.rules.RequireConcurrentIndexCreation;
import dev.migrationguard.lint.rules.RequireConcurrentIndexDeletion;
import dev.migrationguard.lint.rules.SyntaxError;
import dev.migrationguard.lint.rules.UnknownPlaceholder;
import dev.migrationguard.lint.rules.UnreadableFile;
import dev.migrationguard.lint.rules.UnusedSuppression;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Every rule the engine ships, listed explicitly (no class-path scanning). */
public final class BuiltInRules {

    /** Engine rules whose findings the engine itself raises. */
    static final RegisteredRule UNREADABLE_FILE = RegisteredRule.of(new UnreadableFile());
    static final RegisteredRule INTERNAL_ERROR = RegisteredRule.of(new InternalError());
    static final RegisteredRule INVALID_SUPPRESSION = RegisteredRule.of(new InvalidSuppression());
    static final RegisteredRule UNUSED_SUPPRESSION = RegisteredRule.of(new UnusedSuppression());

    private static final List<RegisteredRule> ALL = List.of(
            // names and pairs
            RegisteredRule.of(new InvalidMigrationName()),
            RegisteredRule.of(new DuplicateMigrationVersion()),
            RegisteredRule.of(new MissingDownMigration()),
            RegisteredRule.of(new OrphanDownMigration()),
            RegisteredRule.of(new EmptyDownMigration()),
            RegisteredRule.of(new EmptyMigration()),
            // text
            UNREADABLE_FILE,
            RegisteredRule.of(new SyntaxError()),
            RegisteredRule.of(new PsqlMetaCommand()),
            RegisteredRule.of(new UnknownPlaceholder()),
            INVALID_SUPPRESSION,
            UNUSED_SUPPRESSION,
            INTERNAL_ERROR,
            // destructive changes
            RegisteredRule.of(new BanDropColumn()),
            RegisteredRule.of(new BanDropTable()),
            // blocking locks
            RegisteredRule.of(new RequireConcurrentIndexCreation()),
            RegisteredRule.of(new RequireConcurrentIndexDeletion()));

    private static final Set<String> IDS;

    static {
        Set<String> ids = new LinkedHashSet<>();
        for (RegisteredRule r : ALL) {
            ids.add(r.id());
        }
        IDS = Set.copyOf(ids);
    }

    private BuiltInRules() {
    }

    public static List<RegisteredRule> all() {
        return ALL;
    }

    public static Set<String> ids() {
        return IDS;
    }
}
