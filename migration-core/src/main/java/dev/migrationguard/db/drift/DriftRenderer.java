package dev.migrationguard.db.drift;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders a {@link DriftResult} as text, JSON or a Markdown report section. */
public final class DriftRenderer {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DriftRenderer() {
    }

    /** {@code text}, {@code json} or {@code markdown}; anything else renders text. */
    public static String render(DriftResult result, String format) {
        return switch (format == null ? "text" : format) {
            case "json" -> json(result);
            case "markdown", "md" -> markdown(result);
            default -> text(result);
        };
    }

    /** One line per difference with the diff of the definitions indented under it, then the summary. */
    public static String text(DriftResult result) {
        StringBuilder b = new StringBuilder();
        b.append("drift of ").append(result.database()).append(" (migrations replayed on ")
                .append(result.replayedOn()).append(")\n");
        for (String p : result.problems()) {
            b.append("error: ").append(p).append('\n');
        }
        for (String c : result.changed()) {
            b.append("warning: ").append(c).append('\n');
        }
        for (DriftDifference d : result.differences()) {
            b.append(d.line()).append('\n');
            for (String l : d.diff().split("\n")) {
                b.append("    ").append(l).append('\n');
            }
        }
        return b.append(result.ok() ? "no drift: " : "drift: ").append(result.summary()).append('\n').toString();
    }

    public static String json(DriftResult result) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("database", result.database());
        root.put("replayedOn", result.replayedOn());
        root.put("ok", result.ok());
        root.put("problems", result.problems());
        root.put("changedFiles", result.changed());
        List<Map<String, Object>> diffs = new ArrayList<>();
        for (DriftDifference d : result.differences()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", d.kind().name().toLowerCase(java.util.Locale.ROOT));
            m.put("schema", d.schema());
            m.put("object", d.object());
            m.put("expected", d.expected());
            m.put("actual", d.actual());
            m.put("diff", d.diff());
            diffs.add(m);
        }
        root.put("differences", diffs);
        root.put("ignored", result.ignored());
        root.put("replayed", result.replayed().size());
        root.put("replayMillis", result.replayMillis());
        root.put("totalMillis", result.totalMillis());
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the drift result as JSON", e);
        }
    }

    /** A {@code ## Schema drift} section: a table of differences, each diff in a fenced block. */
    public static String markdown(DriftResult result) {
        StringBuilder b = new StringBuilder("## Schema drift\n\n");
        b.append("Database `").append(result.database()).append("`, migrations replayed on ")
                .append(result.replayedOn()).append(".\n\n");
        for (String p : result.problems()) {
            b.append("- **error:** ").append(p).append('\n');
        }
        for (String c : result.changed()) {
            b.append("- **warning:** ").append(c).append('\n');
        }
        if (!result.problems().isEmpty() || !result.changed().isEmpty()) {
            b.append('\n');
        }
        if (!result.differences().isEmpty()) {
            b.append("| | object | schema |\n|---|---|---|\n");
            for (DriftDifference d : result.differences()) {
                b.append("| ").append(d.kind().phrase()).append(" | `").append(d.object().replace("|", "\\|"))
                        .append("` | ").append(d.schema()).append(" |\n");
            }
            b.append('\n');
            for (DriftDifference d : result.differences()) {
                b.append("<details><summary>").append(d.object()).append("</summary>\n\n```diff\n")
                        .append(d.diff()).append("```\n\n</details>\n\n");
            }
        }
        return b.append(result.ok() ? "No drift: " : "Drift: ").append(result.summary()).append('\n').toString();
    }
}
