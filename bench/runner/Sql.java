import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/** Runs one statement: {@code java -cp <driver> Sql.java JDBC_URL SQL} (the benchmarks' way to create databases). */
public final class Sql {
    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection(args[0]); Statement st = c.createStatement()) {
            st.execute(args[1]);
        }
    }
}
