package com.gridwall.store.log;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.util.MemoryUtil;

/**
 * The append-only event log in Arrow memory: accepted events only (duplicates never enter), in
 * arrival order, addressed by a global row number that never changes. Enumerations are stored as
 * ordinals; absent values as sentinels: department and satisfaction -1, deadline
 * {@link Long#MIN_VALUE}, lon/lat NaN, summary empty. The grid column holds the id of the grid
 * code given or resolved for the row ({@link #GRID_OUTSIDE} when a point lies outside every grid,
 * {@link #GRID_NONE} when the row has neither code nor point).
 *
 * <p>Retention drops whole chunks from the front once more than {@code maxEvents} are held; rows
 * before {@link #firstRow()} are gone. Single writer; not thread-safe, with one exception: while
 * retention is deferred ({@link #deferRetention}), {@link #heldEventIdEquals} may be called from one
 * other thread for rows written before that thread was handed its work.
 */
public final class EventLog implements AutoCloseable {
    public static final int GRID_OUTSIDE = -1;
    public static final int GRID_NONE = -2;
    /** Bytes per row of the fixed-width columns: the payload without strings. */
    public static final int FIXED_BYTES = 5 * 8 + 2 * 4 + 6;

    private final BufferAllocator allocator;
    private final long maxEvents;
    private final List<LogChunk> chunks = new ArrayList<>();
    private long droppedChunks;
    private long rows;
    private long stringBytes;
    private long droppedStringBytes;
    /**
     * The held chunks, republished on every change (see heldEventIdEquals). While retention is
     * deferred only chunks are added, so droppedChunks stays as it was when the reader was handed
     * its work.
     */
    private volatile LogChunk[] heldChunks = new LogChunk[0];
    private boolean deferred;
    /**
     * Where the next chunk is made ahead, off the writer's thread (null: made when needed). Why: a
     * chunk's 4 MB often come from fresh memory, faulted in page by page on first write, which on
     * the 2-core test machine cost about 2.8 ms per MB, about 12 ms per chunk on the writer. Not state.
     */
    private transient java.util.concurrent.Executor chunkMaker;
    /** The next chunk, made or being made by {@link #chunkMaker}; holds no rows. Not state. */
    private transient java.util.concurrent.CompletableFuture<LogChunk> nextChunk;
    private transient long chunksMadeAhead;

    public EventLog(BufferAllocator allocator, long maxEvents) {
        this.allocator = allocator;
        this.maxEvents = Math.max(maxEvents, LogChunk.ROWS);
    }

    /** Appends one accepted event; returns its global row. */
    public long append(long seq, long ts, int type, int category, int source, int department, int severity,
                       double lon, double lat, int incident, int grid, long deadline, int satisfaction,
                       ArrowBuf idBuf, long idStart, int idLen, ArrowBuf sumBuf, long sumStart, int sumLen) {
        LogChunk c = chunks.isEmpty() ? null : chunks.get(chunks.size() - 1);
        if (c == null || c.full()) {
            c = newChunk();
            chunks.add(c);
            if (!deferred) {
                retain();
            }
            publishHeld();
        }
        int r = c.rows;
        long o8 = r * 8L;
        long o4 = r * 4L;
        // raw stores: r < ROWS is guaranteed by full(), and every buffer holds ROWS values
        MemoryUtil.putLong(c.seq.memoryAddress() + o8, seq);
        MemoryUtil.putLong(c.ts.memoryAddress() + o8, ts);
        MemoryUtil.putLong(c.deadline.memoryAddress() + o8, deadline);
        MemoryUtil.putLong(c.lon.memoryAddress() + o8, Double.doubleToRawLongBits(lon));
        MemoryUtil.putLong(c.lat.memoryAddress() + o8, Double.doubleToRawLongBits(lat));
        MemoryUtil.putInt(c.incident.memoryAddress() + o4, incident);
        MemoryUtil.putInt(c.grid.memoryAddress() + o4, grid);
        MemoryUtil.putByte(c.type.memoryAddress() + r, (byte) type);
        MemoryUtil.putByte(c.category.memoryAddress() + r, (byte) category);
        MemoryUtil.putByte(c.source.memoryAddress() + r, (byte) source);
        MemoryUtil.putByte(c.department.memoryAddress() + r, (byte) department);
        MemoryUtil.putByte(c.severity.memoryAddress() + r, (byte) severity);
        MemoryUtil.putByte(c.satisfaction.memoryAddress() + r, (byte) satisfaction);
        c.eventId.append(r, idBuf, idStart, idLen);
        if (sumBuf == null || sumLen == 0) {
            c.summary.appendEmpty(r);
        } else {
            c.summary.append(r, sumBuf, sumStart, sumLen);
        }
        stringBytes += idLen + Math.max(sumLen, 0);
        c.rows = r + 1;
        return rows++;
    }

