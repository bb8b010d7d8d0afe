package dev.migrationguard.sql;

import java.util.List;

/**
 * Maps char offsets of the text being lexed back to the original file text and turns original offsets into 1-based
 * line and column numbers in file coordinates.
 *
 * <p>The lexed text differs from the original only where placeholders were replaced; each such replacement is one
 * {@link Span}. An offset strictly inside a replaced value maps to the start of the placeholder (for start offsets)
 * or to its end (for end offsets).
 *
 * <p>Line and column lookups walk forward from the previous lookup, so a run of lookups in increasing offset order
 * costs time linear in the text length. Lines break at {@code \r\n}, {@code \n} and a lone {@code \r}; columns count
 * code points.
 */
final class SourceMap {

    /**
     * One replaced region.
     *
     * @param lexedStart    start of the replacement value in the lexed text
     * @param lexedEnd      end of the replacement value in the lexed text
     * @param originalStart start of the placeholder in the original text
     * @param originalEnd   end of the placeholder in the original text
     */
    record Span(int lexedStart, int lexedEnd, int originalStart, int originalEnd) {
    }

    private final String original;
    private final int firstLine;
    private final Span[] spans;

    private int trackedOffset;
    private int trackedLine;
    private int trackedColumn;

    private SourceMap(String original, int firstLine, List<Span> spans) {
        this.original = original;
        this.firstLine = firstLine;
        this.spans = spans.toArray(new Span[0]);
        reset();
    }

    /** A map for text lexed exactly as it is in the file. */
    static SourceMap identity(String text, int firstLine) {
        return new SourceMap(text, firstLine, List.of());
    }

    /** A map for text in which the given regions (in increasing order) were replaced. */
    static SourceMap withReplacements(String original, int firstLine, List<Span> spans) {
        return new SourceMap(original, firstLine, spans);
    }

    String original() {
        return original;
    }

    /** The original offset of a lexed offset; {@code end} selects the side for offsets inside a replaced value. */
    int toOriginal(int lexedOffset, boolean end) {
        if (spans.length == 0) {
            return lexedOffset;
        }
        int low = 0;
        int high = spans.length - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (spans[mid].lexedStart() <= lexedOffset) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        if (found < 0) {
            return lexedOffset;
        }
        Span span = spans[found];
        if (lexedOffset >= span.lexedEnd()) {
            return span.originalEnd() + (lexedOffset - span.lexedEnd());
        }
        if (lexedOffset == span.lexedStart()) {
            return span.originalStart();
        }
        return end ? span.originalEnd() : span.originalStart();
    }

    /** 1-based file line of an original offset. */
    int line(int originalOffset) {
        seek(originalOffset);
        return trackedLine;
    }

    /** 1-based column (in code points) of an original offset. */
    int column(int originalOffset) {
        seek(originalOffset);
        return trackedColumn;
    }

    private void reset() {
        trackedOffset = 0;
        trackedLine = firstLine;
        trackedColumn = 1;
    }

    private void seek(int target) {
        int limit = Math.min(Math.max(target, 0), original.length());
        if (limit < trackedOffset) {
            reset();
        }
        for (int i = trackedOffset; i < limit; i++) {
            char c = original.charAt(i);
            if (c == '\r') {
                trackedLine++;
                trackedColumn = 1;
            } else if (c == '\n') {
                if (i == 0 || original.charAt(i - 1) != '\r') {
                    trackedLine++;
                }
                trackedColumn = 1;
            } else if (!(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(original.charAt(i - 1)))) {
                trackedColumn++;
            }
        }
        trackedOffset = limit;
    }
}
