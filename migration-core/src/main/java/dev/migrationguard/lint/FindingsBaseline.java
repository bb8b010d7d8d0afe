package dev.migrationguard.lint;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The findings a project has accepted ({@code .migration-guard-baseline.json}): one entry per finding, keyed by rule
 * id, file and the finding's fingerprint (not its line, so edits elsewhere in the file keep it matched). A run
 * reports only findings not in it, and the entries nothing matches any more, so the file shrinks as debt is paid.
 */
public final class FindingsBaseline {

    private static final JsonFactory JSON = new JsonFactory();

    /**
     * One accepted finding.
     *
     * @param rule        rule id
     * @param file        display path of the migration file
     * @param fingerprint the finding's fingerprint
     * @param line        where the finding stood when the baseline was written (for readers only)
     * @param message     its message then (for readers only)
     * @param at          the line of the entry in the baseline file
     */
    public record Entry(String rule, String file, String fingerprint, int line, String message, int at) {

        String key() {
            return rule + '\u0000' + file + '\u0000' + fingerprint;
        }
    }

    /** What reading a baseline gave: the baseline, or why it could not be read (with the line, 0 when none). */
    public record Read(Optional<FindingsBaseline> baseline, String problem, int problemLine) {
    }

    /** The result of matching a run's findings: those not in the baseline, how many were, and unmatched entries. */
    public record Match(List<Finding> remaining, int baselined, List<Entry> unmatched) {
    }

    private final List<Entry> entries;

    private FindingsBaseline(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public List<Entry> entries() {
        return entries;
    }

    /** Reads {@code file}; empty without a problem when it does not exist. */
    public static Read read(Path file) {
        if (!Files.isRegularFile(file)) {
            return new Read(Optional.empty(), null, 0);
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return new Read(Optional.empty(), "cannot be read (" + e.getMessage() + ")", 0);
        }
        try (JsonParser p = JSON.createParser(text)) {
            List<Entry> entries = new ArrayList<>();
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return problem("expected a JSON object with a \"findings\" array", p);
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (!field.equals("findings")) {
                    p.skipChildren();
                    continue;
                }
                if (value != JsonToken.START_ARRAY) {
                    return problem("\"findings\" must be an array", p);
                }
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    int at = p.currentLocation().getLineNr();
                    Map<String, String> fields = new HashMap<>();
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String name = p.currentName();
                        JsonToken t = p.nextToken();
                        if (t.isStructStart()) {
                            p.skipChildren();
                        } else {
                            fields.put(name, p.getValueAsString());
                        }
                    }
                    for (String required : List.of("rule", "file", "fingerprint")) {
                        String v = fields.get(required);
                        if (v == null || v.isBlank()) {
                            return new Read(Optional.empty(), "the entry has no \"" + required + "\"", at);
                        }
                    }
                    int line = 0;
                    try {
                        line = fields.get("line") == null ? 0 : Integer.parseInt(fields.get("line"));
                    } catch (NumberFormatException ignored) {
                        // the line is for readers only
                    }
                    entries.add(new Entry(fields.get("rule"), fields.get("file"), fields.get("fingerprint"), line,
                            fields.get("message"), at));
                }
                if (p.currentToken() != JsonToken.END_ARRAY) {
                    return problem("\"findings\" must hold objects", p);
                }
            }
            return new Read(Optional.of(new FindingsBaseline(entries)), null, 0);
        } catch (JsonParseException e) {
            String message = e.getOriginalMessage();
            int newline = message.indexOf('\n');
            return new Read(Optional.empty(), "is not valid JSON: " + (newline < 0 ? message
                    : message.substring(0, newline)), e.getLocation() == null ? 0 : e.getLocation().getLineNr());
        } catch (IOException e) {
            return new Read(Optional.empty(), "cannot be read (" + e.getMessage() + ")", 0);
        }
    }

    private static Read problem(String message, JsonParser p) {
        return new Read(Optional.empty(), message, p.currentLocation().getLineNr());
    }

    /**
     * Matches {@code findings} against the entries, each entry matching one finding of the same rule, file and
     * fingerprint. Entries on files outside {@code linted} (not read this run) are neither matched nor unmatched.
     */
    public Match match(List<Finding> findings, java.util.function.Predicate<String> linted) {
        Map<String, Integer> available = new HashMap<>();
        for (Entry e : entries) {
            available.merge(e.key(), 1, Integer::sum);
        }
        List<Finding> remaining = new ArrayList<>();
        Map<String, Integer> used = new HashMap<>();
        int baselined = 0;
        for (Finding f : findings) {
            String key = f.rule() + '\u0000' + f.file() + '\u0000' + f.fingerprint();
            int left = available.getOrDefault(key, 0) - used.getOrDefault(key, 0);
            if (left > 0) {
                used.merge(key, 1, Integer::sum);
                baselined++;
            } else {
                remaining.add(f);
            }
        }
        List<Entry> unmatched = new ArrayList<>();
        for (Entry e : entries) {
            if (!linted.test(e.file())) {
                continue;
            }
            int u = used.getOrDefault(e.key(), 0);
            if (u > 0) {
                used.put(e.key(), u - 1);
            } else {
                unmatched.add(e);
            }
        }
        return new Match(remaining, baselined, unmatched);
    }

    /** The baseline text of {@code findings}, sorted by file, line and rule, one entry per finding. */
    public static String render(List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Finding.ORDER);
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("comment", "Findings accepted on this project: Migration Guard reports only findings"
                    + " not listed here. Written by 'lint --update-baseline' (mvn db:lint -Ddb.updateBaseline);"
                    + " remove entries as the problems are fixed.");
            g.writeArrayFieldStart("findings");
            for (Finding f : sorted) {
                g.writeStartObject();
                g.writeStringField("rule", f.rule());
                g.writeStringField("file", f.file());
                g.writeStringField("fingerprint", f.fingerprint());
                g.writeNumberField("line", f.line());
                g.writeStringField("message", f.message());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("writing to a string failed", e);
        }
        return out + "\n";
    }
}