    /**
     * Makes each next chunk ahead on {@code maker} (null: when it is needed, on the writer's thread).
     * Writer thread.
     */
    public void prepareChunksOn(java.util.concurrent.Executor maker) {
        chunkMaker = maker;
    }

    /** Chunks taken ready-made from {@link #prepareChunksOn}'s executor so far. */
    public long chunksMadeAhead() {
        return chunksMadeAhead;
    }

    /** The chunk made ahead if it is ready, else a new one; then starts making the one after. */
    private LogChunk newChunk() {
        LogChunk c = null;
        if (nextChunk != null && nextChunk.isDone()) {
            c = takeNext();
            chunksMadeAhead += c == null ? 0 : 1;
        }
        if (c == null) {
            c = new LogChunk(allocator);
        }
        if (chunkMaker != null && nextChunk == null) {
            nextChunk = java.util.concurrent.CompletableFuture.supplyAsync(() -> LogChunk.written(allocator), chunkMaker);
        }
        return c;
    }

    /** The chunk made ahead (waiting for it if need be), or null if making it failed; none is ahead afterwards. */
    private LogChunk takeNext() {
        LogChunk c = awaitNext();
        nextChunk = null;
        return c;
    }

    /** The chunk made ahead, waiting for it if need be; null if none is ahead or making it failed. */
    private LogChunk awaitNext() {
        try {
            return nextChunk == null ? null : nextChunk.join();
        } catch (java.util.concurrent.CompletionException | java.util.concurrent.CancellationException e) {
            return null; // out of memory on the helper, say: the writer makes its own when it needs one
        }
    }

    private void retain() {
        // called with a new empty chunk at the end: drop the oldest while the full ones after it
        // still hold at least maxEvents
        while (chunks.size() > 2 && (long) (chunks.size() - 2) * LogChunk.ROWS >= maxEvents) {
            LogChunk first = chunks.remove(0);
            droppedStringBytes += first.eventId.dataBytes() + first.summary.dataBytes();
            first.close();
            droppedChunks++;
        }
    }

    private void publishHeld() {
        heldChunks = chunks.toArray(new LogChunk[0]);
    }

    /**
     * While deferred, no chunk is dropped, so rows held now stay readable from another thread
     * (the append pipeline's dedup compares ids against them). {@code false} ends the deferral
     * and drops what retention would have dropped meanwhile: the same chunks, since the rule only
     * depends on the number of chunks.
     */
    public void deferRetention(boolean defer) {
        deferred = defer;
        if (!defer && !chunks.isEmpty()) {
            retain();
            publishHeld();
        }
    }

    /**
     * {@link #eventIdEquals} for a thread other than the writer: safe while retention is deferred,
     * for rows written before the calling thread was handed its work.
     */
    public boolean heldEventIdEquals(long row, ArrowBuf buf, long start, int len) {
        LogChunk c = heldChunks[(int) (row / LogChunk.ROWS - droppedChunks)];
        return c.eventId.equalsBytes(local(row), buf, start, len);
    }

    /** Makes an empty log start at row {@code firstRow} (a multiple of the chunk size): checkpoint import. */
    public void startAt(long firstRow) {
        if (rows != 0 || firstRow % LogChunk.ROWS != 0) {
            throw new IllegalStateException("log can only start at a chunk boundary while empty, not at " + firstRow);
        }
        droppedChunks = firstRow / LogChunk.ROWS;
        rows = firstRow;
        publishHeld();
    }

    /** The event id's utf8 bytes of a row. */
    public byte[] eventIdBytes(long row) {
        return chunk(row).eventId.bytes(local(row));
    }

    /** The summary's utf8 bytes of a row (empty when absent). */
    public byte[] summaryBytes(long row) {
        return chunk(row).summary.bytes(local(row));
    }

    /** Rows ever appended (the next row number). */
    public long rows() {
        return rows;
    }

    /** The oldest row still held. */
    public long firstRow() {
        return droppedChunks * LogChunk.ROWS;
    }

    public long heldRows() {
        return rows - firstRow();
    }

    private LogChunk chunk(long row) {
        return chunks.get((int) (row / LogChunk.ROWS - droppedChunks));
    }

    private static int local(long row) {
        return (int) (row % LogChunk.ROWS);
    }

