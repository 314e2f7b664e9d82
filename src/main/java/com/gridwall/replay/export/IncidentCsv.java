package com.gridwall.replay.export;

import com.gridwall.domain.Event;
import com.gridwall.replay.analysis.IncidentRecord;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * Writes incidents as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheet tools show the
 * Chinese summaries correctly). Columns are the {@link IncidentArrow} fields; times are ISO-8601
 * UTC, absent values empty; enums are their wire names. Stateless.
 */
public final class IncidentCsv {
    static final String[] HEADER = {"incident_id", "category", "source", "department", "severity", "grid_code", "lon",
        "lat", "reported", "deadline", "status", "dispatched", "resolved", "closed", "satisfaction", "redispatched",
        "summary"};

    private IncidentCsv() {
    }

    public static void write(List<IncidentRecord> incidents, Path out) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write('\uFEFF');
            w.write(String.join(",", HEADER));
            w.write("\r\n");
            for (IncidentRecord r : incidents) {
                String[] f = {r.incidentId(), r.category().name(), r.source().name(),
                    r.department() == null ? "" : r.department().name(), Integer.toString(r.severity()),
                    nz(r.gridCode()), Double.isNaN(r.lon()) ? "" : Double.toString(r.lon()),
                    Double.isNaN(r.lat()) ? "" : Double.toString(r.lat()), time(r.reportedTs()), time(r.deadline()),
                    r.status().name(), time(r.dispatchedTs()), time(r.resolvedTs()), time(r.closedTs()),
                    r.satisfaction() == Event.NO_RATING ? "" : Integer.toString(r.satisfaction()),
                    Boolean.toString(r.redispatched()), nz(r.summary())};
                for (int i = 0; i < f.length; i++) {
                    if (i > 0) {
                        w.write(',');
                    }
                    w.write(quote(f[i]));
                }
                w.write("\r\n");
            }
        }
    }

    static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String time(long ms) {
        return ms == Event.NO_TIME ? "" : Instant.ofEpochMilli(ms).toString();
    }
}
