package dev.migrationguard.hooks;

import java.util.ArrayList;
import java.util.List;

/**
 * Edits the text of a hook file: puts Migration Guard's block between its marker lines, replacing an earlier block
 * and keeping every other line of the file; removes the block again.
 */
final class HookBlock {

    static final String START = "# >>> migration-guard >>>";
    static final String END = "# <<< migration-guard <<<";
    static final String SHEBANG = "#!/bin/sh";

    private HookBlock() {
    }

    /**
     * The hook text with {@code block} in it. A new file gets a {@code #!/bin/sh} line first; in an existing file
     * an earlier block is replaced in place, else the block goes right after the shebang line (so that an
     * {@code exit} or {@code exec} at the end of the user's hook cannot skip it).
     *
     * @param existing the current file text, or null when there is no file
     * @param block    the block, starting with {@link #START} and ending with {@link #END}
     */
    static String install(String existing, String block) {
        List<String> blockLines = lines(block);
        if (existing == null || existing.isBlank()) {
            List<String> out = new ArrayList<>();
            out.add(SHEBANG);
            out.addAll(blockLines);
            return join(out);
        }
        List<String> lines = lines(existing);
        int start = lines.indexOf(START);
        int end = start < 0 ? -1 : lines.subList(start, lines.size()).indexOf(END);
        List<String> out = new ArrayList<>();
        if (start >= 0 && end >= 0) {
            out.addAll(lines.subList(0, start));
            out.addAll(blockLines);
            out.addAll(lines.subList(start + end + 1, lines.size()));
        } else {
            int at = !lines.isEmpty() && lines.get(0).startsWith("#!") ? 1 : 0;
            out.addAll(lines.subList(0, at));
            out.addAll(blockLines);
            out.addAll(lines.subList(at, lines.size()));
        }
        return join(out);
    }

    /**
     * The hook text without the block, or null when nothing but a shebang and blank lines would be left (the file
     * can go). Text without a block is returned unchanged.
     */
    static String uninstall(String existing) {
        List<String> lines = lines(existing);
        int start = lines.indexOf(START);
        int end = start < 0 ? -1 : lines.subList(start, lines.size()).indexOf(END);
        if (start < 0 || end < 0) {
            return existing;
        }
        List<String> out = new ArrayList<>(lines.subList(0, start));
        out.addAll(lines.subList(start + end + 1, lines.size()));
        boolean meaningful = out.stream().anyMatch(l -> !l.isBlank() && !l.startsWith("#!"));
        return meaningful ? join(out) : null;
    }

    /** True when {@code text} holds the block. */
    static boolean contains(String text) {
        return text != null && lines(text).contains(START);
    }

    private static List<String> lines(String text) {
        return new ArrayList<>(text.lines().toList());
    }

    private static String join(List<String> lines) {
        return String.join("\n", lines) + "\n";
    }
}
