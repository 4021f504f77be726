package org.jiqitong.registry.internal;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Reading nullable numeric columns: SQL NULL stays null (unknown), never 0. */
final class Columns {

    private Columns() {
    }

    static Long longOrNull(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}
