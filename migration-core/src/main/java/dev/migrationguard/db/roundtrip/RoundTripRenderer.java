package dev.migrationguard.db.roundtrip;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders a {@link RoundTripResult} as text, JSON or a Markdown report section. */
public final class RoundTripRenderer {

    /** Lines of a definition's diff shown in text and Markdown before {@code ... N more lines}; JSON has them all. */
    static final int TEXT_DIFF_LINES = 20;

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RoundTripRenderer() {
    }

    /** {@code text}, {@code json} or {@code markdown}; anything else renders text. */
    public static String render(RoundTripResult result, String format) {
        return switch (format == null ? "text" : format) {
            case "json" -> json(result);
            case "markdown", "md" -> markdown(result);
            default -> text(result);
        };
    }

    /** Findings per migration, then the lock trace and the summary. */
    public static String text(RoundTripResult result) {
        StringBuilder b = new StringBuilder();
        b.append("round trip on ").append(result.target()).append('\n');
        for (String p : result.problems()) {
            b.append("error: ").append(p).append('\n');
        }
        for (PairResult p : result.pairs()) {
            b.append(p.migration()).append(": ").append(status(p.status()));
            if (!p.detail().isEmpty()) {
                b.append(" (").append(p.detail()).append(')');
            }
            b.append('\n');
            for (Difference d : p.changes()) {
                b.append("  ").append(d.summary()).append('\n');
                if (d.change() == Difference.Change.DIFFERS && !d.summaryIsComplete()) {
                    for (String line : d.boundedDiff(TEXT_DIFF_LINES)) {
                        b.append("    ").append(line).append('\n');
                    }
                }
            }
            for (StatementLocks l : p.locks()) {
                b.append("  lock: ").append(l.path()).append(':').append(l.line()).append(": ")
                        .append(l.describe()).append('\n');
                for (String d : l.disagreements()) {
                    b.append("    warning: ").append(d).append('\n');
                }
            }
        }
        return b.append(result.summary()).append('\n').toString();
    }

    public static String json(RoundTripResult result) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("target", result.target());
        root.put("ok", result.ok());
        root.put("problems", result.problems());
        List<Map<String, Object>> pairs = new ArrayList<>();
        for (PairResult p : result.pairs()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("migration", p.migration());
            m.put("status", p.status().name().toLowerCase(java.util.Locale.ROOT));
            m.put("detail", p.detail());
            m.put("differences", p.differences());
            List<Map<String, Object>> diffs = new ArrayList<>();
            for (Difference d : p.changes()) {
                if (d.change() == null) {
                    continue;
                }
                Map<String, Object> dm = new LinkedHashMap<>();
                dm.put("object", d.object());
                dm.put("change", d.change().name().toLowerCase(java.util.Locale.ROOT));
                dm.put("when", d.when());
                dm.put("before", d.before());
                dm.put("after", d.after());
                dm.put("diff", d.diff());
                diffs.add(dm);
            }
            m.put("diffs", diffs);
            List<Map<String, Object>> locks = new ArrayList<>();
            for (StatementLocks l : p.locks()) {
                Map<String, Object> lm = new LinkedHashMap<>();
                lm.put("file", l.path());
                lm.put("line", l.line());
                lm.put("statement", l.statement());
                lm.put("strongest", l.strongest().map(ObservedLock::mode).orElse(null));
                lm.put("on", l.strongest().map(ObservedLock::relation).orElse(null));
                lm.put("observed", l.observed().stream().map(ObservedLock::toString).toList());
                lm.put("predicted", l.predicted().stream().map(Object::toString).toList());
                lm.put("watched", l.watched());
                lm.put("disagreements", l.disagreements());
                locks.add(lm);
            }
            m.put("locks", locks);
            m.put("millis", p.millis());
            pairs.add(m);
        }
        root.put("migrations", pairs);
        Map<String, Object> summary = new LinkedHashMap<>();
        for (PairResult.Status s : PairResult.Status.values()) {
            summary.put(s.name().toLowerCase(java.util.Locale.ROOT), result.count(s));
        }
        summary.put("lockDisagreements", result.lockDisagreements());
        summary.put("millis", result.totalMillis());
        root.put("summary", summary);
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render the round trip as JSON", e);
        }
    }

    /** A section for the pull-request report: a table of migrations, then the differences and lock findings. */
    public static String markdown(RoundTripResult result) {
        StringBuilder b = new StringBuilder("## Round trip\n\n");
        b.append(result.summary()).append(" on ").append(result.target()).append(".\n\n");
        for (String p : result.problems()) {
            b.append("- :x: ").append(p).append('\n');
        }
        if (result.pairs().isEmpty()) {
            return b.toString();
        }
        b.append("| Migration | Result | Strongest lock |\n|---|---|---|\n");
        for (PairResult p : result.pairs()) {
            String lock = p.locks().stream().flatMap(l -> l.strongest().stream())
                    .max(java.util.Comparator.comparing(ObservedLock::level)).map(ObservedLock::toString).orElse("");
            b.append("| ").append(cell(p.migration())).append(" | ").append(status(p.status()))
                    .append(p.detail().isEmpty() ? "" : ": " + cell(p.detail())).append(" | ").append(cell(lock))
                    .append(" |\n");
        }
        for (PairResult p : result.pairs()) {
            List<String> disagreements = p.lockDisagreements();
            if (p.differences().isEmpty() && disagreements.isEmpty()) {
                continue;
            }
            b.append("\n### ").append(p.migration()).append("\n\n");
            if (!p.changes().isEmpty()) {
                b.append("```text\n");
                p.differences().forEach(d -> b.append(d).append('\n'));
                b.append("```\n");
                for (Difference d : p.changes()) {
                    if (d.change() == Difference.Change.DIFFERS && !d.summaryIsComplete()) {
                        b.append("\n```diff\n");
                        d.boundedDiff(TEXT_DIFF_LINES).forEach(line -> b.append(line).append('\n'));
                        b.append("```\n");
                    }
                }
            }
            disagreements.forEach(d -> b.append("- lock: ").append(d).append('\n'));
        }
        return b.toString();
    }

    private static String status(PairResult.Status s) {
        return s.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
