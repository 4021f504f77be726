package org.jiqitong;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** Plain JDBC for the tests that watch a platform of their own from outside (kill tests, two-instance tests). */
public final class Sql {

    private Sql() {
    }

    /** The {@code postgres} database of a server on this machine. */
    public static Connection connect(int port, String password) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", "postgres");
        p.setProperty("password", password);
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", p);
    }

    /** The first column of the first row; an SQLException when there is no row (yet). */
    public static long single(Connection db, String sql) throws SQLException {
        try (var st = db.createStatement(); var rs = st.executeQuery(sql)) {
            if (!rs.next()) {
                throw new SQLException("no row yet: " + sql);
            }
            return rs.getLong(1);
        }
    }

    public static String text(Connection db, String sql) throws SQLException {
        try (var st = db.createStatement(); var rs = st.executeQuery(sql)) {
            if (!rs.next()) {
                throw new SQLException("no row yet: " + sql);
            }
            return rs.getString(1);
        }
    }
}
