package dev.migrationguard.naming;

/**
 * The text of one script, ready for the SQL splitter, or why it could not be read.
 *
 * @param text            the script's text (a section's text for single-file migrations), without a BOM; "" on error
 * @param firstLine       1-based line of the file where {@code text} starts
 * @param firstByteOffset byte offset in the file where {@code text} starts (a leading BOM counts)
 * @param noTransaction   the script asks to run outside a transaction (dbmate {@code transaction:false}, goose
 *                        {@code NO TRANSACTION})
 * @param error           why the script cannot be used (unreadable, not UTF-8, binary, missing section); null if none
 * @param errorLine       1-based line the error points at, 0 when none
 */
public record LoadedScript(String text, int firstLine, long firstByteOffset, boolean noTransaction, String error,
                           int errorLine) {

    /** True when the script was read and decoded. */
    public boolean ok() {
        return error == null;
    }

    static LoadedScript failed(String error, int line) {
        return new LoadedScript("", 1, 0, false, error, line);
    }
}
