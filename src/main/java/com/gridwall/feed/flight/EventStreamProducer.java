package com.gridwall.feed.flight;

import com.gridwall.store.EventSchema;
import java.util.concurrent.locks.LockSupport;
import org.apache.arrow.flight.CallStatus;
import org.apache.arrow.flight.NoOpFlightProducer;
import org.apache.arrow.flight.Ticket;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * Serves DoGet on the event stream: every batch after the ticket's seq, as it becomes available,
 * each with its last seq in the app metadata, and a metadata-only heartbeat when idle.
 * Thread-safe: each DoGet call runs on its own gRPC executor thread with its own root.
 */
final class EventStreamProducer extends NoOpFlightProducer {
    private final EventLog log;
    private final String streamName;
    private final BufferAllocator allocator;
    private final long heartbeatMs;

    EventStreamProducer(EventLog log, String streamName, BufferAllocator allocator, long heartbeatMs) {
        this.log = log;
        this.streamName = streamName;
        this.allocator = allocator;
        this.heartbeatMs = heartbeatMs;
    }

    @Override
    public void getStream(CallContext context, Ticket ticket, ServerStreamListener listener) {
        FeedTicket t;
        try {
            t = FeedTicket.parse(ticket.getBytes());
        } catch (IllegalArgumentException e) {
            listener.error(CallStatus.INVALID_ARGUMENT.withDescription(e.getMessage()).toRuntimeException());
            return;
        }
        if (!t.stream().equals(streamName)) {
            listener.error(CallStatus.NOT_FOUND.withDescription("no stream '" + t.stream() + "'; this server has '" + streamName + "'")
                    .toRuntimeException());
            return;
        }
        try (VectorSchemaRoot root = VectorSchemaRoot.create(EventSchema.SCHEMA, allocator)) {
            listener.setUseZeroCopy(true);
            listener.start(root);
            long cursor = t.after();
            while (!listener.isCancelled()) {
                long last = log.loadNext(cursor, heartbeatMs, root);
                if (log.isClosed()) {
                    listener.error(CallStatus.UNAVAILABLE.withDescription("server shutting down").toRuntimeException());
                    return;
                }
                if (!awaitReady(listener)) {
                    break;
                }
                if (last < 0) {
                    listener.putMetadata(metadata(BatchMetadata.Kind.HEARTBEAT, cursor));
                    continue;
                }
                listener.putNext(metadata(BatchMetadata.Kind.DATA, last));
                cursor = last;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            listener.error(CallStatus.CANCELLED.withDescription("server shutting down").toRuntimeException());
        } catch (RuntimeException e) {
            // the client went away mid-write, or the server is closing: nothing more to send
            if (!listener.isCancelled()) {
                listener.error(CallStatus.INTERNAL.withDescription(e.toString()).toRuntimeException());
            }
        }
    }

    /** gRPC flow control: wait until the client can take more, so a slow client costs no server memory. */
    private static boolean awaitReady(ServerStreamListener listener) {
        while (!listener.isReady()) {
            if (listener.isCancelled()) {
                return false;
            }
            LockSupport.parkNanos(200_000);
        }
        return !listener.isCancelled();
    }

    private ArrowBuf metadata(BatchMetadata.Kind kind, long lastSeq) {
        byte[] bytes = new BatchMetadata(kind, lastSeq, log.nowMs()).encode();
        ArrowBuf buf = allocator.buffer(bytes.length);
        buf.setBytes(0, bytes);
        buf.writerIndex(bytes.length);
        return buf;
    }
}
