package com.gridwall.app;

import com.gridwall.store.EventSchema;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.TimeStampMilliTZVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * DuckDB in-process as the peer for the store's KPI query: the same events appended through the
 * appender, incident state derived once in SQL from the raw events (dedup by event_id; report
 * time, grid and category of the REPORTED event; resolution = first RESOLVED or CLOSED), then the
 * grid x category query over that table. Extension auto-install and auto-load are off. Not thread-safe.
 */
final class DuckDbKpiPeer implements AutoCloseable {
    /** How many of the event columns the peer loads: those its query needs. */
    static final int COLUMNS = 6;
    private final DuckDBConnection conn;
    private DuckDBAppender appender;

    DuckDbKpiPeer() throws SQLException {
        conn = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
        try (Statement st = conn.createStatement()) {
            st.execute("SET autoinstall_known_extensions=false");
            st.execute("SET autoload_known_extensions=false");
            st.execute("CREATE TABLE events (event_id VARCHAR, incident_id VARCHAR, type VARCHAR, ts BIGINT, "
                    + "category VARCHAR, grid_code VARCHAR)");
        }
        appender = conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "events");
    }

    /** Appends the batch's rows (the columns the KPI query needs). */
    void append(VectorSchemaRoot root) throws SQLException {
        VarCharVector id = (VarCharVector) root.getVector(EventSchema.EVENT_ID);
        VarCharVector inc = (VarCharVector) root.getVector(EventSchema.INCIDENT_ID);
        VarCharVector type = (VarCharVector) root.getVector(EventSchema.TYPE);
        TimeStampMilliTZVector ts = (TimeStampMilliTZVector) root.getVector(EventSchema.TS);
        VarCharVector cat = (VarCharVector) root.getVector(EventSchema.CATEGORY);
        VarCharVector grid = (VarCharVector) root.getVector(EventSchema.GRID_CODE);
        for (int i = 0; i < root.getRowCount(); i++) {
            appender.beginRow();
            appender.append(str(id, i));
            appender.append(str(inc, i));
            appender.append(str(type, i));
            appender.append(ts.get(i));
            appender.append(str(cat, i));
            if (grid.isNull(i)) {
                appender.appendNull();
            } else {
                appender.append(str(grid, i));
            }
            appender.endRow();
        }
    }

    private static String str(VarCharVector v, int i) {
        return new String(v.get(i), StandardCharsets.UTF_8);
    }

    /** Derives the incident table from the events (once, before the timed queries). */
    void materialize() throws SQLException {
        appender.close();
        appender = null;
        try (Statement st = conn.createStatement()) {
            st.execute("CREATE TABLE incidents AS "
                    + "WITH ev AS (SELECT DISTINCT event_id, incident_id, type, ts, category, grid_code FROM events) "
                    + "SELECT incident_id, "
                    + "min(ts) FILTER (WHERE type = 'REPORTED') AS reported, "
                    + "arg_min(grid_code, ts) FILTER (WHERE type = 'REPORTED') AS grid_code, "
                    + "arg_min(category, ts) FILTER (WHERE type = 'REPORTED') AS category, "
                    + "min(ts) FILTER (WHERE type IN ('RESOLVED', 'CLOSED')) AS resolved "
                    + "FROM ev GROUP BY incident_id");
        }
    }

    long count(String table) throws SQLException {
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** grid|category → {received, resolved, resolve ms sum} for incidents reported in [from, to). */
    Map<String, long[]> gridCategory(long from, long to) throws SQLException {
        Map<String, long[]> out = new TreeMap<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT grid_code, category, count(*), count(resolved), "
                + "CAST(coalesce(sum(resolved - reported), 0) AS BIGINT) FROM incidents "
                + "WHERE reported >= ? AND reported < ? GROUP BY grid_code, category")) {
            ps.setLong(1, from);
            ps.setLong(2, to);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1) + "|" + rs.getString(2), new long[] {rs.getLong(3), rs.getLong(4), rs.getLong(5)});
                }
            }
        }
        return out;
    }

    Connection connection() {
        return conn;
    }

    @Override
    public void close() throws SQLException {
        if (appender != null) {
            appender.close();
        }
        conn.close();
    }
}
