package com.gridwall.feed.flight;

import java.io.File;
import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.arrow.flight.FlightServer;
import org.apache.arrow.flight.Location;
import org.apache.arrow.memory.BufferAllocator;

/**
 * The data center's side of the link: an Arrow Flight server publishing an {@link EventLog} as
 * the stream {@code events}. Optional bearer token and TLS. Thread-safe; close() stops serving.
 */
public final class FeedServer implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(FeedServer.class.getName());
    private final FlightServer server;
    private final ExecutorService executor;

    private FeedServer(FlightServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * @param token   required bearer token, or null for an open feed
     * @param tlsCert PEM certificate chain, or null for plaintext
     * @param tlsKey  PEM PKCS#8 private key, or null
     */
    public static FeedServer start(BufferAllocator allocator, EventLog log, String host, int port, String token,
                                   File tlsCert, File tlsKey, long heartbeatMs) throws IOException {
        boolean tls = tlsCert != null;
        Location location = tls ? Location.forGrpcTls(host, port) : Location.forGrpcInsecure(host, port);
        ExecutorService executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "feed-server-call");
            t.setDaemon(true);
            return t;
        });
        FlightServer.Builder b = FlightServer.builder(allocator, location,
                        new EventStreamProducer(log, FeedTicket.DEFAULT_STREAM, allocator, heartbeatMs))
                .executor(executor);
        if (token != null && !token.isEmpty()) {
            b.headerAuthenticator(new TokenAuthenticator(token));
        }
        if (tls) {
            if (tlsKey == null) {
                throw new IllegalArgumentException("--tls-cert needs --tls-key");
            }
            b.useTls(tlsCert, tlsKey);
        }
        FlightServer server = b.build();
        try {
            server.start();
        } catch (IOException | RuntimeException e) {
            executor.shutdownNow();
            throw e;
        }
        return new FeedServer(server, executor);
    }

    public int port() {
        return server.getPort();
    }

    @Override
    public void close() throws InterruptedException {
        long t0 = System.nanoTime();
        server.close();
        LOG.log(System.Logger.Level.DEBUG, "flight server closed in {0} ms", (System.nanoTime() - t0) / 1_000_000);
        executor.shutdownNow();
        executor.awaitTermination(2, TimeUnit.SECONDS);
    }
}
