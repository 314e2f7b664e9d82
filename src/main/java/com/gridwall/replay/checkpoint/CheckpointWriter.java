package com.gridwall.replay.checkpoint;

import com.gridwall.replay.journal.CommitRecord;
import com.gridwall.replay.journal.JournalListener;
import com.gridwall.replay.journal.JournalWriter;
import com.gridwall.store.EventStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * Writes a checkpoint of the live store every {@code every} journaled events, right after the
 * commit (the store has applied exactly the journal up to that seq). Written to a temp file,
 * synced, then renamed, so a crash never leaves a half checkpoint under its real name.
 * Runs on the journal writer's thread; not thread-safe.
 */
public final class CheckpointWriter implements JournalListener {
    private final Path dir;
    private final EventStore store;
    private final StoreStateCodec codec;
    private final long every;
    private long sinceLast;
    private long maxTs;

    /**
     * @param journal the journal whose commits trigger checkpoints (its directory holds them)
     * @param store   the live store behind the journaling sink, imaged on the writer thread
     * @param every   events between checkpoints
     */
    public CheckpointWriter(JournalWriter journal, EventStore store, StoreStateCodec codec, long every) {
        this.dir = journal.config().dir().resolve(CheckpointCatalog.DIR);
        this.store = store;
        this.codec = codec;
        this.every = every;
        this.maxTs = journal.index().maxTs();
    }

    @Override
    public void committed(CommitRecord record, VectorSchemaRoot batch) {
        sinceLast += record.count();
        maxTs = Math.max(maxTs, record.maxTs());
        if (sinceLast < every) {
            return;
        }
        sinceLast = 0;
        try {
            write(record.lastSeq());
        } catch (IOException e) {
            throw new UncheckedIOException("checkpoint at seq " + record.lastSeq() + " in " + dir, e);
        }
    }

    void write(long seq) throws IOException {
        Files.createDirectories(dir);
        Path tmp = dir.resolve(CheckpointCatalog.name(seq, maxTs) + ".tmp");
        codec.write(store, tmp);
        try (var ch = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        Files.move(tmp, dir.resolve(CheckpointCatalog.name(seq, maxTs)), StandardCopyOption.ATOMIC_MOVE);
    }

    /** Retention removed journal segments: drop checkpoints that can no longer start a seek, keeping the base one. */
    @Override
    public void retained(long firstSeq) {
        try {
            CheckpointCatalog c = CheckpointCatalog.scan(dir.getParent());
            long[] seqs = c.seqs();
            long base = -1;
            for (long s : seqs) {
                if (s < firstSeq) {
                    base = s;
                }
            }
            for (long s : seqs) {
                if (s < base) {
                    Files.deleteIfExists(c.file(s));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("checkpoint retention in " + dir, e);
        }
    }
}
