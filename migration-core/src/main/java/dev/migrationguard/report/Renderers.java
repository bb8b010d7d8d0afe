package dev.migrationguard.report;

import java.util.List;
import java.util.Locale;

/** Chooses the renderer for a {@code format} name. */
public final class Renderers {

    /** The format names the lint accepts. */
    public static final List<String> FORMATS = List.of("text", "json");

    private Renderers() {
    }

    /**
     * The renderer for {@code format} ({@code text} or {@code json}, any case).
     *
     * @param color ANSI colours for the text format
     * @return the renderer, or null when the format is unknown
     */
    public static Renderer forFormat(String format, boolean color) {
        return switch (format == null ? "text" : format.toLowerCase(Locale.ROOT)) {
            case "text" -> new TextRenderer(color);
            case "json" -> new JsonRenderer();
            default -> null;
        };
    }

    public static Renderer forFormat(String format) {
        return forFormat(format, false);
    }
}
