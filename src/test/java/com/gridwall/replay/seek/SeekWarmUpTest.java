package com.gridwall.replay.seek;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gridwall.replay.events.EventVectors;
import com.gridwall.replay.events.SyntheticHistory;
import com.gridwall.replay.journal.JournalConfig;
import com.gridwall.replay.journal.JournalWriter;
import com.gridwall.store.EventSchema;
import com.gridwall.store.StoreConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The practice seeks after the ladder is built: they stop on a quiet JIT, at their limit, when
 * stopped, or when the app seeks; afterwards the session is where the app left it; closing the
 * session while they run neither hangs nor leaks.
 */
class SeekWarmUpTest {
    static final long START = 1_780_000_000_000L;
    @TempDir
    Path tmp;
    private BufferAllocator allocator;
    private StoreFactory factory;
    private Path dir;

    @BeforeEach
    void recordAJournal() throws IOException {
        allocator = new RootAllocator();
        SyntheticHistory history = new SyntheticHistory(5, START, 1200, 120);
        factory = new StoreFactory(history.units(), null, StoreConfig.defaults());
        dir = tmp.resolve("journal");
        try (JournalWriter w = JournalWriter.open(JournalConfig.defaults(dir).withSync(false));
             VectorSchemaRoot root = VectorSchemaRoot.create(EventSchema.SCHEMA, allocator)) {
            for (int i = 0; i < 12; i++) {
                EventVectors.write(history.next(500), root);
                w.append(root);
            }
        }
    }

    @AfterEach
    void allocatorEndsAtZero() {
        assertEquals(0, allocator.getAllocatedMemory());
        allocator.close();
    }

    @Test
    void practiceSeeksSpreadOverTheTimelineAndReturnToWhereTheAppWas() throws IOException {
        try (ReplaySession s = ReplaySession.open(dir, factory, allocator)) {
            Instant at = s.timeline().start().plus(Duration.between(s.timeline().start(), s.timeline().end()).dividedBy(3));
            s.seek(at);
            long expected = s.stateHash();
            AtomicLong jit = new AtomicLong();
            Set<Long> visited = new HashSet<>();
            SeekWarmUp.Result r = SeekWarmUp.run(s, () -> {
                visited.add(s.stateHash());
                return false;
            }, () -> jit.addAndGet(100)); // a JIT that never settles: every practice seek runs
            assertEquals(SeekWarmUp.MAX_SEEKS, r.seeks(), r.toString());
            assertTrue(r.stoppedBy().contains("limit"), r.stoppedBy());
            assertTrue(visited.size() > SeekWarmUp.MAX_SEEKS / 2, "practice seeks reached distinct states: " + visited.size());
            assertEquals(expected, s.stateHash(), "back at the app's instant");
            assertEquals((SeekWarmUp.MAX_SEEKS + 1) * 100L, r.compileMillis(), "compile time counted from the start to the end");
        }
    }

    @Test
    void aQuietJitEndsThePracticeAfterTheMinimum() throws IOException {
        try (ReplaySession s = ReplaySession.open(dir, factory, allocator)) {
            SeekWarmUp.Result r = SeekWarmUp.run(s, () -> false, () -> 7); // nothing compiled any more
            assertEquals(Math.max(SeekWarmUp.MIN_SEEKS, SeekWarmUp.QUIET_SEEKS), r.seeks(), r.toString());
            assertTrue(r.stoppedBy().contains("quiet"), r.stoppedBy());
            assertNotEquals(0, s.stateHash(), "a session the app never moved keeps the practice store");
        }
    }

    @Test
    void quietMeansUnderTheThresholdOverTheLastSeeks() {
        long[] after = new long[SeekWarmUp.MAX_SEEKS];
        int n = SeekWarmUp.QUIET_SEEKS + 3;
        for (int i = 0; i < n; i++) {
            after[i] = 1000 + 10L * i * SeekWarmUp.QUIET_MILLIS; // each seek compiles 10 x the threshold
        }
        assertFalse(SeekWarmUp.quiet(after, n, 0));
        for (int i = 3; i < n; i++) {
            after[i] = after[2]; // the last QUIET_SEEKS seeks compiled nothing
        }
        assertTrue(SeekWarmUp.quiet(after, n, 0));
        after[n - 1] = after[2] + SeekWarmUp.QUIET_MILLIS; // exactly the threshold is not quiet
        assertFalse(SeekWarmUp.quiet(after, n, 0));
    }

