package com.gridwall.store.log;

import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;

/**
 * A fixed number of rows of the event log in Arrow buffers, one per column. ROWS is 2^16-1 so
 * that every fixed-width buffer (8, 4 or 1 byte per row) and the (ROWS+1)-entry offsets are at
 * or just below a power of two: the allocator's power-of-two rounding wastes at most 8 bytes per
 * buffer. Enumerations are stored as ordinals; absent values as sentinels (see EventLog).
 */
final class LogChunk implements AutoCloseable {
    static final int ROWS = (1 << 16) - 1;

    final ArrowBuf seq;
    final ArrowBuf ts;
    final ArrowBuf deadline;
    final ArrowBuf lon;
    final ArrowBuf lat;
    final ArrowBuf incident;
    final ArrowBuf grid;
    final ArrowBuf type;
    final ArrowBuf category;
    final ArrowBuf source;
    final ArrowBuf department;
    final ArrowBuf severity;
    final ArrowBuf satisfaction;
    final PagedStrings eventId;
    final PagedStrings summary;
    int rows;

    LogChunk(BufferAllocator a) {
        seq = a.buffer(ROWS * 8L);
        ts = a.buffer(ROWS * 8L);
        deadline = a.buffer(ROWS * 8L);
        lon = a.buffer(ROWS * 8L);
        lat = a.buffer(ROWS * 8L);
        incident = a.buffer(ROWS * 4L);
        grid = a.buffer(ROWS * 4L);
        type = a.buffer(ROWS);
        category = a.buffer(ROWS);
        source = a.buffer(ROWS);
        department = a.buffer(ROWS);
        severity = a.buffer(ROWS);
        satisfaction = a.buffer(ROWS);
        eventId = new PagedStrings(a, ROWS);
        summary = new PagedStrings(a, ROWS);
    }

    /** A new chunk whose buffers have each been written once (their memory faulted in): made ahead, off the writer's thread. */
    static LogChunk written(BufferAllocator a) {
        LogChunk c = new LogChunk(a);
        for (ArrowBuf b : c.fixed()) {
            b.setZero(0, b.capacity());
        }
        c.eventId.writeOffsets();
        c.summary.writeOffsets();
        return c;
    }

    /** Bytes of the buffers allocated now. */
    long capacityBytes() {
        long n = eventId.capacityBytes() + summary.capacityBytes();
        for (ArrowBuf b : fixed()) {
            n += b.capacity();
        }
        return n;
    }

    private ArrowBuf[] fixed() {
        return new ArrowBuf[] {seq, ts, deadline, lon, lat, incident, grid, type, category, source, department, severity,
            satisfaction};
    }

    boolean full() {
        return rows == ROWS;
    }

    @Override
    public void close() {
        for (ArrowBuf b : fixed()) {
            b.close();
        }
        eventId.close();
        summary.close();
    }
}
