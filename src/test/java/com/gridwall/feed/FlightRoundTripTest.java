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
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.junit.jupiter.api.Test;

class FlightRoundTripTest {
    static final long START = 1_780_000_000_000L;

    @Test
    void everyEventArrivesOnceInOrderAndEqualsTheSimulatorsOutput() throws Exception {
        SimConfig cfg = SimConfig.of(42, Scenario.NORMAL, 5_000, 1440, START);
        int n = 20_000;
        MemorySink sink = new MemorySink();
        try (BufferAllocator root = new RootAllocator()) {
            // the timeline began 10 real seconds ago: ~50k events are history, served at once
            try (SimulatedFeedServer server = SimulatedFeedServer.start(root, cfg, TestUnits.small(),
                    System.currentTimeMillis() - 10_000, n, SimulatedFeedServer.Settings.loopback(0))) {
                FlightFeedSource client = new FlightFeedSource(sink, FeedEndpoint.parse("flight://127.0.0.1:" + server.port()),
                        FlightClientOptions.defaults(null), root);
                client.start();
                // the sink sees the rows before the client books the batch's seq in its health
                Waits.until(() -> sink.lastSeq() >= n && client.health().lastSeq() >= n, 15_000);
                FeedHealth h = client.health();
                client.close();
                assertEquals(FeedHealth.State.CONNECTED, h.state(), h.reason());
                assertEquals(n, h.lastSeq());
            }
            assertEquals(0, root.getAllocatedMemory());
        }
        List<Event> expected = new ArrayList<>();
        Simulator sim = new Simulator(cfg, TestUnits.small());
        sim.generateUntil(Long.MAX_VALUE, n, expected);
        assertEquals(expected, sink.events());
        assertEquals(0, sink.duplicates());
        assertTrue(expected.size() == n);
    }
}
