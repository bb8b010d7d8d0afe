package dev.migrationguard.naming;

/**
 * Where the up and down sections of a single-file migration (dbmate or goose) start.
 *
 * @param style         {@link NamingScheme#DBMATE} or {@link NamingScheme#GOOSE}
 * @param up            the first up marker; null when there is none
 * @param down          the first down marker; null when there is none
 * @param noTransaction goose: a {@code -- +goose NO TRANSACTION} line anywhere in the file
 */
record SectionLayout(NamingScheme style, Marker up, Marker down, boolean noTransaction) {

    /**
     * One marker line.
     *
     * @param start          index in the text of the marker line's first character
     * @param bodyStart      index in the text of the first character after the marker line
     * @param bodyLine       1-based line number where the section's text starts
     * @param bodyByteOffset UTF-8 byte offset of {@code bodyStart} in the text (a BOM not counted)
     * @param noTransaction  dbmate: the marker line says {@code transaction:false}
     */
    record Marker(int start, int bodyStart, int bodyLine, long bodyByteOffset, boolean noTransaction) {
    }

    /** The text of the section that starts at {@code m}: up to the other marker when it follows, else to the end. */
    String body(String text, Marker m) {
        Marker other = m == up ? down : up;
        int end = other != null && other.start() > m.start() ? other.start() : text.length();
        return text.substring(m.bodyStart(), end);
    }
}
