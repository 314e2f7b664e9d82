package com.gridwall.replay.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gridwall.domain.Event;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.ipc.ArrowStreamReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every possible crash state of a small journal: the data file or the commit file cut at every
 * byte offset. Recovery must keep exactly the batches that are both wholly on disk and committed.
 */
class JournalTornTailTest {
    private static final int BATCHES = 3;
    @TempDir
    Path tmp;
    private BufferAllocator allocator;
    private List<List<Event>> batches;
    private byte[] data;
    private byte[] commits;
    private List<CommitRecord> records;

    @BeforeEach
    void writeJournal() throws IOException {
        allocator = new RootAllocator();
        Path src = tmp.resolve("src");
        try (JournalWriter w = JournalWriter.open(JournalFixtures.small(src))) {
            batches = JournalFixtures.write(w, allocator, 7, BATCHES, 2);
            records = w.index().segments().get(0).records();
        }
        data = Files.readAllBytes(src.resolve(SegmentIndex.dataName(1)));
        commits = Files.readAllBytes(src.resolve(SegmentIndex.commitName(1)));
        assertEquals(BATCHES * CommitRecord.SIZE, commits.length);
    }

    @AfterEach
    void allocatorEndsAtZero() {
        assertEquals(0, allocator.getAllocatedMemory());
        allocator.close();
    }

    @Test
    void dataCutAtEveryOffsetKeepsExactlyTheWholeCommittedBatches() throws IOException {
        for (int cut = 0; cut <= data.length; cut++) {
            Path dir = crashState("d" + cut, Arrays.copyOf(data, cut), commits);
            long at = cut;
            int whole = (int) records.stream().filter(r -> r.end() <= at).count();
            assertRecovered(dir, whole, cut == data.length, "data cut at " + cut);
        }
    }

    @Test
    void commitFileCutAtEveryOffsetKeepsOnlyWholeRecords() throws IOException {
        for (int cut = 0; cut <= commits.length; cut++) {
            Path dir = crashState("c" + cut, data, Arrays.copyOf(commits, cut));
            assertRecovered(dir, cut / CommitRecord.SIZE, cut == commits.length, "commit file cut at " + cut);
        }
    }

    @Test
    void arrowAloneAcceptsAStreamCutAtABatchBoundaryButTheCommitRecordsDoNot() throws IOException {
        long boundary = records.get(BATCHES - 2).end();
        Path dir = crashState("boundary", Arrays.copyOf(data, (int) boundary), commits);
        int arrowBatches = 0;
        try (InputStream in = Files.newInputStream(dir.resolve(SegmentIndex.dataName(1)));
             ArrowStreamReader r = new ArrowStreamReader(in, allocator)) {
            while (r.loadNextBatch()) {
                arrowBatches++;
            }
        }
        assertEquals(BATCHES - 1, arrowBatches, "Arrow reads the cut stream as complete");
        JournalRecovery.Recovered rec = JournalRecovery.recover(dir);
        assertFalse(rec.report().clean(), "recovery must notice the missing committed batch");
        assertTrue(rec.report().cuts().get(0).contains("missing"), rec.report().cuts().toString());
        assertEquals(records.get(BATCHES - 2).lastSeq(), rec.index().lastSeq());
    }

    @Test
    void aFlippedByteInTheLastBatchIsCaughtByItsChecksum() throws IOException {
        byte[] bad = data.clone();
        int at = (int) (records.get(BATCHES - 1).offset() + records.get(BATCHES - 1).length() / 2);
        bad[at] ^= 0x5A;
        Path dir = crashState("flip", bad, commits);
        JournalRecovery.Recovered rec = JournalRecovery.recover(dir);
        assertTrue(rec.report().cuts().get(0).contains("checksum"), rec.report().cuts().toString());
        assertEquals(JournalFixtures.flatten(batches, BATCHES - 1), JournalFixtures.readAll(dir, allocator));
    }

    private void assertRecovered(Path dir, int whole, boolean intact, String what) throws IOException {
        JournalRecovery.Recovered rec = JournalRecovery.recover(dir, false); // same cuts, without an fsync per copy
        List<Event> expected = JournalFixtures.flatten(batches, whole);
        assertEquals(whole == 0 ? -1 : expected.get(expected.size() - 1).seq(), rec.index().lastSeq(), what);
        assertEquals(expected, JournalFixtures.readAll(dir, allocator), what);
        Path seg = dir.resolve(SegmentIndex.dataName(1));
        if (whole == 0) {
            assertFalse(Files.exists(seg), what + ": an uncommitted segment is removed");
        } else {
            assertEquals(intact ? data.length : records.get(whole - 1).end(), Files.size(seg),
                    what + ": data cut at the last commit (an intact sealed segment keeps its end-of-stream marker)");
            assertEquals((long) whole * CommitRecord.SIZE, Files.size(dir.resolve(SegmentIndex.commitName(1))), what);
        }
        assertTrue(JournalRecovery.recover(dir, false).report().clean(), what + ": a second recovery finds nothing to cut");
        deleteTree(dir);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            for (Path p : s.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(dir);
    }

    private Path crashState(String name, byte[] d, byte[] c) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(name));
        Files.write(dir.resolve(SegmentIndex.dataName(1)), d);
        Files.write(dir.resolve(SegmentIndex.commitName(1)), c);
        return dir;
    }
}
