package com.gridwall.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gridwall.domain.Event;
import com.gridwall.domain.FeedHealth;
import com.gridwall.feed.flight.FeedEndpoint;
import com.gridwall.feed.flight.FlightClientOptions;
import com.gridwall.feed.flight.FlightFeedSource;
import com.gridwall.feed.flight.SimulatedFeedServer;
import com.gridwall.feed.sim.Scenario;
import com.gridwall.feed.sim.SimConfig;
import com.gridwall.feed.sim.Simulator;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.junit.jupiter.api.Test;

/** The server is killed mid-stream again and again and restarted on the same port: nothing lost, nothing doubled. */
class ServerCutsTest {
    @Test
    void twentyFiveCutsEndWithTheSameStoreAsAnUninterruptedRun() throws Exception {
        SimConfig cfg = SimConfig.of(7, Scenario.FLOOD, 20_000, 1440, FlightRoundTripTest.START);
        int n = 80_000;
        long wallStart = System.currentTimeMillis();
        int port = freePort();
        MemorySink sink = new MemorySink();
        Random random = new Random(99);
        int cuts = 0;
        long reconnects;
        try (BufferAllocator root = new RootAllocator()) {
            SimulatedFeedServer server = SimulatedFeedServer.start(root, cfg, TestUnits.small(), wallStart, n,
                    SimulatedFeedServer.Settings.loopback(port));
            FlightFeedSource client = new FlightFeedSource(sink, FeedEndpoint.parse("flight://127.0.0.1:" + port),
                    FlightClientOptions.defaults(null).withTimings(2_000, 10, 100), root);
            client.start();
            while (cuts < 25) {
                Thread.sleep(40 + random.nextInt(120));
                server.close();
                cuts++;
                Thread.sleep(random.nextInt(60));
                server = SimulatedFeedServer.start(root, cfg, TestUnits.small(), wallStart, n,
                        SimulatedFeedServer.Settings.loopback(port));
            }
            long seenBeforeEnd = sink.lastSeq();
            Waits.until(() -> sink.lastSeq() >= n, 15_000);
            FeedHealth h = client.health();
            reconnects = h.reconnects();
            client.close();
            server.close();
            assertTrue(seenBeforeEnd < n, "the cuts happened while the stream was still flowing");
            assertEquals(0, root.getAllocatedMemory());
        }
        assertEquals(25, cuts);
        assertTrue(reconnects >= 25, "client reconnected after every cut, got " + reconnects);
        List<Event> expected = new ArrayList<>();
        new Simulator(cfg, TestUnits.small()).generateUntil(Long.MAX_VALUE, n, expected);
        MemorySink reference = new MemorySink();
        try (BufferAllocator a = new RootAllocator();
             org.apache.arrow.vector.VectorSchemaRoot r = org.apache.arrow.vector.VectorSchemaRoot.create(
                     com.gridwall.store.EventSchema.SCHEMA, a)) {
            com.gridwall.feed.decode.EventRows.write(expected, r);
            reference.append(r);
        }
        assertEquals(n, sink.events().size(), "lost events");
        assertEquals(0, sink.duplicates(), "the client itself never re-sent an applied event");
        assertEquals(reference.hash(), sink.hash());
    }

    static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        }
    }
}
