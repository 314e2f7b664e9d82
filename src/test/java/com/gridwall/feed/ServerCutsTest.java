package com.gridwall.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gridwall.domain.Event;
import com.gridwall.domain.FeedHealth;
import com.gridwall.feed.decode.EventRows;
import com.gridwall.feed.flight.FeedEndpoint;
import com.gridwall.feed.flight.FlightClientOptions;
import com.gridwall.feed.flight.FlightFeedSource;
import com.gridwall.feed.flight.SimulatedFeedServer;
import com.gridwall.feed.sim.Scenario;
import com.gridwall.feed.sim.SimConfig;
import com.gridwall.feed.sim.Simulator;
import com.gridwall.store.EventSchema;
import com.gridwall.store.EventStore;
import com.gridwall.store.StoreConfig;
import com.gridwall.store.StoreStats;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.junit.jupiter.api.Test;

/** The server is killed mid-stream again and again and restarted on the same port: nothing lost, nothing doubled. */
class ServerCutsTest {
    static final Clock FIXED = Clock.fixed(Instant.ofEpochMilli(FlightRoundTripTest.START + 86_400_000L), ZoneOffset.UTC);

    @Test
    void twentyFiveCutsEndWithTheSameStoreStateAsAnUninterruptedRun() throws Exception {
        SimConfig cfg = SimConfig.of(7, Scenario.FLOOD, 20_000, 1440, FlightRoundTripTest.START);
        int n = 80_000;
        long wallStart = System.currentTimeMillis();
        int port = freePort();
        Random random = new Random(99);
        int cuts = 0;
        long reconnects;
        long cutHash;
        long referenceHash;
        StoreStats stats;
        try (BufferAllocator root = new RootAllocator()) {
            try (EventStore store = new EventStore(root, TestUnits.small(), null, FIXED, StoreConfig.defaults())) {
                SimulatedFeedServer server = SimulatedFeedServer.start(root, cfg, TestUnits.small(), wallStart, n,
                        SimulatedFeedServer.Settings.loopback(port));
                FlightFeedSource client = new FlightFeedSource(store, FeedEndpoint.parse("flight://127.0.0.1:" + port),
                        FlightClientOptions.defaults(null).withTimings(2_000, 10, 100), root);
                client.start();
                long midStream = 0;
                while (cuts < 25) {
                    Thread.sleep(40 + random.nextInt(120));
                    long seen = store.lastSeq();
                    if (seen > 0 && seen < n) {
                        midStream++;
                    }
                    server.close();
                    cuts++;
                    Thread.sleep(random.nextInt(60));
                    server = SimulatedFeedServer.start(root, cfg, TestUnits.small(), wallStart, n,
                            SimulatedFeedServer.Settings.loopback(port));
                }
                Waits.until(() -> store.lastSeq() >= n, 15_000);
                FeedHealth h = client.health();
                reconnects = h.reconnects();
                client.close();
                server.close();
                assertTrue(midStream >= 20, "at least 20 cuts fell while events were flowing, got " + midStream);
                cutHash = store.stateHash();
                stats = store.stats();
            }
            try (EventStore reference = new EventStore(root, TestUnits.small(), null, FIXED, StoreConfig.defaults());
                 VectorSchemaRoot batch = VectorSchemaRoot.create(EventSchema.SCHEMA, root)) {
                List<Event> all = new ArrayList<>();
                new Simulator(cfg, TestUnits.small()).generateUntil(Long.MAX_VALUE, n, all);
                for (int i = 0; i < all.size(); i += 10_000) {
                    EventRows.write(all.subList(i, Math.min(all.size(), i + 10_000)), batch);
                    reference.append(batch);
                }
                referenceHash = reference.stateHash();
            }
            assertEquals(0, root.getAllocatedMemory());
        }
        assertEquals(25, cuts);
        assertTrue(reconnects >= 25, "client reconnected after every cut, got " + reconnects);
        assertEquals(n, stats.events(), "lost events");
        assertEquals(0, stats.duplicates(), "the client never re-sent an applied event");
        assertEquals(referenceHash, cutHash);
    }

    static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        }
    }
}
