package dev.migrationguard.db.drift;

/**
 * How one drift check runs.
 *
 * @param replayUrl the server to create the throw-away database on ({@code db.replayUrl}, {@code --replay-url}); null
 *                  for the checked database's server when its user may create databases, else an embedded server
 */
public record DriftOptions(String replayUrl) {

    public static DriftOptions defaults() {
        return new DriftOptions(null);
    }
}
