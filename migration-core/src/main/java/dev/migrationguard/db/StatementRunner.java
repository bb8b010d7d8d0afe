package dev.migrationguard.db;

import dev.migrationguard.sql.SqlScript;
import dev.migrationguard.sql.Statement;
import dev.migrationguard.sql.Token;
import dev.migrationguard.sql.TokenType;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Runs the statements of a {@link SqlScript} exactly as split, one {@code execute} each, on a connection whose
 * transaction mode the caller has set. {@code COPY ... FROM stdin} statements send their inline data through the
 * driver's copy protocol.
 */
public final class StatementRunner {

    private final String password;

    /** @param password masked out of error messages (null when none) */
    public StatementRunner(String password) {
        this.password = password;
    }

    /**
     * Runs a prepared script as the runner applies one: in one transaction, committed when every statement
     * succeeded and rolled back otherwise, or statement by statement in autocommit when the script asks for it.
     * Leaves the connection in autocommit. Returns the first failure, or null.
     */
    public StatementFailure apply(Connection connection, PreparedScript script) throws SQLException {
        if (script.autocommit()) {
            connection.setAutoCommit(true);
            return run(connection, script.sql());
        }
        connection.setAutoCommit(false);
        try {
            StatementFailure f = run(connection, script.sql());
            if (f != null) {
                connection.rollback();
            } else {
                connection.commit();
            }
            return f;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** Runs every statement; returns the first failure, or null when all succeeded. */
    public StatementFailure run(Connection connection, SqlScript script) {
        for (Statement s : script.statements()) {
            StatementFailure f = run(connection, script.path(), s);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    /** Runs one statement; returns its failure or null. */
    public StatementFailure run(Connection connection, String path, Statement s) {
        try {
            Token copyData = copyData(s);
            if (copyData != null) {
                copy(connection, s, copyData);
            } else {
                try (java.sql.Statement st = connection.createStatement()) {
                    st.setEscapeProcessing(false);
                    st.execute(s.text());
                }
            }
            return null;
        } catch (SQLException e) {
            return failure(path, s, e);
        }
    }

    /** The inline data of a {@code COPY ... FROM stdin} statement, or null for any other statement. */
    static Token copyData(Statement s) {
        List<Token> tokens = s.tokens();
        if (!tokens.isEmpty() && tokens.get(tokens.size() - 1).type() == TokenType.COPY_DATA) {
            return tokens.get(tokens.size() - 1);
        }
        return null;
    }

    private static void copy(Connection connection, Statement s, Token data) throws SQLException {
        String sql = s.text().strip();
        if (sql.endsWith(";")) {
            sql = sql.substring(0, sql.length() - 1);
        }
        String rows = copyRows(data.text());
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(rows));
        } catch (IOException e) {
            throw new SQLException("cannot send COPY data: " + e.getMessage(), e);
        }
    }

    /** The inline rows without a leading line break and without the terminating {@code \.} line. */
    static String copyRows(String data) {
        String rows = data;
        if (rows.startsWith("\r\n")) {
            rows = rows.substring(2);
        } else if (rows.startsWith("\n")) {
            rows = rows.substring(1);
        }
        String trimmed = rows.stripTrailing();
        if (trimmed.endsWith("\\.")) {
            int end = trimmed.length() - 2;
            if (end == 0 || trimmed.charAt(end - 1) == '\n') {
                rows = trimmed.substring(0, end);
            }
        }
        return rows;
    }

    /** The failure of statement {@code s} of {@code path}, its line moved to PostgreSQL's error position. */
    StatementFailure failure(String path, Statement s, SQLException e) {
        int line = s.line();
        String message = e.getMessage();
        if (e instanceof PSQLException pe && pe.getServerErrorMessage() != null) {
            ServerErrorMessage m = pe.getServerErrorMessage();
            message = m.getSeverity() + ": " + m.getMessage();
            if (m.getDetail() != null) {
                message += " (" + m.getDetail() + ")";
            }
            if (m.getPosition() > 0) {
                line += newlinesBefore(s.text(), m.getPosition() - 1);
            }
        } else if (e.getSQLState() != null && e.getSQLState().startsWith("08")) {
            message = "the database session ended while running the statement: " + message;
        }
        return new StatementFailure(path, line, excerpt(s), e.getSQLState(), Secrets.mask(message, password));
    }

    /** The statement on one line, abbreviated, without its terminating semicolon (messages go on after it). */
    static String excerpt(Statement s) {
        String text = s.abbreviated(80);
        return text.endsWith(";") ? text.substring(0, text.length() - 1).stripTrailing() : text;
    }

    private static int newlinesBefore(String text, int position) {
        int n = 0;
        int end = Math.min(position, text.length());
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }
}
