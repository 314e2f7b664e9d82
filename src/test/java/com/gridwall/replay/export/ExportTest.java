package com.gridwall.replay.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gridwall.domain.Category;
import com.gridwall.domain.Department;
import com.gridwall.domain.Event;
import com.gridwall.domain.EventType;
import com.gridwall.domain.Source;
import com.gridwall.replay.analysis.IncidentRecord;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.ipc.ArrowStreamReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportTest {
    @TempDir
    Path dir;

    private static List<IncidentRecord> incidents() {
        List<IncidentRecord> l = new ArrayList<>();
        for (int i = 0; i < 70_000; i++) {
            l.add(new IncidentRecord("I" + i, Category.DISPUTE, Source.HOTLINE_12345, i % 2 == 0 ? Department.JUSTICE : null,
                    2, "G0001", 113.9, 35.2, 1_780_000_000_000L + i, Event.NO_TIME, EventType.RESOLVED,
                    Event.NO_TIME, 1_780_000_100_000L, Event.NO_TIME, Event.NO_RATING, false,
                    i == 1 ? "邻里纠纷, \"噪音\"\n二楼" : "x"));
        }
        return l;
    }

    @Test
    void csvQuotesWhatNeedsQuotingAndKeepsEveryRow() throws Exception {
        Path out = dir.resolve("i.csv");
        IncidentCsv.write(incidents(), out);
        String text = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFincident_id,category,"));
        assertTrue(text.contains("\"邻里纠纷, \"\"噪音\"\"\n二楼\""), "embedded comma, quote and newline are quoted");
        long records = text.split("\r\n", -1).length - 1; // CRLF ends each record; the quoted field holds a bare LF
        assertEquals(70_001, records);
    }

    @Test
    void arrowExportReadsBackInBatches() throws Exception {
        Path out = dir.resolve("i.arrows");
        try (BufferAllocator a = new RootAllocator()) {
            IncidentArrow.write(incidents(), out, a);
            int rows = 0;
            int batches = 0;
            String second = null;
            try (InputStream in = Files.newInputStream(out); ArrowStreamReader r = new ArrowStreamReader(in, a)) {
                assertEquals(IncidentArrow.SCHEMA, r.getVectorSchemaRoot().getSchema());
                while (r.loadNextBatch()) {
                    if (batches == 0) {
                        second = new String(((VarCharVector) r.getVectorSchemaRoot().getVector("summary")).get(1), StandardCharsets.UTF_8);
                    }
                    rows += r.getVectorSchemaRoot().getRowCount();
                    batches++;
                }
            }
            assertEquals(70_000, rows);
            assertEquals(2, batches);
            assertEquals("邻里纠纷, \"噪音\"\n二楼", second);
            assertEquals(0, a.getAllocatedMemory());
        }
    }
}
