package com.gridwall.replay.journal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings a journal directory back to its committed state after a crash. Only the newest segment
 * can have been torn by a crash (older ones were sealed and synced before it was created): its
 * uncommitted or torn tail is cut (data and commit file truncated), and it is removed when no
 * batch of it was committed. Damage to an older segment is not a crash: it is reported as a
 * {@link JournalCorruptException}, never silently dropped. Not thread-safe: run it before writing.
 */
public final class JournalRecovery {
    /** The recovered journal and what recovery did. */
    public record Recovered(JournalIndex index, RecoveryReport report, long nextSegmentId) {
    }

    private JournalRecovery() {
    }

    public static Recovered recover(Path dir) throws IOException {
        return recover(dir, true);
    }

    /** {@code syncCuts} false skips the fsync after a cut: only for tests that recover thousands of copies. */
    static Recovered recover(Path dir, boolean syncCuts) throws IOException {
        Files.createDirectories(dir);
        List<String> cuts = new ArrayList<>();
        long cutBytes = removeOrphanCommits(dir, cuts);
        List<Long> ids = SegmentScan.ids(dir);
        List<SegmentIndex> segments = new ArrayList<>();
        long prevSeq = Long.MIN_VALUE;
        for (int i = 0; i < ids.size(); i++) {
            boolean newest = i == ids.size() - 1;
            SegmentScan.Result r = SegmentScan.scan(dir, ids.get(i), newest);
            if (!newest && (r.problem() != null || r.kept().isEmpty())) {
                throw new JournalCorruptException("sealed segment " + r.segment().data().getFileName() + " is damaged: "
                        + (r.problem() != null ? r.problem() : "no committed batch") + "; move it away to open the journal");
            }
            if (!r.kept().isEmpty() && r.kept().get(0).firstSeq() <= prevSeq) {
                throw new JournalCorruptException(r.segment().data().getFileName() + ": first seq " + r.kept().get(0).firstSeq()
                        + " does not follow seq " + prevSeq + " of the previous segment");
            }
            if (newest && !r.clean()) {
                cutBytes += cutTail(r, cuts, syncCuts);
            }
            if (!r.kept().isEmpty()) {
                segments.add(r.segment());
                prevSeq = r.kept().get(r.kept().size() - 1).lastSeq();
            }
        }
        JournalIndex index = new JournalIndex(segments);
        long next = ids.isEmpty() ? 1 : ids.get(ids.size() - 1) + 1;
        return new Recovered(index, new RecoveryReport(cuts, cutBytes, index.lastSeq()), next);
    }

    private static long cutTail(SegmentScan.Result r, List<String> cuts, boolean sync) throws IOException {
        SegmentIndex s = r.segment();
        long removed = (r.dataSize() - r.dataEnd()) + (r.commitSize() - (long) r.kept().size() * CommitRecord.SIZE);
        String why = r.problem() != null ? r.problem() : "uncommitted bytes after the last commit";
        if (r.kept().isEmpty()) {
            Files.deleteIfExists(s.data());
            Files.deleteIfExists(s.commit());
            cuts.add(s.data().getFileName() + ": removed, no committed batch (" + why + ")");
            return removed;
        }
        truncate(s.data(), r.dataEnd(), sync);
        truncate(s.commit(), (long) r.kept().size() * CommitRecord.SIZE, sync);
        cuts.add(s.data().getFileName() + ": cut at byte " + r.dataEnd() + " after seq " + s.lastSeq()
                + ", " + removed + " bytes removed (" + why + ")");
        return removed;
    }

    private static void truncate(Path p, long size, boolean sync) throws IOException {
        try (FileChannel ch = FileChannel.open(p, StandardOpenOption.WRITE)) {
            if (ch.size() > size) {
                ch.truncate(size);
                if (sync) {
                    ch.force(true);
                }
            }
        }
    }

    /** A commit file whose data file is gone (crash while creating a segment) holds nothing committed. */
    private static long removeOrphanCommits(Path dir, List<String> cuts) throws IOException {
        long removed = 0;
        List<Path> orphans = new ArrayList<>();
        try (var s = Files.list(dir)) {
            s.filter(p -> p.getFileName().toString().matches("segment-\\d{12}\\.commit"))
                    .filter(p -> !Files.exists(p.resolveSibling(p.getFileName().toString().replace(".commit", ".arrows"))))
                    .forEach(orphans::add);
        }
        for (Path p : orphans) {
            removed += Files.size(p);
            Files.delete(p);
            cuts.add(p.getFileName() + ": removed, its data file is missing");
        }
        return removed;
    }
}
