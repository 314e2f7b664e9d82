package com.gridwall.feed.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gridwall.domain.Event;
import com.gridwall.feed.MemorySink;
import com.gridwall.feed.ScriptedEvents;
import com.gridwall.feed.TestUnits;
import com.gridwall.feed.decode.EventRows;
import com.gridwall.store.EventSchema;
import com.gridwall.store.EventStore;
import com.gridwall.store.StoreConfig;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowFileWriter;
import org.apache.arrow.vector.ipc.ArrowStreamWriter;
import org.apache.arrow.vector.ipc.ArrowWriter;
import org.apache.arrow.vector.types.pojo.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportTest {
    @TempDir
    Path dir;
    private BufferAllocator allocator;
    private final List<Event> events = ScriptedEvents.first(3_000);

    @BeforeEach
    void open() {
        allocator = new RootAllocator();
    }

    @AfterEach
    void allocatorEndsAtZero() {
        assertEquals(0, allocator.getAllocatedMemory());
        allocator.close();
    }

    private Path write(String name, boolean fileFormat, Schema schema, List<Event> evs) throws Exception {
        Path p = dir.resolve(name);
        try (VectorSchemaRoot root = VectorSchemaRoot.create(schema, allocator);
             OutputStream out = new FileOutputStream(p.toFile());
             ArrowWriter w = fileFormat ? new ArrowFileWriter(root, null, java.nio.channels.Channels.newChannel(out))
                     : new ArrowStreamWriter(root, null, out)) {
            w.start();
            for (int i = 0; i < evs.size(); i += 1_000) {
                EventRows.write(evs.subList(i, Math.min(evs.size(), i + 1_000)), root);
                w.writeBatch();
            }
            w.end();
        }
        return p;
    }

    @Test
    void arrowStreamAndFileFormatsLoadIntoTheStoreAndASecondImportOnlyFindsDuplicates() throws Exception {
        Path stream = write("h.arrows", false, EventSchema.SCHEMA, events);
        Path file = write("h.arrow", true, EventSchema.SCHEMA, events);
        try (EventStore store = new EventStore(allocator, TestUnits.small(), null, Clock.systemUTC(), StoreConfig.defaults())) {
            ImportReport a = ArrowImporter.importFile(stream, store, allocator);
            assertEquals(3_000, a.accepted(), a.toString());
            assertTrue(a.complete());
            ImportReport b = ArrowImporter.importFile(file, store, allocator);
            assertEquals(0, b.accepted());
            assertEquals(3_000, b.duplicates());
            assertEquals(3_000, store.stats().events());
        }
    }

    @Test
    void aTruncatedStreamKeepsTheBatchesBeforeTheCut() throws Exception {
        Path stream = write("h.arrows", false, EventSchema.SCHEMA, events);
        byte[] bytes = Files.readAllBytes(stream);
        Path cut = dir.resolve("cut.arrows");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length * 5 / 6));
        MemorySink sink = new MemorySink();
        ImportReport r = ArrowImporter.importFile(cut, sink, allocator);
        assertFalse(r.complete());
        assertEquals(2_000, r.accepted(), "the two whole batches before the cut");
        assertEquals(events.subList(0, 2_000), sink.events());
        assertTrue(r.errors().get(r.errors().size() - 1).startsWith("cut.arrows: not a readable Arrow IPC stream"), r.errors().toString());
    }

    @Test
    void aHugeLengthPrefixIsReportedWithoutAllocatingWhatItAsksFor() {
        byte[] fiveBytes = {0x0a, 0x55, 0x55, 0x55, (byte) 0x8a}; // found by the fuzzer: asked for 1.4 GB
        ImportReport r = ArrowImporter.importBytes("tiny.arrows", fiveBytes, new MemorySink(), allocator);
        assertFalse(r.complete());
        assertTrue(r.errors().get(r.errors().size() - 1).contains("declares 1431655690 metadata bytes but only 1 remain"),
                r.errors().toString());
    }

    @Test
    void aFileWithAnotherSchemaVersionIsRefusedWithTheReason() throws Exception {
        Path p = write("v2.arrow", true, new Schema(EventSchema.SCHEMA.getFields(), Map.of(EventSchema.VERSION_KEY, "2")), events);
        MemorySink sink = new MemorySink();
        ImportReport r = ArrowImporter.importFile(p, sink, allocator);
        assertEquals(0, r.accepted());
        assertTrue(r.errors().get(0).contains("event schema version 2 is not supported"), r.errors().toString());
    }

    @Test
    void csvRowErrorsNameTheRowAndFieldAndTheRowsAroundThemAreKept() {
        String csv = String.join("\n",
                "seq,event_id,incident_id,type,ts,category,source,severity,lon,lat,grid_code,summary,department",
                "1,E1,I1,REPORTED,2026-07-01T09:30:00+08:00,FLOOD,IOT_SENSOR,3,113.9,35.3,G1,\"积水, 30cm\",",
                "2,E2,I1,DISPATCHED,1782869460000,FLOOD,IOT_SENSOR,3,,,G1,,WATER",
                "3,E3,I2,REPORTED,2026-07-01T10:00:00,SANITATION,HOTLINE_12345,1,abc,35.3,G2,,",
                "4,E4,I3,REPORTED,yesterday,SANITATION,HOTLINE_12345,1,113.9,35.3,G2,,",
                "5,E5,I4,REPORTED,2026-07-01T10:00:00Z,WEATHER,HOTLINE_12345,1,113.9,35.3,G2,,",
                "6,E6,I5,REPORTED,2026-07-01T10:00:00Z,SANITATION,HOTLINE_12345,1,113.9,35.3",
                "7,E7,I6,REPORTED,2026-07-01T10:05:00Z,SANITATION,HOTLINE_12345,2,113.91,35.31,G3,\"说 \"\"你好\"\"\",",
                "");
        MemorySink sink = new MemorySink();
        ImportReport r = CsvImporter.importText("events.csv", csv, sink, allocator);
        assertEquals(7, r.rows());
        assertEquals(3, r.accepted(), r.errors().toString());
        assertEquals(4, r.rejected());
        assertEquals(List.of(
                "events.csv row 4 field lon: 'abc' is not a number",
                "events.csv row 5 field ts: 'yesterday' is neither ISO-8601 nor epoch milliseconds",
                "events.csv row 7 field *: 10 fields, header has 13",
                "events.csv row 6 field category: unknown value 'WEATHER' (seq 5)"), r.errors());
        List<Event> got = sink.events();
        assertEquals(List.of(1L, 2L, 7L), got.stream().map(Event::seq).toList());
        assertEquals("积水, 30cm", got.get(0).summary());
        assertEquals("说 \"你好\"", got.get(2).summary());
        assertEquals(1782869400000L, got.get(0).ts(), "09:30 Beijing = 01:30 UTC");
    }

    @Test
    void csvWithoutARequiredColumnIsRefusedAsAWhole() {
        MemorySink sink = new MemorySink();
        ImportReport r = CsvImporter.importText("x.csv", "seq,event_id\n1,E1\n", sink, allocator);
        assertEquals(0, r.accepted());
        assertFalse(r.complete());
        assertEquals("x.csv: header lacks the required column 'incident_id'", r.errors().get(0));
    }
}
