package com.gridwall.replay.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * The one segment being appended to: writes batch bytes, syncs them, then writes and syncs the
 * commit record (the order is what makes a crash lose at most the batch in flight). Not thread-safe:
 * the journal writer's thread owns it.
 */
final class ActiveSegment implements AutoCloseable {
    private final FileChannel data;
    private final FileChannel commit;
    private final boolean sync;
    private final Instant openedAt;
    private SegmentIndex index;
    private long position;

    private ActiveSegment(Path dir, long id, boolean sync, Instant openedAt) throws IOException {
        this.sync = sync;
        this.openedAt = openedAt;
        this.index = SegmentIndex.of(dir, id, java.util.List.of());
        data = FileChannel.open(index.data(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try {
            commit = FileChannel.open(index.commit(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (IOException e) {
            data.close();
            throw e;
        }
        byte[] schema = BatchCodec.schemaMessage();
        writeAll(data, schema);
        position = schema.length;
    }

    static ActiveSegment create(Path dir, long id, boolean sync, Instant now) throws IOException {
        return new ActiveSegment(dir, id, sync, now);
    }

    CommitRecord append(byte[] message, long firstSeq, long lastSeq, int count, long minTs, long maxTs) throws IOException {
        CommitRecord r = new CommitRecord(position, message.length, firstSeq, lastSeq, count, minTs, maxTs,
                BatchCodec.crc(message, 0, message.length));
        writeAll(data, message);
        if (sync) {
            data.force(false);
        }
        writeAll(commit, r.encode());
        if (sync) {
            commit.force(false);
        }
        position += message.length;
        index = index.plus(r);
        return r;
    }

    SegmentIndex index() {
        return index;
    }

    long bytes() {
        return position + (long) index.records().size() * CommitRecord.SIZE;
    }

    Instant openedAt() {
        return openedAt;
    }

    /** Writes the end-of-stream marker and syncs: the segment becomes a complete Arrow IPC stream. */
    @Override
    public void close() throws IOException {
        try (data; commit) {
            writeAll(data, BatchCodec.END_OF_STREAM);
            data.force(true);
            commit.force(true);
        }
    }

    private static void writeAll(FileChannel ch, byte[] bytes) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        while (b.hasRemaining()) {
            ch.write(b);
        }
    }
}
