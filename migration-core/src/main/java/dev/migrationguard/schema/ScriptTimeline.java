package dev.migrationguard.schema;

import dev.migrationguard.sql.SqlScript;
import dev.migrationguard.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The model as it stands before each statement of one script: the state the script starts from (taken from
 * {@code base} when first asked for, never changed) with the script's earlier statements applied.
 *
 * <p>A state is built once, from the nearest earlier state asked for, and only copied when a statement between the
 * two changes the schema: a script of data statements shares one state, and a script asked in statement order
 * costs one pass.
 */
public final class ScriptTimeline {

    private final SqlScript script;
    private final Supplier<SchemaModel> base;
    private final TreeMap<Integer, SchemaModel> states = new TreeMap<>();

    /**
     * @param script the script whose statements are applied
     * @param base   the model before the script's first statement; asked once, at the first question, and not
     *               changed by the timeline
     */
    public ScriptTimeline(SqlScript script, Supplier<SchemaModel> base) {
        this.script = script;
        this.base = base;
    }

    /** A timeline of the script alone, from an empty model: what the script itself created before a statement. */
    public static ScriptTimeline alone(SqlScript script) {
        return new ScriptTimeline(script, SchemaModel::new);
    }

    /** The model before the statement at {@code statementIndex} (after every statement when past the end). */
    public SchemaModel before(int statementIndex) {
        if (states.isEmpty()) {
            states.put(0, base.get());
        }
        List<Statement> statements = script.statements();
        int target = Math.max(0, Math.min(statementIndex, statements.size()));
        Map.Entry<Integer, SchemaModel> floor = states.floorEntry(target);
        if (floor.getKey() == target) {
            return floor.getValue();
        }
        SchemaModel state = floor.getValue();
        boolean copied = false;
        for (int i = floor.getKey(); i < target; i++) {
            Statement s = statements.get(i);
            if (SchemaModel.changes(s)) {
                if (!copied) {
                    state = state.copy();
                    copied = true;
                }
                state.apply(s, new Origin(script.path(), s.index()));
            }
        }
        states.put(target, state);
        return state;
    }

    /** The model after the whole script. */
    public SchemaModel after() {
        return before(script.statements().size());
    }
}
