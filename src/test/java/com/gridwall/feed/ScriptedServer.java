package com.gridwall.feed;

import com.gridwall.domain.Event;
import com.gridwall.feed.decode.EventRows;
import com.gridwall.feed.flight.BatchMetadata;
import com.gridwall.feed.flight.FeedTicket;
import com.gridwall.feed.sim.Scenario;
import com.gridwall.feed.sim.SimConfig;
import com.gridwall.feed.sim.Simulator;
import com.gridwall.store.EventSchema;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.arrow.flight.FlightServer;
import org.apache.arrow.flight.Location;
import org.apache.arrow.flight.NoOpFlightProducer;
import org.apache.arrow.flight.Ticket;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * A real Flight server whose DoGet follows a test script, to play a misbehaving data center:
 * duplicates, reordering, gaps, malformed rows, wrong schemas, bad metadata, silence.
 */
final class ScriptedServer implements AutoCloseable {
    /** What the server does on its n-th DoGet call (0-based). */
    interface Script {
        void serve(int call, FeedTicket ticket, Stream out) throws Exception;
    }

    /** The open stream of one call. */
    static final class Stream {
        private final NoOpFlightProducer.ServerStreamListener listener;
        private final BufferAllocator allocator;
        private VectorSchemaRoot root;

        Stream(NoOpFlightProducer.ServerStreamListener listener, BufferAllocator allocator) {
            this.listener = listener;
            this.allocator = allocator;
        }

        /** Starts the stream with the event schema (or another one, to test refusal). */
        VectorSchemaRoot start(org.apache.arrow.vector.types.pojo.Schema schema) {
            root = VectorSchemaRoot.create(schema, allocator);
            listener.start(root);
            return root;
        }

        void send(List<Event> events) {
            send(events, new BatchMetadata(BatchMetadata.Kind.DATA, events.get(events.size() - 1).seq(), 0).encode());
        }

        void send(List<Event> events, byte[] metadata) {
            if (root == null) {
                start(EventSchema.SCHEMA);
            }
            EventRows.write(events, root);
            listener.putNext(buf(metadata));
        }

        /** Sends whatever is in the root now (the script filled it by hand). */
        void sendRoot(long lastSeq) {
            listener.putNext(buf(new BatchMetadata(BatchMetadata.Kind.DATA, lastSeq, 0).encode()));
        }

        void heartbeat(long lastSeq) {
            if (root == null) {
                start(EventSchema.SCHEMA);
            }
            listener.putMetadata(buf(new BatchMetadata(BatchMetadata.Kind.HEARTBEAT, lastSeq, 0).encode()));
        }

        /** Stays silent for up to ms, returning early when the client cancels. */
        void idle(long ms) throws InterruptedException {
            long end = System.currentTimeMillis() + ms;
            while (System.currentTimeMillis() < end && !listener.isCancelled()) {
                Thread.sleep(5);
            }
        }

        boolean cancelled() {
            return listener.isCancelled();
        }

        void complete() {
            listener.completed();
        }

        private ArrowBuf buf(byte[] bytes) {
            ArrowBuf b = allocator.buffer(Math.max(1, bytes.length));
            b.setBytes(0, bytes);
            b.writerIndex(bytes.length);
            return b;
        }

        void close() {
            if (root != null) {
                root.close();
            }
        }
    }

    private final FlightServer server;
    final AtomicInteger calls = new AtomicInteger();
    private final AtomicInteger active = new AtomicInteger();

    ScriptedServer(BufferAllocator allocator, Script script) throws Exception {
        server = FlightServer.builder(allocator, Location.forGrpcInsecure("127.0.0.1", 0), new NoOpFlightProducer() {
            @Override
            public void getStream(CallContext context, Ticket ticket, ServerStreamListener listener) {
                int call = calls.getAndIncrement();
                active.incrementAndGet();
                Stream s = new Stream(listener, allocator);
                try {
                    script.serve(call, FeedTicket.parse(ticket.getBytes()), s);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (Exception e) {
                    if (!listener.isCancelled()) {
                        listener.error(e);
                    }
                } finally {
                    s.close();
                    active.decrementAndGet();
                }
            }
        }).build().start();
    }

    int port() {
        return server.getPort();
    }

    @Override
    public void close() throws Exception {
        server.close();
        // scripts end when their call is cancelled; wait for them so their roots are freed
        Waits.until(() -> active.get() == 0, 5_000);
    }

    /** n valid, realistic events with seqs 1..n. */
    static List<Event> events(int n) {
        List<Event> out = new ArrayList<>();
        new Simulator(SimConfig.of(3, Scenario.NORMAL, 1000, 1440, FlightRoundTripTest.START), TestUnits.small())
                .generateUntil(Long.MAX_VALUE, n, out);
        return out;
    }

    /** Events with seq in (after, to], from a list whose seqs are 1..n. */
    static List<Event> range(List<Event> all, long after, long to) {
        return new ArrayList<>(all.subList((int) Math.max(0, after), (int) Math.min(all.size(), to)));
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