    /**
     * The row's index in its chunk, checked against the rows written. The whole-row reader and the
     * single-field readers a seek's backfill walks (seq, ts, type, satisfaction) read raw memory
     * after this one check instead of Arrow's per-read checks (each follows the buffer's ledger to
     * its reference count): the backfill reads a byte or two of every row of a day of incidents,
     * and those checks took most of its time.
     */
    private static int written(LogChunk c, long row) {
        int r = local(row);
        if (r >= c.rows) {
            throw new IndexOutOfBoundsException("log row " + row + " is not written");
        }
        return r;
    }

    /**
     * Reads every fixed-width field of a held row with one chunk lookup and raw reads (the row
     * index is checked against the chunk first): the refold and as-of paths read whole rows.
     */
    public void read(long row, LogRow out) {
        LogChunk c = chunk(row);
        int r = written(c, row);
        long o8 = r * 8L;
        long o4 = r * 4L;
        out.seq = MemoryUtil.getLong(c.seq.memoryAddress() + o8);
        out.ts = MemoryUtil.getLong(c.ts.memoryAddress() + o8);
        out.deadline = MemoryUtil.getLong(c.deadline.memoryAddress() + o8);
        out.lon = Double.longBitsToDouble(MemoryUtil.getLong(c.lon.memoryAddress() + o8));
        out.lat = Double.longBitsToDouble(MemoryUtil.getLong(c.lat.memoryAddress() + o8));
        out.incident = MemoryUtil.getInt(c.incident.memoryAddress() + o4);
        out.grid = MemoryUtil.getInt(c.grid.memoryAddress() + o4);
        out.type = MemoryUtil.getByte(c.type.memoryAddress() + r);
        out.category = MemoryUtil.getByte(c.category.memoryAddress() + r);
        out.source = MemoryUtil.getByte(c.source.memoryAddress() + r);
        out.department = MemoryUtil.getByte(c.department.memoryAddress() + r);
        out.severity = MemoryUtil.getByte(c.severity.memoryAddress() + r);
        out.satisfaction = MemoryUtil.getByte(c.satisfaction.memoryAddress() + r);
    }

    public long seq(long row) {
        LogChunk c = chunk(row);
        return MemoryUtil.getLong(c.seq.memoryAddress() + written(c, row) * 8L);
    }

    public long ts(long row) {
        LogChunk c = chunk(row);
        return MemoryUtil.getLong(c.ts.memoryAddress() + written(c, row) * 8L);
    }

    public long deadline(long row) {
        return chunk(row).deadline.getLong(local(row) * 8L);
    }

    public double lon(long row) {
        return chunk(row).lon.getDouble(local(row) * 8L);
    }

    public double lat(long row) {
        return chunk(row).lat.getDouble(local(row) * 8L);
    }

    public int incident(long row) {
        return chunk(row).incident.getInt(local(row) * 4L);
    }

    public int grid(long row) {
        return chunk(row).grid.getInt(local(row) * 4L);
    }

    public int type(long row) {
        LogChunk c = chunk(row);
        return MemoryUtil.getByte(c.type.memoryAddress() + written(c, row));
    }

    public int category(long row) {
        return chunk(row).category.getByte(local(row));
    }

    public int source(long row) {
        return chunk(row).source.getByte(local(row));
    }

    public int department(long row) {
        return chunk(row).department.getByte(local(row));
    }

    public int severity(long row) {
        return chunk(row).severity.getByte(local(row));
    }

    public int satisfaction(long row) {
        LogChunk c = chunk(row);
        return MemoryUtil.getByte(c.satisfaction.memoryAddress() + written(c, row));
    }

    public String eventId(long row) {
        return new String(chunk(row).eventId.bytes(local(row)), StandardCharsets.UTF_8);
    }

    /** The summary, or null when absent. */
    public String summary(long row) {
        byte[] b = chunk(row).summary.bytes(local(row));
        return b.length == 0 ? null : new String(b, StandardCharsets.UTF_8);
    }

    public boolean eventIdEquals(long row, ArrowBuf buf, long start, int len) {
        return chunk(row).eventId.equalsBytes(local(row), buf, start, len);
    }

    /** Bytes of the values held (fixed-width columns + utf8 bytes): what Arrow memory is measured against. */
    public long payloadBytes() {
        return heldRows() * FIXED_BYTES + (stringBytes - droppedStringBytes);
    }

    /**
     * Arrow memory held by the log's buffers (allocator accounting), without the chunk made ahead,
     * which holds no rows yet (waits for it to be made, so the figure does not depend on timing).
     */
    public long arrowBytes() {
        LogChunk ahead = awaitNext();
        return allocator.getAllocatedMemory() - (ahead == null ? 0 : ahead.capacityBytes());
    }

    @Override
    public void close() {
        LogChunk ahead = takeNext();
        if (ahead != null) {
            ahead.close();
        }
        chunks.forEach(LogChunk::close);
        chunks.clear();
        publishHeld();
    }
}
