package com.gridwall.replay.journal;

import com.gridwall.store.EventSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.TimeStampVector;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * Appends batches in {@link EventSchema#SCHEMA} to the journal: one Arrow IPC record batch message
 * per batch, synced, then its commit record, synced. Rotates segments by size and age and applies
 * retention when a segment is sealed. Opening recovers the directory first ({@link JournalRecovery}).
 * <p>Thread-safety: one writer thread calls {@link #append}; {@link #index()} and {@link #lastSeq()}
 * may be read from any thread (they return the last published immutable state).
 */
public final class JournalWriter implements AutoCloseable {
    /**
     * File holding the first seq still journaled once retention removed older segments: a replay
     * from an empty store is then no longer exact, only one from a checkpoint at or after it.
     */
    public static final String RETAINED_FROM = "retained-from";
    private final JournalConfig config;
    private final RecoveryReport recovery;
    private final List<JournalListener> listeners = new CopyOnWriteArrayList<>();
    private final List<SegmentIndex> sealed = new ArrayList<>();
    private ActiveSegment active;
    private long nextSegmentId;
    private volatile JournalIndex published;
    private volatile long lastSeq;
    private boolean closed;

    private JournalWriter(JournalConfig config, JournalRecovery.Recovered r) {
        this.config = config;
        this.recovery = r.report();
        this.sealed.addAll(r.index().segments());
        this.nextSegmentId = r.nextSegmentId();
        this.published = r.index();
        this.lastSeq = r.index().lastSeq();
    }

    /** Recovers {@code config.dir()} (cutting any torn tail) and opens it for appending. */
    public static JournalWriter open(JournalConfig config) throws IOException {
        JournalRecovery.Recovered r = JournalRecovery.recover(config.dir());
        return new JournalWriter(config, r);
    }

    public void addListener(JournalListener l) {
        listeners.add(l);
    }

    /** What recovery found when this writer opened the journal. */
    public RecoveryReport recovery() {
        return recovery;
    }

    public JournalConfig config() {
        return config;
    }

    /** The committed journal as of the last append. */
    public JournalIndex index() {
        return published;
    }

    /** The last committed seq, or -1 for an empty journal. */
    public long lastSeq() {
        return lastSeq;
    }

    /**
     * Journals every row of {@code batch} (the caller keeps ownership). Seqs must increase strictly
     * within the batch and after {@link #lastSeq()}; otherwise nothing is written and the error names
     * the row. Returns the commit record, or null for an empty batch.
     */
    public CommitRecord append(VectorSchemaRoot batch) throws IOException {
        if (closed) {
            throw new IllegalStateException("journal " + config.dir() + " is closed");
        }
        int rows = batch.getRowCount();
        if (rows == 0) {
            return null;
        }
        if (!batch.getSchema().getFields().equals(EventSchema.SCHEMA.getFields())) {
            throw new IllegalArgumentException("batch is not in the event schema v" + EventSchema.VERSION + ": " + batch.getSchema());
        }
        BigIntVector seq = (BigIntVector) batch.getVector(EventSchema.SEQ);
        TimeStampVector ts = (TimeStampVector) batch.getVector(EventSchema.TS);
        long prev = lastSeq;
        long minTs = Long.MAX_VALUE;
        long maxTs = Long.MIN_VALUE;
        for (int i = 0; i < rows; i++) {
            long s = seq.get(i);
            if (s <= prev) {
                throw new IllegalArgumentException("journal " + config.dir() + ": seq " + s + " at row " + i
                        + " is not after seq " + prev);
            }
            prev = s;
            long t = ts.get(i);
            minTs = Math.min(minTs, t);
            maxTs = Math.max(maxTs, t);
        }
        byte[] message = BatchCodec.batchMessage(batch);
        rotateIfDue(message.length);
        if (active == null) {
            Files.createDirectories(config.dir());
            active = ActiveSegment.create(config.dir(), nextSegmentId++, config.sync(), config.clock().instant());
        }
        CommitRecord r = active.append(message, seq.get(0), prev, rows, minTs, maxTs);
        lastSeq = prev;
        publish();
        for (JournalListener l : listeners) {
            l.committed(r, batch);
        }
        return r;
    }

    /** Seals the active segment now (also called on size and age); the next append starts a new one. */
    public void rotate() throws IOException {
        if (active == null) {
            return;
        }
        SegmentIndex done = active.index();
        active.close();
        active = null;
        if (!done.isEmpty()) {
            sealed.add(done);
        }
        applyRetention();
        publish();
    }

    private void rotateIfDue(int incoming) throws IOException {
        if (active == null || active.index().isEmpty()) {
            return;
        }
        boolean full = active.bytes() + incoming > config.maxSegmentBytes();
        Duration age = Duration.between(active.openedAt(), config.clock().instant());
        boolean old = !config.maxSegmentAge().isZero() && age.compareTo(config.maxSegmentAge()) >= 0;
        if (full || old) {
            rotate();
        }
    }

    /** Removes sealed segments, oldest first, while over the byte budget or older than the age limit. */
    private void applyRetention() throws IOException {
        long total = active == null ? 0 : active.bytes();
        long newestTs = Long.MIN_VALUE;
        for (SegmentIndex s : sealed) {
            total += s.bytes();
            newestTs = Math.max(newestTs, s.maxTs());
        }
        boolean removed = false;
        while (!sealed.isEmpty()) {
            SegmentIndex oldest = sealed.get(0);
            boolean tooBig = total > config.retentionBytes();
            boolean tooOld = !config.retentionAge().isZero()
                    && oldest.maxTs() < newestTs - config.retentionAge().toMillis();
            if (!tooBig && !tooOld) {
                break;
            }
            Files.deleteIfExists(oldest.data());
            Files.deleteIfExists(oldest.commit());
            total -= oldest.bytes();
            sealed.remove(0);
            removed = true;
        }
        if (removed) {
            Files.writeString(config.dir().resolve(RETAINED_FROM), Long.toString(sealed.isEmpty() ? lastSeq + 1 : sealed.get(0).firstSeq()));
            long first = sealed.isEmpty() ? (active == null || active.index().isEmpty() ? -1 : active.index().firstSeq())
                    : sealed.get(0).firstSeq();
            for (JournalListener l : listeners) {
                l.retained(first);
            }
        }
    }

    private void publish() {
        List<SegmentIndex> all = new ArrayList<>(sealed);
        if (active != null && !active.index().isEmpty()) {
            all.add(active.index());
        }
        published = new JournalIndex(all);
    }

    /** Seals the active segment (end-of-stream marker, synced). */
    @Override
    public void close() throws IOException {
        if (!closed) {
            rotate();
            closed = true;
        }
    }

    /** When the active segment was opened, for tests and health displays; null when none is open. */
    public Instant activeSince() {
        return active == null ? null : active.openedAt();
    }
}
