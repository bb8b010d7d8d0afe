package dev.migrationguard.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.migrationguard.db.roundtrip.RoundTripRenderer;
import dev.migrationguard.lint.Finding;
import dev.migrationguard.lint.LintResult;
import dev.migrationguard.lint.LintSummary;
import dev.migrationguard.lint.LintedScript;
import dev.migrationguard.lint.Severity;
import dev.migrationguard.lint.risk.LockTarget;
import dev.migrationguard.lint.risk.StatementRisk;
import dev.migrationguard.sql.LockLevel;
import dev.migrationguard.sql.ObjectRef;
import dev.migrationguard.sql.Statement;
import dev.migrationguard.sql.TableLock;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The machine format:
 * <pre>
 * {"findings":[{rule,severity,risk,file,line,column,message,help,docs}...],
 *  "summary":{files,statements,statementsParsed,statementsFallback,statementsUnknown,errors,warnings,infos},
 *  "base":..., (only when compared with a base)
 *  "note":..., (only when the report has one: why it shows every migration)
 *  "migrations":[{file,changeset (a Liquibase changeset's author:id),down,migration,version,change,risk,lock,
 *                 reversible,editedOnBase,findings,roundTrip,
 *                 scripts:[{file,direction,risk,irreversible,statements:[{index,line,column,text,kind,objects,
 *                           locks,lock,parse,risk,riskReason}]}]}],
 *  "roundTrip":{...} (only when it ran)}
 * </pre>
 * The first two keys and their fields are as they always were; the rest was added after them.
 */
public final class JsonRenderer implements Renderer {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** The longest statement text written; longer statements are cut with an ellipsis. */
    static final int STATEMENT_TEXT_LIMIT = 200;

    private final RenderOptions options;

    public JsonRenderer(RenderOptions options) {
        this.options = options;
    }

    public JsonRenderer() {
        this(RenderOptions.defaults());
    }

    @Override
    public String render(LintResult result) {
        return render(ReportInput.of(result));
    }

    @Override
    public String render(ReportInput input) {
        ReportModel model = ReportModel.of(input);
        LintResult result = input.lint();
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode findings = root.putArray("findings");
        for (Finding f : result.findings()) {
            finding(findings.addObject(), f);
        }
        LintSummary s = result.summary();
        ObjectNode summary = root.putObject("summary");
        summary.put("files", s.files());
        summary.put("statements", s.statements());
        summary.put("statementsParsed", s.statementsParsed());
        summary.put("statementsFallback", s.statementsFallback());
        summary.put("statementsUnknown", s.statementsUnknown());
        summary.put("errors", s.errors());
        summary.put("warnings", s.warnings());
        summary.put("infos", s.infos());
        if (input.comparesWithBase()) {
            root.put("base", input.base());
        }
        if (input.note() != null) {
            root.put("note", input.note());
        }
        ArrayNode migrations = root.putArray("migrations");
        for (MigrationEntry e : model.entries()) {
            migration(migrations.addObject(), e);
        }
        if (input.roundTrip() != null) {
            try {
                root.set("roundTrip", MAPPER.readTree(RoundTripRenderer.json(input.roundTrip())));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void finding(ObjectNode n, Finding f) {
        n.put("rule", f.rule());
        n.put("severity", f.severity().label());
        n.put("risk", f.risk().label());
        n.put("file", f.file());
        n.put("line", f.line());
        n.put("column", f.column());
        n.put("message", f.message());
        n.put("help", f.help());
        n.put("docs", options.reference(f.rule()));
    }

    private static void migration(ObjectNode n, MigrationEntry e) {
        n.put("file", e.path());
        if (e.unit() != null) {
            n.put("changeset", e.unit());
        }
        n.put("down", e.downPath());
        n.put("migration", e.migration() == null ? null : e.migration().label());
        n.put("version", e.migration() == null || e.migration().version() == null ? null
                : e.migration().version().toString());
        n.put("change", e.change() == null ? null : e.change().label());
        n.put("risk", e.risk().label());
        StatementRisk decisive = e.riskStatement();
        n.put("riskLine", decisive == null ? null : decisive.line());
        n.put("riskReason", decisive == null ? null : decisive.reason());
        ObjectNode lock = n.putObject("lock");
        TableLock l = e.lock();
        lock.put("level", l == null ? null : l.level().sqlName());
        lock.put("on", l == null ? null : LockTarget.name(l));
        ObjectNode reversible = n.putObject("reversible");
        reversible.put("status", e.reversible().status().label());
        reversible.put("reason", e.reversible().reason());
        n.put("editedOnBase", e.editedOnBase());
        ObjectNode counts = n.putObject("findings");
        counts.put("errors", e.count(Severity.ERROR));
        counts.put("warnings", e.count(Severity.WARNING));
        counts.put("infos", e.count(Severity.INFO));
        n.put("roundTrip", e.roundTrip() == null ? null
                : e.roundTrip().status().name().toLowerCase(Locale.ROOT));
        ArrayNode scripts = n.putArray("scripts");
        for (LintedScript s : e.scripts()) {
            script(scripts.addObject(), s);
        }
    }

    private static void script(ObjectNode n, LintedScript s) {
        n.put("file", s.script().path());
        n.put("direction", s.direction().name().toLowerCase(Locale.ROOT));
        n.put("risk", s.risk().risk().label());
        n.put("irreversible", s.script().irreversibleReason().orElse(null));
        Map<Integer, StatementRisk> risks = new HashMap<>();
        for (StatementRisk r : s.risk().statements()) {
            risks.put(r.statementIndex(), r);
        }
        ArrayNode statements = n.putArray("statements");
        for (Statement st : s.script().statements()) {
            ObjectNode sn = statements.addObject();
            sn.put("index", st.index());
            sn.put("line", st.line());
            sn.put("column", st.column());
            sn.put("text", st.abbreviated(STATEMENT_TEXT_LIMIT));
            sn.put("kind", st.kind().name());
            ArrayNode objects = sn.putArray("objects");
            for (ObjectRef o : st.objects()) {
                ObjectNode on = objects.addObject();
                on.put("type", o.type().name().toLowerCase(Locale.ROOT));
                on.put("schema", o.schema());
                on.put("name", o.name());
            }
            ArrayNode locks = sn.putArray("locks");
            for (TableLock l : st.classification().locks()) {
                if (l != null) {
                    lock(locks.addObject(), l);
                }
            }
            LockLevel strongest = st.classification().strongestLock();
            sn.put("lock", strongest == LockLevel.NONE ? null : strongest.sqlName());
            sn.put("parse", st.parseStatus().name().toLowerCase(Locale.ROOT));
            StatementRisk r = risks.get(st.index());
            sn.put("risk", r == null ? null : r.risk().label());
            sn.put("riskReason", r == null ? null : r.reason());
        }
    }

    /** {@code {"level":"ACCESS EXCLUSIVE","on":"users"}}; both null when there is no lock. */
    private static void lock(ObjectNode n, TableLock l) {
        n.put("level", l == null ? null : l.level().sqlName());
        n.put("on", l == null || l.on() == null ? null : l.on().qualifiedName());
    }
}
