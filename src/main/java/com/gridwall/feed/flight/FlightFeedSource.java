package com.gridwall.feed.flight;

import com.gridwall.domain.FeedHealth;
import com.gridwall.feed.FeedSource;
import com.gridwall.feed.IngestPipeline;
import com.gridwall.feed.decode.BatchValidator;
import com.gridwall.feed.decode.Quarantine;
import com.gridwall.feed.decode.Rejection;
import com.gridwall.feed.decode.ValidatedBatch;
import com.gridwall.feed.health.FeedHealthTracker;
import com.gridwall.store.EventSink;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.arrow.flight.FlightClient;
import org.apache.arrow.flight.FlightRuntimeException;
import org.apache.arrow.flight.FlightStatusCode;
import org.apache.arrow.flight.FlightStream;
import org.apache.arrow.flight.Ticket;
import org.apache.arrow.flight.auth2.BearerCredentialWriter;
import org.apache.arrow.flight.grpc.CredentialCallOption;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;

/**
 * The wall's side of the link: DoGet "events after my last seq", validate, hand to the store;
 * on any failure reconnect with backoff and jitter and ask again from the last seq seen, so
 * nothing is lost and nothing applied twice (the store's event_id dedup is the second guard).
 * A seq gap is counted and re-requested once; if the re-request shows the same gap the events are
 * gone at the source and the feed moves on. A server silent beyond the stall deadline is cut.
 * Thread-safe: one receiving thread, one watchdog, {@link #health()} from anywhere.
 */
public final class FlightFeedSource implements FeedSource {
    private static final System.Logger LOG = System.getLogger(FlightFeedSource.class.getName());

    private final FeedEndpoint endpoint;
    private final FlightClientOptions options;
    private final BufferAllocator allocator;
    private final FeedHealthTracker health;
    private final IngestPipeline pipeline;
    private final Quarantine quarantine = new Quarantine(20);
    private final ScheduledExecutorService watchdog;
    private final Thread receiver;
    private volatile boolean running;
    private volatile FlightStream current;
    private volatile long lastMessageAt;
    private volatile boolean stalled;

    public FlightFeedSource(EventSink sink, FeedEndpoint endpoint, FlightClientOptions options, BufferAllocator parent) {
        this.endpoint = endpoint;
        this.options = options;
        this.allocator = parent.newChildAllocator("feed-flight-client", 0, Long.MAX_VALUE);
        this.health = new FeedHealthTracker(FeedHealth.State.RECONNECTING, endpoint.toString(), System::currentTimeMillis);
        this.health.state(FeedHealth.State.RECONNECTING, "正在连接 / connecting");
        this.pipeline = new IngestPipeline(sink, 8, health);
        this.receiver = new Thread(this::run, "feed-flight-receiver");
        this.receiver.setDaemon(true);
        this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "feed-flight-watchdog");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void start() {
        running = true;
        pipeline.start();
        receiver.start();
        long period = Math.max(10, options.stallTimeoutMs() / 4);
        watchdog.scheduleAtFixedRate(this::checkStall, period, period, TimeUnit.MILLISECONDS);
    }

    @Override
    public FeedHealth health() {
        return health.snapshot();
    }

    public IngestPipeline pipeline() {
        return pipeline;
    }

    public Quarantine quarantine() {
        return quarantine;
    }

