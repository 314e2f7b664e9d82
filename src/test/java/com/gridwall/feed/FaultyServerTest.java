package com.gridwall.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gridwall.domain.Event;
import com.gridwall.domain.FeedHealth;
import com.gridwall.feed.decode.Rejection;
import com.gridwall.feed.flight.BatchMetadata;
import com.gridwall.feed.flight.FeedEndpoint;
import com.gridwall.feed.flight.FeedTicket;
import com.gridwall.feed.flight.FlightClientOptions;
import com.gridwall.feed.flight.FlightFeedSource;
import com.gridwall.store.EventSchema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.types.pojo.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A misbehaving data center, played by a scripted real Flight server; the wall's client must cope. */
class FaultyServerTest {
    private BufferAllocator allocator;
    private final MemorySink sink = new MemorySink();
    private final List<Event> all = ScriptedServer.events(3_000);

    @BeforeEach
    void open() {
        allocator = new RootAllocator();
    }

    @AfterEach
    void allocatorEndsAtZero() {
        assertEquals(0, allocator.getAllocatedMemory());
        allocator.close();
    }

    private FlightFeedSource client(ScriptedServer server, long stallMs) {
        return new FlightFeedSource(sink, FeedEndpoint.parse("flight://127.0.0.1:" + server.port()),
                FlightClientOptions.defaults(null).withTimings(stallMs, 10, 50), allocator);
    }

    /** Serves everything after the ticket's seq in batches of 100, then idles with heartbeats. */
    private void serveRest(FeedTicket t, ScriptedServer.Stream out) throws InterruptedException {
        long after = t.after();
        while (after < all.size()) {
            List<Event> b = ScriptedServer.range(all, after, after + 100);
            out.send(b);
            after = b.get(b.size() - 1).seq();
        }
        for (int i = 0; i < 50 && !out.cancelled(); i++) {
            out.heartbeat(after);
            out.idle(20);
        }
    }

    @Test
    void duplicatesAndReorderedBatchesEndWithEveryEventOnceInOrder() throws Exception {
        try (ScriptedServer server = new ScriptedServer(allocator, (call, t, out) -> {
            if (call == 0) {
                out.send(ScriptedServer.range(all, 0, 100));
                out.send(ScriptedServer.range(all, 0, 100));      // the same batch again
                out.send(ScriptedServer.range(all, 50, 150));     // overlapping
                out.send(ScriptedServer.range(all, 250, 350));    // comes before 151..250: reordered
                out.send(ScriptedServer.range(all, 150, 250));
                out.idle(2_000);
            } else {
                serveRest(t, out);
            }
        })) {
            FlightFeedSource c = client(server, 5_000);
            c.start();
            Waits.until(() -> sink.lastSeq() >= all.size(), 10_000);
            FeedHealth h = c.health();
            c.close();
            assertEquals(all, sink.events());
            assertEquals(0, sink.duplicates(), "stale rows were dropped before the store");
            assertEquals(1, h.gaps(), "the reordered batch showed up as one gap");
            assertTrue(server.calls.get() >= 2, "the gap was re-requested");
        }
    }

    @Test
    void aGapThatPersistsAfterTheReRequestIsCountedAndSkipped() throws Exception {
        try (ScriptedServer server = new ScriptedServer(allocator, (call, t, out) -> {
            long after = t.after();
            while (after < all.size()) {
                long to = after + 100;
                List<Event> b = new ArrayList<>(ScriptedServer.range(all, after, to));
                b.removeIf(e -> e.seq() > 500 && e.seq() <= 600); // lost at the source for good
                if (!b.isEmpty()) {
                    out.send(b);
                }
                after = to;
            }
            out.idle(1_000);
        })) {
            FlightFeedSource c = client(server, 5_000);
            c.start();
            Waits.until(() -> sink.lastSeq() >= all.size(), 10_000);
            FeedHealth h = c.health();
            c.close();
            assertEquals(all.size() - 100, sink.events().size());
            assertEquals(1, h.gaps());
            assertEquals(all.size(), h.lastSeq());
        }
    }