    @Test
    void anAppSeekEndsThePracticeAndStaysWhereTheAppWent() throws IOException {
        try (ReplaySession s = ReplaySession.open(dir, factory, allocator)) {
            Instant appAt = s.timeline().end().minusSeconds(600);
            AtomicInteger asked = new AtomicInteger();
            long[] appHash = new long[1];
            SeekWarmUp.Result r = SeekWarmUp.run(s, () -> {
                if (asked.incrementAndGet() == 4) { // the app seeks between two practice seeks
                    try {
                        s.seek(appAt);
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                    appHash[0] = s.stateHash();
                }
                return false;
            }, () -> 0);
            assertEquals(3, r.seeks(), r.toString());
            assertTrue(r.stoppedBy().contains("app"), r.stoppedBy());
            assertEquals(appHash[0], s.stateHash(), "the app's seek is what the session holds");
        }
    }

    @Test
    void anErrorBetweenPracticeSeeksStillReturnsToTheAppsInstant() throws IOException {
        try (ReplaySession s = ReplaySession.open(dir, factory, allocator)) {
            s.seek(s.timeline().end().minusSeconds(900));
            long appHash = s.stateHash();
            AtomicInteger asked = new AtomicInteger();
            SeekWarmUp.Result r = SeekWarmUp.run(s, () -> {
                if (asked.incrementAndGet() == 4) {
                    throw new IllegalStateException("broken after three practice seeks");
                }
                return false;
            }, () -> 0);
            assertEquals(3, r.seeks(), r.toString());
            assertTrue(r.stoppedBy().contains("broken after three"), r.stoppedBy());
            assertEquals(appHash, s.stateHash(), "back at the app's instant after the error");
        }
    }

    @Test
    void stoppingEndsThePracticeBeforeTheNextSeek() throws IOException {
        try (ReplaySession s = ReplaySession.open(dir, factory, allocator)) {
            SeekWarmUp.Result r = SeekWarmUp.run(s, () -> true, () -> 0);
            assertEquals(0, r.seeks());
            assertEquals("stopped", r.stoppedBy());
            assertEquals(0, s.stateHash(), "nothing sought");
        }
    }

    /**
     * Whether the ladder's builder thread is blocked on {@code session}'s monitor (its practice
     * seeks waiting for the session's lock), not on any other lock it takes while it builds.
     */
    private static boolean builderWaitsFor(ReplaySession session) {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals("state-ladder") && t.isAlive()) {
                java.lang.management.ThreadInfo info = mx.getThreadInfo(t.getId());
                java.lang.management.LockInfo lock = info == null ? null : info.getLockInfo();
                return lock != null && info.getThreadState() == Thread.State.BLOCKED
                        && lock.getClassName().equals(ReplaySession.class.getName())
                        && lock.getIdentityHashCode() == System.identityHashCode(session);
            }
        }
        return false;
    }

    @Test
    void practiceInstantsFillTheTimelineEvenly() {
        int[] tenths = new int[10];
        for (int i = 0; i < 40; i++) {
            long t = SeekWarmUp.instant(i, 1000, 2000);
            assertTrue(t >= 1000 && t <= 2000, "inside the range: " + t);
            tenths[(int) Math.min(9, (t - 1000) / 100)]++;
        }
        for (int k = 0; k < 10; k++) {
            assertTrue(tenths[k] >= 3 && tenths[k] <= 5, "every tenth of the timeline gets 3-5 of 40: " + java.util.Arrays.toString(tenths));
        }
    }

    @Test
    void aLadderWarmsUpBeforeItIsReadyAndClosingMeanwhileNeitherHangsNorLeaks() throws Exception {
        try (ReplaySession s = ReplaySession.open(dir, factory, allocator)) {
            StateLadder built = s.startLadder(new StateLadder.Settings(1000, 64L << 20), true);
            assertTrue(built.await(60_000));
            SeekWarmUp.Result r = s.warmUp();
            assertTrue(r != null && r.seeks() > 0, String.valueOf(r));
            assertNull(built.stats().failure());
        }
        ReplaySession closing = ReplaySession.open(dir, factory, allocator);
        StateLadder ladder;
        synchronized (closing) { // the practice seeks wait for the session's lock: closing finds them running
            ladder = closing.startLadder(new StateLadder.Settings(1000, 64L << 20), true);
            long end = System.currentTimeMillis() + 60_000;
            while (!builderWaitsFor(closing) && System.currentTimeMillis() < end) {
                Thread.sleep(5);
            }
            assertTrue(builderWaitsFor(closing), "the builder waits for the session's lock to practise");
        }
        assertTimeoutPreemptively(Duration.ofSeconds(60), closing::close);
        assertTrue(ladder.stats().done());
        try (ReplaySession s = ReplaySession.open(dir, factory, allocator)) {
            assertTrue(s.startLadder(new StateLadder.Settings(1000, 64L << 20), false).await(60_000));
            assertNull(s.warmUp(), "no practice seeks asked for");
            assertEquals(0, s.stateHash());
        }
    }
}
