package dev.migrationguard.lint;

import dev.migrationguard.lint.rules.AddingFieldWithDefault;
import dev.migrationguard.lint.rules.AddingForeignKeyConstraint;
import dev.migrationguard.lint.rules.AddingNotNullableField;
import dev.migrationguard.lint.rules.AddingPrimaryKeyConstraint;
import dev.migrationguard.lint.rules.AddingRequiredField;
import dev.migrationguard.lint.rules.AddingSerialPrimaryKeyField;
import dev.migrationguard.lint.rules.BanAlterEnumAddValueInTransaction;
import dev.migrationguard.lint.rules.BanBlockingRefreshMaterializedView;
import dev.migrationguard.lint.rules.BanCharField;
import dev.migrationguard.lint.rules.BanConcurrentIndexCreationInTransaction;
import dev.migrationguard.lint.rules.BanCreateDomainWithConstraint;
import dev.migrationguard.lint.rules.BanDeleteWithoutWhere;
import dev.migrationguard.lint.rules.BanDropColumn;
import dev.migrationguard.lint.rules.BanDropDatabase;
import dev.migrationguard.lint.rules.BanDropNotNull;
import dev.migrationguard.lint.rules.BanDropSchema;
import dev.migrationguard.lint.rules.BanDropTable;
import dev.migrationguard.lint.rules.BanLockTable;
import dev.migrationguard.lint.rules.BanTruncate;
import dev.migrationguard.lint.rules.BanUncommittedTransaction;
import dev.migrationguard.lint.rules.BanUpdateWithoutWhere;
import dev.migrationguard.lint.rules.BanVacuumFull;
import dev.migrationguard.lint.rules.ChangingColumnType;
import dev.migrationguard.lint.rules.ConstraintMissingNotValid;
import dev.migrationguard.lint.rules.DisallowedUniqueConstraint;
import dev.migrationguard.lint.rules.DownDoesNotReverseUp;
import dev.migrationguard.lint.rules.DownLosesData;
import dev.migrationguard.lint.rules.DropForeignKey;
import dev.migrationguard.lint.rules.DeletedMergedMigration;
import dev.migrationguard.lint.rules.DuplicateMigrationVersion;
import dev.migrationguard.lint.rules.EditedMergedMigration;
import dev.migrationguard.lint.rules.EmptyDownMigration;
import dev.migrationguard.lint.rules.EmptyMigration;
import dev.migrationguard.lint.rules.IdentifierTooLong;
import dev.migrationguard.lint.rules.InternalError;
import dev.migrationguard.lint.rules.InvalidBaseline;
import dev.migrationguard.lint.rules.InvalidMigrationName;
import dev.migrationguard.lint.rules.InvalidSuppression;
import dev.migrationguard.lint.rules.LiquibaseChangeNotLinted;
import dev.migrationguard.lint.rules.MissingDownMigration;
import dev.migrationguard.lint.rules.NotValidValidateSameTransaction;
import dev.migrationguard.lint.rules.OrphanDownMigration;
import dev.migrationguard.lint.rules.PreferBigintOverInt;
import dev.migrationguard.lint.rules.PreferBigintOverSmallint;
import dev.migrationguard.lint.rules.PreferIdentity;
import dev.migrationguard.lint.rules.PreferJsonb;
import dev.migrationguard.lint.rules.PreferRobustStmts;
import dev.migrationguard.lint.rules.PreferTextField;
import dev.migrationguard.lint.rules.PreferTimestampTz;
import dev.migrationguard.lint.rules.PsqlMetaCommand;
import dev.migrationguard.lint.rules.RenamingColumn;
import dev.migrationguard.lint.rules.RenamingTable;
import dev.migrationguard.lint.rules.RequireConcurrentIndexCreation;
import dev.migrationguard.lint.rules.RequireConcurrentIndexDeletion;
import dev.migrationguard.lint.rules.RequireConcurrentPartitionDetach;
import dev.migrationguard.lint.rules.RequireConcurrentReindex;
import dev.migrationguard.lint.rules.RequireLockTimeout;
import dev.migrationguard.lint.rules.RequireStatementTimeout;
import dev.migrationguard.lint.rules.RunningStatementWhileHoldingAccessExclusive;
import dev.migrationguard.lint.rules.StaleBaselineEntry;
import dev.migrationguard.lint.rules.SyntaxError;
import dev.migrationguard.lint.rules.TransactionNesting;
import dev.migrationguard.lint.rules.UnknownPlaceholder;
import dev.migrationguard.lint.rules.UnreadableFile;
import dev.migrationguard.lint.rules.UnusedSuppression;
import dev.migrationguard.lint.rules.VersionBelowBase;
import dev.migrationguard.lint.rules.AddingExclusionConstraint;
import dev.migrationguard.lint.rules.BanAlterDomainWithAddConstraint;
import dev.migrationguard.lint.rules.BanDuplicateColumnAssignments;
import dev.migrationguard.lint.rules.BanTruncateCascade;
import dev.migrationguard.lint.rules.CreatingEnumType;
import dev.migrationguard.lint.rules.ForeignKeyWithoutIndex;
import dev.migrationguard.lint.rules.MultipleAlterTable;
import dev.migrationguard.lint.rules.PreferRepack;
import dev.migrationguard.lint.rules.PrimaryKeyUsingIndexOnNullable;
import dev.migrationguard.lint.rules.RequireEnumValueOrdering;
import dev.migrationguard.lint.rules.RequireTableSchema;
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
    /** Raised while the findings baseline is matched (see {@code lint.adoption}). */
    public static final RegisteredRule STALE_BASELINE_ENTRY = RegisteredRule.of(new StaleBaselineEntry());
    public static final RegisteredRule INVALID_BASELINE = RegisteredRule.of(new InvalidBaseline());

    private static final List<RegisteredRule> ALL = List.of(
            // names and pairs
            RegisteredRule.of(new InvalidMigrationName()),
            RegisteredRule.of(new DuplicateMigrationVersion()),
            RegisteredRule.of(new MissingDownMigration()),
            RegisteredRule.of(new OrphanDownMigration()),
            RegisteredRule.of(new LiquibaseChangeNotLinted()),
            RegisteredRule.of(new EmptyDownMigration()),
            RegisteredRule.of(new EmptyMigration()),
            RegisteredRule.of(new DownDoesNotReverseUp()),
            RegisteredRule.of(new DownLosesData()),
            // history: against the base branch
            RegisteredRule.of(new EditedMergedMigration()),
            RegisteredRule.of(new DeletedMergedMigration()),
            RegisteredRule.of(new VersionBelowBase()),
            // text
            UNREADABLE_FILE,
            RegisteredRule.of(new SyntaxError()),
            RegisteredRule.of(new PsqlMetaCommand()),
            RegisteredRule.of(new UnknownPlaceholder()),
            INVALID_SUPPRESSION,
            UNUSED_SUPPRESSION,
            INTERNAL_ERROR,
            // adoption: the findings baseline
            STALE_BASELINE_ENTRY,
            INVALID_BASELINE,
            // destructive and incompatible changes
            RegisteredRule.of(new BanDropColumn()),
            RegisteredRule.of(new BanDropTable()),
            RegisteredRule.of(new BanDropSchema()),
            RegisteredRule.of(new BanDropDatabase()),
            RegisteredRule.of(new BanTruncate()),
            RegisteredRule.of(new BanTruncateCascade()),
            RegisteredRule.of(new BanDeleteWithoutWhere()),
            RegisteredRule.of(new BanDuplicateColumnAssignments()),
            RegisteredRule.of(new BanUpdateWithoutWhere()),
            RegisteredRule.of(new RenamingColumn()),
            RegisteredRule.of(new RenamingTable()),
            RegisteredRule.of(new BanDropNotNull()),
            RegisteredRule.of(new DropForeignKey()),
            // blocking locks and rewrites
            RegisteredRule.of(new RequireConcurrentIndexCreation()),
            RegisteredRule.of(new RequireConcurrentIndexDeletion()),
            RegisteredRule.of(new RequireConcurrentReindex()),
            RegisteredRule.of(new BanConcurrentIndexCreationInTransaction()),
            RegisteredRule.of(new AddingFieldWithDefault()),
            RegisteredRule.of(new AddingRequiredField()),
            RegisteredRule.of(new AddingNotNullableField()),
            RegisteredRule.of(new ChangingColumnType()),
            RegisteredRule.of(new ConstraintMissingNotValid()),
            RegisteredRule.of(new AddingForeignKeyConstraint()),
            RegisteredRule.of(new NotValidValidateSameTransaction()),
            RegisteredRule.of(new DisallowedUniqueConstraint()),
            RegisteredRule.of(new AddingPrimaryKeyConstraint()),
            RegisteredRule.of(new PrimaryKeyUsingIndexOnNullable()),
            RegisteredRule.of(new AddingExclusionConstraint()),
            RegisteredRule.of(new AddingSerialPrimaryKeyField()),
            RegisteredRule.of(new BanVacuumFull()),
            RegisteredRule.of(new PreferRepack()),
            RegisteredRule.of(new BanLockTable()),
            RegisteredRule.of(new RequireConcurrentPartitionDetach()),
            RegisteredRule.of(new BanBlockingRefreshMaterializedView()),
            RegisteredRule.of(new BanAlterEnumAddValueInTransaction()),
            RegisteredRule.of(new BanCreateDomainWithConstraint()),
            RegisteredRule.of(new BanAlterDomainWithAddConstraint()),
            RegisteredRule.of(new MultipleAlterTable()),
            RegisteredRule.of(new RunningStatementWhileHoldingAccessExclusive()),
            // transaction and session hygiene
            RegisteredRule.of(new TransactionNesting()),
            RegisteredRule.of(new BanUncommittedTransaction()),
            RegisteredRule.of(new RequireLockTimeout()),
            RegisteredRule.of(new RequireStatementTimeout()),
            RegisteredRule.of(new PreferRobustStmts()),
            RegisteredRule.of(new RequireTableSchema()),
            // schema design
            RegisteredRule.of(new PreferTextField()),
            RegisteredRule.of(new PreferBigintOverInt()),
            RegisteredRule.of(new PreferBigintOverSmallint()),
            RegisteredRule.of(new PreferIdentity()),
            RegisteredRule.of(new PreferTimestampTz()),
            RegisteredRule.of(new BanCharField()),
            RegisteredRule.of(new PreferJsonb()),
            RegisteredRule.of(new ForeignKeyWithoutIndex()),
            RegisteredRule.of(new RequireEnumValueOrdering()),
            RegisteredRule.of(new CreatingEnumType()),
            RegisteredRule.of(new IdentifierTooLong()));

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