    private void run() {
        Backoff backoff = new Backoff(options.backoffBaseMs(), options.backoffMaxMs(), options.jitterSeed());
        BatchValidator validator = new BatchValidator(allocator);
        long lastSeen = pipeline.resumeSeq();
        long retriedGapAt = Long.MIN_VALUE;
        boolean first = true;
        while (running) {
            if (!first) {
                health.reconnect();
            }
            first = false;
            boolean gapCut = false;
            try (FlightClient client = client()) {
                Ticket ticket = new Ticket(new FeedTicket(FeedTicket.DEFAULT_STREAM, lastSeen).encode());
                FlightStream stream = options.token() == null || options.token().isEmpty()
                        ? client.getStream(ticket)
                        : client.getStream(ticket, new CredentialCallOption(new BearerCredentialWriter(options.token())));
                current = stream;
                lastMessageAt = System.currentTimeMillis();
                try (stream) {
                    while (running && stream.next()) {
                        lastMessageAt = System.currentTimeMillis();
                        if (health.state() != FeedHealth.State.CONNECTED) {
                            health.state(FeedHealth.State.CONNECTED, "");
                            backoff.reset();
                        }
                        BatchMetadata meta = metadata(stream.getLatestMetadata(), lastSeen);
                        if (meta != null) {
                            health.producerClock(meta.nowMs());
                        }
                        if (meta != null && meta.kind() == BatchMetadata.Kind.HEARTBEAT) {
                            if (meta.lastSeq() > lastSeen && lastSeen >= 0 && retriedGapAt != lastSeen + 1) {
                                // the producer says it sent more than arrived
                                health.gap();
                                retriedGapAt = lastSeen + 1;
                                gapCut = true;
                                break;
                            }
                            continue;
                        }
                        ValidatedBatch vb = validator.validate(stream.getRoot(), lastSeen, retriedGapAt == lastSeen + 1);
                        quarantine.add(endpoint.toString(), vb.rejected(), vb.examples());
                        health.rejected(vb.rejected());
                        lastSeen = vb.lastSeenSeq();
                        boolean schemaRefused = vb.root() == null && vb.rejected() == 1 && !vb.examples().isEmpty()
                                && vb.examples().get(0).row() < 0;
                        pipeline.put(vb);
                        if (schemaRefused) {
                            Rejection why = vb.examples().get(0);
                            throw new MalformedStream(why.field() + ": " + why.reason());
                        }
                        if (vb.gap() != null) {
                            health.gap();
                            LOG.log(System.Logger.Level.WARNING, "seq gap on {0}: {1}; re-requesting", endpoint, vb.gap());
                            retriedGapAt = vb.gap().expected();
                            gapCut = true;
                            break;
                        }
                    }
                    if (gapCut) {
                        stream.cancel("re-requesting after a seq gap", null);
                    }
                }
                if (!gapCut && running) {
                    health.state(stalled ? FeedHealth.State.STALLED : FeedHealth.State.RECONNECTING,
                            stalled ? "服务器无数据超时 / server stalled" : "服务器结束了数据流 / server ended the stream");
                }
            } catch (FlightRuntimeException e) {
                onFailure(e);
            } catch (MalformedStream e) {
                health.state(FeedHealth.State.RECONNECTING, "数据格式错误 / malformed stream: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (Exception e) {
                health.state(FeedHealth.State.RECONNECTING, "连接失败 / failed: " + e);
            } finally {
                current = null;
            }
            if (!running) {
                break;
            }
            if (!gapCut) {
                stalled = false;
                try {
                    Thread.sleep(backoff.next());
                } catch (InterruptedException e) {
                    break;
                }
            }
        }
    }

    private void onFailure(FlightRuntimeException e) {
        FlightStatusCode code = e.status().code();
        String desc = e.status().description() == null ? "" : e.status().description();
        if (code == FlightStatusCode.UNAUTHENTICATED || code == FlightStatusCode.UNAUTHORIZED) {
            health.state(FeedHealth.State.AUTH_REFUSED, "令牌被拒绝 / token refused: " + desc);
        } else if (stalled) {
            health.state(FeedHealth.State.STALLED, "服务器无数据超时 / no data or heartbeat for "
                    + options.stallTimeoutMs() + " ms");
        } else if (running) {
            health.state(FeedHealth.State.RECONNECTING, "连接中断 / " + code + (desc.isEmpty() ? "" : ": " + desc));
        }
    }

    private BatchMetadata metadata(ArrowBuf buf, long lastSeen) {
        if (buf == null) {
            return null;
        }
        byte[] bytes = new byte[(int) Math.min(buf.readableBytes(), 4096)];
        buf.getBytes(0, bytes);
        try {
            return BatchMetadata.parse(bytes);
        } catch (IllegalArgumentException e) {
            quarantine.add(endpoint.toString(), 1, List.of(new Rejection(-1, -1, "app_metadata", e.getMessage())));
            health.rejected(1);
            return null;
        }
    }

    private FlightClient client() throws IOException {
        FlightClient.Builder b = FlightClient.builder(allocator, endpoint.location());
        if (endpoint.tls() && options.trustedCert() != null) {
            try (InputStream in = new FileInputStream(options.trustedCert())) {
                b.trustedCertificates(in);
                return b.build();
            }
        }
        return b.build();
    }

    private void checkStall() {
        FlightStream s = current;
        if (s != null && System.currentTimeMillis() - lastMessageAt > options.stallTimeoutMs()) {
            stalled = true;
            health.state(FeedHealth.State.STALLED, "服务器无数据超时 / no data or heartbeat for " + options.stallTimeoutMs() + " ms");
            current = null;
            s.cancel("stalled: no message within " + options.stallTimeoutMs() + " ms", null);
        }
    }

    @Override
    public void close() {
        running = false;
        FlightStream s = current;
        if (s != null) {
            s.cancel("wall closing", null);
        }
        watchdog.shutdownNow();
        pipeline.refuseNew();
        try {
            receiver.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        pipeline.close();
        health.state(FeedHealth.State.STOPPED, "");
        allocator.close();
    }

    /** The stream cannot be read (wrong schema): reconnect later, perhaps the producer is fixed. */
    private static final class MalformedStream extends Exception {
        MalformedStream(String message) {
            super(message);
        }
    }
}
