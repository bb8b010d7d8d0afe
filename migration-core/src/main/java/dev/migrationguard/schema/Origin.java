package dev.migrationguard.schema;

/**
 * Where an object of the model was created: the script (display path of its file, with the section for a file
 * holding several) and the index of the creating statement in it.
 *
 * @param script    display path of the script that created the object
 * @param statement 0-based index of the creating statement in that script
 */
public record Origin(String script, int statement) {

    /** True when the object was created by {@code script} before its statement {@code statementIndex}. */
    public boolean inScriptBefore(String script, int statementIndex) {
        return this.script.equals(script) && statement < statementIndex;
    }
}
