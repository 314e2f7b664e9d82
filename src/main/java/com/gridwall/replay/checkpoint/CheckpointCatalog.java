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
 * The checkpoints of a journal: {@code DIR/checkpoints/ckpt-SEQ.state}, each the store state after
 * every event up to seq SEQ (a batch boundary). A checkpoint can start a seek to t only when no
 * event up to SEQ is later than t. Immutable list; the files are written by {@link CheckpointWriter}.
 */
public final class CheckpointCatalog {
    public static final String DIR = "checkpoints";
    private static final Pattern NAME = Pattern.compile("ckpt-(\\d{20})\\.state");

    private final Path dir;
    private final long[] seqs;

    private CheckpointCatalog(Path dir, long[] seqs) {
        this.dir = dir;
        this.seqs = seqs;
    }

    public static CheckpointCatalog scan(Path journalDir) throws IOException {
        Path dir = journalDir.resolve(DIR);
        List<Long> l = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            try (var s = Files.list(dir)) {
                s.forEach(p -> {
                    Matcher m = NAME.matcher(p.getFileName().toString());
                    if (m.matches()) {
                        l.add(Long.parseLong(m.group(1)));
                    }
                });
            }
        }
        l.sort(null);
        return new CheckpointCatalog(dir, l.stream().mapToLong(Long::longValue).toArray());
    }

    static String name(long seq) {
        return String.format("ckpt-%020d.state", seq);
    }

    public Path file(long seq) {
        return dir.resolve(name(seq));
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
        for (int i = seqs.length - 1; i >= 0; i--) {
            int after = index.firstBatchAfterSeq(seqs[i]);
            boolean boundary = after == 0 || index.batches().get(after - 1).record().lastSeq() == seqs[i];
            if (boundary && after > 0 && index.maxTsUpTo(after - 1) <= t && seqs[i] >= index.firstSeq() - 1) {
                return seqs[i];
            }
        }
        return -1;
    }
}
