package dev.migrationguard.naming;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/**
 * Reads the text of a {@link ScriptRef}: strictly UTF-8, BOM removed, and for single-file migrations only the
 * requested section, with the line and byte offset where it starts so findings point at real file lines.
 * Never throws: problems come back in {@link LoadedScript#error()}.
 */
public final class ScriptLoader {

    private ScriptLoader() {
    }

    /** Loads the script {@code ref} points at. */
    public static LoadedScript load(ScriptRef ref) {
        // a changelog of many changesets is read and decoded once, not once per changeset
        boolean structured = ref.unit() != null && LiquibaseDocument.isStructured(ref.file().fileName());
        DecodedText decoded = structured ? recent(ref.file()) : null;
        if (decoded == null) {
            byte[] bytes;
            try {
                bytes = ref.file().content().read();
            } catch (IOException | RuntimeException e) {
                return LoadedScript.failed("cannot read the file: " + reason(e), 0);
            }
            if (bytes == null) {
                return LoadedScript.failed("cannot read the file: no content", 0);
            }
            decoded = DecodedText.strict(bytes);
            if (structured) {
                remember(ref.file(), decoded);
            }
        }
        if (!decoded.ok()) {
            return LoadedScript.failed(decoded.error(), decoded.errorLine());
        }
        String text = decoded.text();
        if (ref.unit() != null) {
            return changeset(ref, text, decoded.bomLength());
        }
        if (ref.section() == Section.WHOLE) {
            return new LoadedScript(text, 1, decoded.bomLength(), false, null, 0);
        }
        NamingScheme style = SectionMarkers.styleOf(text);
        if (style == null) {
            return LoadedScript.failed("no -- migrate:up / -- +goose Up section markers in the file", 0);
        }
        SectionLayout layout = SectionMarkers.scan(text, style);
        SectionLayout.Marker marker = ref.section() == Section.UP ? layout.up() : layout.down();
        if (marker == null) {
            String wanted = ref.section() == Section.UP ? NameParser.upMarker(style) : NameParser.downMarker(style);
            return LoadedScript.failed("no " + wanted + " section in the file", 0);
        }
        boolean noTransaction = style == NamingScheme.GOOSE ? layout.noTransaction() : marker.noTransaction();
        return new LoadedScript(layout.body(text, marker), marker.bodyLine(),
                decoded.bomLength() + marker.bodyByteOffset(), noTransaction, null, 0);
    }

    /** The up or rollback script of the Liquibase changeset, or the part of the Alembic revision, {@code ref.unit()}. */
    private static LoadedScript changeset(ScriptRef ref, String text, long bom) {
        if (LiquibaseDocument.isStructured(ref.file().fileName())) {
            LiquibaseDocument doc = LiquibaseDocument.cached(ref.file().fileName(), text);
            LiquibaseDocument.ChangeSet c = doc.find(ref.unit());
            if (c == null) {
                return LoadedScript.failed("no changeSet " + ref.unit() + " in the changelog", 0);
            }
            java.util.Map<String, String> properties = LiquibaseProperties.of(ref.file().location(), doc);
            return ref.direction() == Direction.UP ? LiquibaseScripts.up(text, doc, c, bom, properties)
                    : LiquibaseScripts.down(text, doc, c, bom, properties);
        }
        if (!LiquibaseChangelog.isFormattedSql(text)) {
            AlembicSql.Part part = AlembicSql.parse(text).find(ref.direction(), ref.unit());
            if (part == null) {
                String verb = ref.direction() == Direction.UP ? "upgrade" : "downgrade";
                return LoadedScript.failed("no -- Running " + verb + " line for revision " + ref.unit()
                        + " in the file", 0);
            }
            return new LoadedScript(AlembicSql.text(text, part), part.bodyLine(), bom + part.bodyByteOffset(),
                    AlembicSql.autocommit(text, part), null, 0);
        }
        LiquibaseChangelog changelog = LiquibaseChangelog.parse(text);
        LiquibaseChangelog.Changeset c = changelog.find(ref.unit());
        if (c == null) {
            return LoadedScript.failed("no changeset " + ref.unit() + " in the changelog", 0);
        }
        String script = ref.direction() == Direction.UP ? LiquibaseChangelog.upText(text, c)
                : LiquibaseChangelog.rollbackText(text, c);
        return new LoadedScript(script, c.bodyLine(), bom + c.bodyByteOffset(), c.noTransaction(), null, 0);
    }

    private static final java.util.Map<SourceFile, DecodedText> RECENT = new java.util.LinkedHashMap<>(16, 0.75f,
            true) {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<SourceFile, DecodedText> eldest) {
            return size() > 4;
        }
    };

    private static DecodedText recent(SourceFile f) {
        synchronized (RECENT) {
            return RECENT.get(f);
        }
    }

    private static void remember(SourceFile f, DecodedText text) {
        synchronized (RECENT) {
            RECENT.put(f, text);
        }
    }

    private static String reason(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