    @Test
    void malformedRowsAreQuarantinedWithSeqAndFieldAndTheGoodRowsAroundThemApplied() throws Exception {
        Tamper tamper = new Tamper()
                .set(1, EventSchema.EVENT_ID, Tamper.NULL)
                .set(3, EventSchema.TYPE, "FOO")
                .set(5, EventSchema.LON, 200.0)
                .set(5, EventSchema.LAT, 35.0)
                .set(7, EventSchema.LON, 113.0)
                .set(7, EventSchema.LAT, -95.0)
                .set(9, EventSchema.LON, Tamper.NULL)
                .set(9, EventSchema.LAT, 35.0)
                .set(11, EventSchema.SEVERITY, 9)
                .set(13, EventSchema.SATISFACTION, 7)
                .set(15, EventSchema.TS, 1_700_000_000L)
                .set(17, EventSchema.CATEGORY, "WEATHER")
                .set(18, EventSchema.DEPARTMENT, "NASA")
                .set(19, EventSchema.SOURCE, Tamper.NULL);
        try (ScriptedServer server = new ScriptedServer(allocator, (call, t, out) -> {
            if (call == 0) {
                var root = out.start(EventSchema.SCHEMA);
                tamper.write(ScriptedServer.range(all, 0, 20), root, allocator);
                out.sendRoot(20);
                out.send(ScriptedServer.range(all, 20, 40), ScriptedServer.utf8("\u0000garbage metadata\u00ff"));
                out.send(ScriptedServer.range(all, 40, 60));
                out.idle(1_000);
            }
        })) {
            FlightFeedSource c = client(server, 5_000);
            c.start();
            Waits.until(() -> sink.lastSeq() >= 60, 10_000);
            FeedHealth h = c.health();
            List<Rejection> examples = c.quarantine().examples();
            c.close();
            assertEquals(60 - 11, sink.events().size(), "the 9 good rows of the bad batch and the 40 after it");
            assertEquals(11 + 1, h.rejected(), "11 bad rows and 1 bad metadata message");
            Map<Long, String> fieldBySeq = new HashMap<>();
            for (Rejection r : examples) {
                fieldBySeq.put(r.seq(), r.field());
            }
            assertEquals(EventSchema.EVENT_ID, fieldBySeq.get(2L));
            assertEquals(EventSchema.TYPE, fieldBySeq.get(4L));
            assertEquals(EventSchema.LON, fieldBySeq.get(6L));
            assertEquals(EventSchema.LAT, fieldBySeq.get(8L));
            assertEquals(EventSchema.LON, fieldBySeq.get(10L));
            assertEquals(EventSchema.SEVERITY, fieldBySeq.get(12L));
            assertEquals(EventSchema.SATISFACTION, fieldBySeq.get(14L));
            assertEquals(EventSchema.TS, fieldBySeq.get(16L));
            assertEquals(EventSchema.CATEGORY, fieldBySeq.get(18L));
            assertEquals(EventSchema.DEPARTMENT, fieldBySeq.get(19L));
            assertEquals(EventSchema.SOURCE, fieldBySeq.get(20L));
            assertTrue(examples.stream().anyMatch(r -> r.field().equals("app_metadata")));
            assertEquals(0, h.gaps(), "rejected rows still consume their seq: no false gap");
        }
    }

    @Test
    void aStreamWithAnotherSchemaVersionIsRefusedWithTheReasonAndTheFixedStreamIsRead() throws Exception {
        Schema v2 = new Schema(EventSchema.SCHEMA.getFields(), Map.of(EventSchema.VERSION_KEY, "2"));
        AtomicBoolean sawRefusal = new AtomicBoolean();
        try (ScriptedServer server = new ScriptedServer(allocator, (call, t, out) -> {
            if (call < 2) {
                out.start(v2);
                EventRowsInto.write(ScriptedServer.range(all, 0, 100), out);
                out.idle(300);
            } else {
                serveRest(t, out);
            }
        })) {
            FlightFeedSource c = client(server, 5_000);
            c.start();
            Waits.until(() -> {
                FeedHealth h = c.health();
                if (h.reason().contains("version 2")) {
                    sawRefusal.set(true);
                }
                return sink.lastSeq() >= all.size();
            }, 10_000);
            FeedHealth h = c.health();
            c.close();
            assertTrue(sawRefusal.get(), "health said why the stream was refused");
            assertTrue(h.rejected() >= 2, "each refused stream counted");
            assertEquals(all, sink.events());
        }
    }

    @Test
    void aSilentServerIsDetectedAsStalledAndTheClientReconnects() throws Exception {
        AtomicBoolean sawStall = new AtomicBoolean();
        try (ScriptedServer server = new ScriptedServer(allocator, (call, t, out) -> {
            if (call == 0) {
                out.send(ScriptedServer.range(all, 0, 100));
                out.idle(3_000); // no data, no heartbeat
            } else {
                serveRest(t, out);
            }
        })) {
            FlightFeedSource c = client(server, 400);
            c.start();
            Waits.until(() -> {
                if (c.health().state() == FeedHealth.State.STALLED) {
                    sawStall.set(true);
                }
                return sink.lastSeq() >= all.size();
            }, 10_000);
            c.close();
            assertTrue(sawStall.get());
            assertEquals(all, sink.events());
        }
    }

    @Test
    void heartbeatsKeepAnIdleStreamConnected() throws Exception {
        try (ScriptedServer server = new ScriptedServer(allocator, (call, t, out) -> {
            out.send(ScriptedServer.range(all, 0, 100));
            for (int i = 0; i < 30; i++) {
                out.heartbeat(100);
                out.idle(50);
            }
            out.send(ScriptedServer.range(all, 100, 200));
            out.idle(500);
        })) {
            FlightFeedSource c = client(server, 400);
            c.start();
            Waits.until(() -> sink.lastSeq() >= 200, 10_000);
            FeedHealth h = c.health();
            c.close();
            assertEquals(FeedHealth.State.CONNECTED, h.state(), h.reason());
            assertEquals(1, server.calls.get(), "1.5 s of heartbeats with a 400 ms stall deadline: never cut");
            assertEquals(200, sink.events().size());
        }
    }

    /** Fills a started stream's root (any schema with the event fields) and sends it. */
    private static final class EventRowsInto {
        static void write(List<Event> events, ScriptedServer.Stream out) {
            out.send(events, new BatchMetadata(BatchMetadata.Kind.DATA, events.get(events.size() - 1).seq(), 0).encode());
        }
    }
}
