package com.gridwall.replay.checkpoint;

import com.gridwall.replay.journal.JournalIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checkpoints of a journal: {@code DIR/checkpoints/ckpt-SEQ-MAXTS.state}, each the store state
 * after every event up to seq SEQ (a batch boundary), MAXTS the latest event time among them. A
 * checkpoint can start a seek to t only when MAXTS &le; t (no event in it is later than t); the
 * name carries MAXTS so this stays decidable after retention removed the segments before it.
 * Immutable list; the files are written by {@link CheckpointWriter}.
 */
public final class CheckpointCatalog {
    public static final String DIR = "checkpoints";
    private static final Pattern NAME = Pattern.compile("ckpt-(\\d{20})-(-?\\d{1,20})\\.state");

    private final Path dir;
    private final long[] seqs;
    private final long[] maxTs;
    private final Path[] files;

    private CheckpointCatalog(Path dir, long[] seqs, long[] maxTs, Path[] files) {
        this.dir = dir;
        this.seqs = seqs;
        this.maxTs = maxTs;
        this.files = files;
    }

    public static CheckpointCatalog scan(Path journalDir) throws IOException {
        Path dir = journalDir.resolve(DIR);
        List<long[]> l = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            try (var s = Files.list(dir)) {
                s.forEach(p -> {
                    Matcher m = NAME.matcher(p.getFileName().toString());
                    if (m.matches()) {
                        l.add(new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))});
                    }
                });
            }
        }
        l.sort((x, y) -> Long.compare(x[0], y[0]));
        long[] seqs = new long[l.size()];
        long[] ts = new long[l.size()];
        Path[] files = new Path[l.size()];
        for (int i = 0; i < seqs.length; i++) {
            seqs[i] = l.get(i)[0];
            ts[i] = l.get(i)[1];
            files[i] = dir.resolve(name(seqs[i], ts[i]));
        }
        return new CheckpointCatalog(dir, seqs, ts, files);
    }

    static String name(long seq, long maxTs) {
        return String.format("ckpt-%020d-%d.state", seq, maxTs);
    }

    /** The file of the checkpoint at {@code seq}. */
    public Path file(long seq) {
        for (int i = 0; i < seqs.length; i++) {
            if (seqs[i] == seq) {
                return files[i];
            }
        }
        throw new IllegalArgumentException("no checkpoint at seq " + seq + " in " + dir);
    }

    /** Latest event time in the checkpoint at position {@code i} of {@link #seqs()}. */
    public long maxTs(int i) {
        return maxTs[i];
    }

    public int size() {
        return seqs.length;
    }

    public long[] seqs() {
        return seqs.clone();
    }

    /**
     * The best checkpoint to reach instant {@code t}: the latest whose events are all at or before t
     * and that lies at a batch boundary of {@code index}; -1 when none fits.
     */
    public long bestFor(JournalIndex index, long t) {
        return bestFor(index, t, Long.MAX_VALUE);
    }

    /**
     * As {@link #bestFor(JournalIndex, long)} among the checkpoints before seq {@code below}: the
     * next one to try when the checkpoint at {@code below} was refused (damaged, foreign).
     */
    public long bestFor(JournalIndex index, long t, long below) {
        for (int i = seqs.length - 1; i >= 0; i--) {
            if (seqs[i] >= below || maxTs[i] > t || seqs[i] < index.firstSeq() - 1) {
                continue;
            }
            int after = index.firstBatchAfterSeq(seqs[i]);
            boolean boundary = seqs[i] == index.firstSeq() - 1
                    || (after > 0 && index.batches().get(after - 1).record().lastSeq() == seqs[i]);
            if (boundary) {
                return seqs[i];
            }
        }
        return -1;
    }
}
