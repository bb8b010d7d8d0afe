package dev.migrationguard.db.roundtrip;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.migrationguard.sql.LockLevel;
import dev.migrationguard.sql.ObjectRef;
import dev.migrationguard.sql.TableLock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads back the JSON that {@link RoundTripRenderer#json(RoundTripResult)} writes, so that a report made later (the
 * pull-request report of {@code db:report}) can show a round trip that ran in another step. Everything the renderers
 * show survives the way there and back; the kind of object a predicted lock is on is not written, and is read as a
 * table.
 */
public final class RoundTripJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RoundTripJson() {
    }

    /**
     * The result {@code json} holds.
     *
     * @throws IllegalArgumentException when {@code json} is not a round trip result, with a message saying what is
     *                                  wrong
     */
    public static RoundTripResult parse(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject() || !root.path("migrations").isArray() || !root.has("target")) {
            throw new IllegalArgumentException("not a round trip result: expected an object with target and"
                    + " migrations, as db:roundtrip writes it");
        }
        List<PairResult> pairs = new ArrayList<>();
        for (JsonNode m : root.path("migrations")) {
            pairs.add(pair(m));
        }
        return new RoundTripResult(root.path("target").asText(""), List.copyOf(pairs), strings(root.path("problems")),
                root.path("summary").path("millis").asLong(0));
    }

    private static PairResult pair(JsonNode m) {
        String label = m.path("migration").asText("");
        String statusText = m.path("status").asText("");
        PairResult.Status status;
        try {
            status = PairResult.Status.valueOf(statusText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("migration " + label + ": unknown status '" + statusText
                    + "'; expected reversible, not_reversible, failed, skipped or not_checked");
        }
        List<StatementLocks> locks = new ArrayList<>();
        for (JsonNode l : m.path("locks")) {
            List<ObservedLock> observed = new ArrayList<>();
            for (JsonNode o : l.path("observed")) {
                observed.add(observed(o.asText("")));
            }
            List<TableLock> predicted = new ArrayList<>();
            for (JsonNode p : l.path("predicted")) {
                TableLock lock = predicted(p.asText(""));
                if (lock != null) {
                    predicted.add(lock);
                }
            }
            locks.add(new StatementLocks(l.path("file").asText(""), l.path("line").asInt(0),
                    l.path("statement").asText(""), List.copyOf(observed), List.copyOf(predicted),
                    l.path("watched").asBoolean(false)));
        }
        List<Difference> differences = new ArrayList<>();
        if (m.has("diffs")) {
            for (JsonNode d : m.path("diffs")) {
                differences.add(difference(label, d));
            }
        } else {
            // written before the diffs were: the summary lines alone
            strings(m.path("differences")).forEach(line -> differences.add(Difference.described(line)));
        }
        return new PairResult(label, status, m.path("detail").asText(""), List.copyOf(differences),
                List.copyOf(locks), m.path("millis").asLong(0));
    }

    private static Difference difference(String label, JsonNode d) {
        String change = d.path("change").asText("");
        try {
            return new Difference(d.path("object").asText(""),
                    Difference.Change.valueOf(change.toUpperCase(Locale.ROOT)), d.path("when").asText(""),
                    d.path("before").isTextual() ? d.path("before").asText() : null,
                    d.path("after").isTextual() ? d.path("after").asText() : null);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("migration " + label + ": unknown change '" + change
                    + "' of a difference; expected missing, present or differs");
        }
    }

    /** {@code AccessExclusiveLock on users}, as {@link ObservedLock#toString()} writes it. */
    private static ObservedLock observed(String text) {
        int on = text.indexOf(" on ");
        return on < 0 ? new ObservedLock("", text) : new ObservedLock(text.substring(on + 4), text.substring(0, on));
    }

    /** {@code ACCESS EXCLUSIVE on public.users}, as {@link TableLock#toString()} writes it; null when unreadable. */
    private static TableLock predicted(String text) {
        int on = text.indexOf(" on ");
        if (on < 0) {
            return null;
        }
        String mode = text.substring(0, on);
        String name = text.substring(on + 4);
        for (LockLevel level : LockLevel.values()) {
            if (level.sqlName().equals(mode)) {
                int dot = name.indexOf('.');
                return new TableLock(level, dot < 0 ? ObjectRef.table(null, name)
                        : ObjectRef.table(name.substring(0, dot), name.substring(dot + 1)));
            }
        }
        return null;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : array) {
            out.add(n.asText(""));
        }
        return List.copyOf(out);
    }
}
