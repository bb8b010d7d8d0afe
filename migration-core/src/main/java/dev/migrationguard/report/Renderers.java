package dev.migrationguard.report;

import java.util.List;
import java.util.Locale;

/** Chooses the renderer for a {@code format} name. */
public final class Renderers {

    /** The format names the lint accepts. */
    public static final List<String> FORMATS = List.of("text", "json", "sarif", "markdown", "junit");

    private Renderers() {
    }

    /**
     * The renderer for {@code format} (one of {@link #FORMATS}, any case; null means text).
     *
     * @return the renderer, or null when the format is unknown
     */
    public static Renderer forFormat(String format, RenderOptions options) {
        return switch (normalize(format)) {
            case "text" -> new TextRenderer(options);
            case "json" -> new JsonRenderer(options);
            case "sarif" -> new SarifRenderer(options);
            case "markdown" -> new MarkdownRenderer(options);
            case "junit" -> new JunitRenderer(options);
            default -> null;
        };
    }

    /**
     * The renderer for {@code format} with the default options.
     *
     * @param color ANSI colours for the text format
     * @return the renderer, or null when the format is unknown
     */
    public static Renderer forFormat(String format, boolean color) {
        return forFormat(format, RenderOptions.defaults().withColor(color));
    }

    public static Renderer forFormat(String format) {
        return forFormat(format, false);
    }

    /**
     * The file a build writes a format to, under its output directory ({@code target/migration-guard/}):
     * {@code report.json}, {@code migration-guard.sarif}, {@code report.md}, {@code junit.xml}; null for text, which
     * goes to the console only.
     */
    public static String defaultFileName(String format) {
        return switch (normalize(format)) {
            case "json" -> "report.json";
            case "sarif" -> "migration-guard.sarif";
            case "markdown" -> "report.md";
            case "junit" -> "junit.xml";
            default -> null;
        };
    }

    private static String normalize(String format) {
        return format == null ? "text" : format.trim().toLowerCase(Locale.ROOT);
    }
}
