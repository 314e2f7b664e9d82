package com.gridwall.feed.flight;

import com.gridwall.domain.UnitDirectory;
import com.gridwall.feed.sim.SimClock;
import com.gridwall.feed.sim.SimConfig;
import com.gridwall.feed.sim.Simulator;
import com.gridwall.feed.sim.SimulatorPump;
import java.io.File;
import java.io.IOException;
import org.apache.arrow.memory.BufferAllocator;

/**
 * A stand-in data center: the simulator filling an {@link EventLog} served by a {@link FeedServer}.
 * Restarted with the same config and wall start it serves exactly the same events under the same
 * seqs, which is what lets a cut-and-restart test compare stores. Thread-safe close().
 */
public final class SimulatedFeedServer implements AutoCloseable {
    /** Network and retention settings. {@code port} 0 picks a free port. */
    public record Settings(String host, int port, String token, File tlsCert, File tlsKey, long heartbeatMs,
                           long retainEvents) {
        public static Settings loopback(int port) {
            return new Settings("127.0.0.1", port, null, null, null, 1_000, 20_000_000);
        }

        public Settings withToken(String t) {
            return new Settings(host, port, t, tlsCert, tlsKey, heartbeatMs, retainEvents);
        }

        public Settings withTls(File cert, File key) {
            return new Settings(host, port, token, cert, key, heartbeatMs, retainEvents);
        }

        public Settings withHeartbeat(long ms) {
            return new Settings(host, port, token, tlsCert, tlsKey, ms, retainEvents);
        }
    }

    private final BufferAllocator allocator;
    private final EventLog log;
    private final SimulatorPump pump;
    private final FeedServer server;

    private SimulatedFeedServer(BufferAllocator allocator, EventLog log, SimulatorPump pump, FeedServer server) {
        this.allocator = allocator;
        this.log = log;
        this.pump = pump;
        this.server = server;
    }

    /**
     * @param wallStartMs wall instant the simulated timeline started; pass the same value on restart
     * @param limit       total events to produce (Long.MAX_VALUE for an endless day)
     */
    public static SimulatedFeedServer start(BufferAllocator parent, SimConfig config, UnitDirectory directory,
                                            long wallStartMs, long limit, Settings s) throws IOException {
        BufferAllocator allocator = parent.newChildAllocator("feed-server", 0, Long.MAX_VALUE);
        EventLog log = new EventLog(allocator, s.retainEvents());
        SimClock clock = SimClock.of(config, wallStartMs);
        SimulatorPump pump = new SimulatorPump(new Simulator(config, directory), clock, System::currentTimeMillis,
                log::append, 4096, limit, 0, "feed-server-simulator");
        log.setEventClock(() -> clock.simAt(System.currentTimeMillis()));
        FeedServer server;
        try {
            server = FeedServer.start(allocator, log, s.host(), s.port(), s.token(), s.tlsCert(), s.tlsKey(), s.heartbeatMs());
        } catch (IOException | RuntimeException e) {
            log.close();
            allocator.close();
            throw e;
        }
        pump.start();
        return new SimulatedFeedServer(allocator, log, pump, server);
    }

    /** Waits until the history up to now is generated and servable; false on timeout. */
    public boolean awaitCaughtUp(long timeoutMs) throws InterruptedException {
        long end = timeoutMs > Long.MAX_VALUE / 2 ? Long.MAX_VALUE : System.currentTimeMillis() + timeoutMs;
        while (!pump.caughtUp()) {
            if (System.currentTimeMillis() > end) {
                return false;
            }
            Thread.sleep(5);
        }
        return true;
    }

    public int port() {
        return server.port();
    }

    public EventLog log() {
        return log;
    }

    @Override
    public void close() throws InterruptedException {
        pump.close();
        log.close(); // ends the streams at once, so the server stops without waiting for them
        server.close();
        allocator.close();
    }
}
