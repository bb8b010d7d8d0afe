package dev.migrationguard.sql;

/** UTF-8 byte counting for char ranges, to turn char offsets into byte offsets. */
final class Utf8 {

    private Utf8() {
    }

    /** Number of UTF-8 bytes encoding {@code text[from, to)}; a surrogate pair counts 4, a lone surrogate 3. */
    static long length(CharSequence text, int from, int to) {
        long bytes = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
