package dev.migrationguard.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.migrationguard.lint.Finding;
import dev.migrationguard.lint.LintResult;
import dev.migrationguard.lint.LintSummary;
import java.io.UncheckedIOException;

/**
 * The machine format: {@code {"findings":[{rule,severity,risk,file,line,column,message,help}...],
 * "summary":{files,statements,statementsParsed,statementsFallback,statementsUnknown,errors,warnings,infos}}}.
 */
public final class JsonRenderer implements Renderer {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public String render(LintResult result) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode findings = root.putArray("findings");
        for (Finding f : result.findings()) {
            ObjectNode n = findings.addObject();
            n.put("rule", f.rule());
            n.put("severity", f.severity().label());
            n.put("risk", f.risk().label());
            n.put("file", f.file());
            n.put("line", f.line());
            n.put("column", f.column());
            n.put("message", f.message());
            n.put("help", f.help());
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
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
