package com.gridwall.app;

import com.gridwall.feed.flight.SimulatedFeedServer;
import com.gridwall.feed.sim.SimConfig;
import java.io.File;
import java.util.concurrent.CountDownLatch;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;

/**
 * {@code feed-server --port P [--host H] [--scenario S] [--token T] [--tls-cert C --tls-key K]
 * [--rate R] [--seed S] [--day-minutes M | --compression C] [--wall-start MS] [--history-seconds H]
 * [--limit N] [--map F]}: the simulator served over Arrow Flight until the process is stopped.
 * A restart with the same options and --wall-start serves the very same events under the same seqs.
 */
final class FeedServerCommand implements Command {
    @Override
    public int run(Args args) throws Exception {
        long now = System.currentTimeMillis();
        SimConfig cfg = SimArgs.parse(args, now);
        long history = args.getLong("history-seconds", 0);
        long wallStart = args.getLong("wall-start", now - history * 1000);
        long limit = args.getLong("limit", Long.MAX_VALUE);
        int port = (int) args.getLong("port", 47470);
        String cert = args.get("tls-cert", null);
        String key = args.get("tls-key", null);
        if ((cert == null) != (key == null)) {
            throw new IllegalArgumentException("--tls-cert and --tls-key go together");
        }
        SimulatedFeedServer.Settings s = new SimulatedFeedServer.Settings(args.get("host", "0.0.0.0"), port,
                args.get("token", null), cert == null ? null : new File(cert), key == null ? null : new File(key),
                args.getLong("heartbeat-ms", 1000), args.getLong("retain", 20_000_000));
        BufferAllocator allocator = new RootAllocator();
        SimulatedFeedServer server = SimulatedFeedServer.start(allocator, cfg, MapDirectory.directory(args), wallStart, limit, s);
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
                allocator.close();
            } catch (Exception e) {
                System.err.println("feed-server: " + e);
            }
            stop.countDown();
        }));
        System.out.println("feed-server listening on " + (cert == null ? "flight://" : "grpc+tls://") + s.host() + ":"
                + server.port() + " scenario=" + cfg.scenario().name().toLowerCase(java.util.Locale.ROOT)
                + " rate=" + (long) cfg.ratePerSec() + " seed=" + cfg.seed()
                + " compression=" + Math.round(cfg.effectiveCompression()) + " auth=" + (s.token() == null ? "none" : "token")
                + " wall-start=" + wallStart);
        System.out.flush();
        server.awaitCaughtUp(Long.MAX_VALUE);
        System.out.println("feed-server caught up: last_seq=" + server.log().lastSeq());
        System.out.flush();
        stop.await();
        return 0;
    }
}
