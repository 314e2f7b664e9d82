package com.gridwall.replay.seek;

import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * Practice seeks once the state ladder is built, so that an analyst's first scrubs run compiled
 * code. Why: much of a seek's code (the state copy, the picture's build) runs once per seek, so
 * the JIT compiles it over a process's first 30-40 seeks, and on two cores its compiler threads
 * then took 50-250 ms of CPU from each of those seeks (per-thread CPU times, docs/replay.md).
 * <p>The practice seeks spread over the whole timeline. They stop once the JIT has been quiet
 * ({@link #QUIET_MILLIS} ms of compiling over the last {@link #QUIET_SEEKS} seeks, after at least
 * {@link #MIN_SEEKS}), after {@link #MAX_SEEKS}, when the caller stops them, or as soon as the app
 * seeks or plays itself (that warms the code as well). The session is then moved back to the
 * instant the app last asked for, so what it shows and plays from does not change.
 * <p>Thread-safety: run by one background thread; each seek holds the session's lock, so an app
 * seek waits for at most one practice seek.
 */
public final class SeekWarmUp {
    // the JIT compiles in bursts: 8 quiet seeks were followed by bursts of 100-170 ms (10M events)
    static final int MIN_SEEKS = 16;
    static final int MAX_SEEKS = 96;
    static final int QUIET_SEEKS = 16;
    static final long QUIET_MILLIS = 50;
    /** Fractional part of the golden ratio: successive instants fill the timeline evenly. */
    private static final double SPREAD = 0.6180339887498949;

    /** Seeks run, the time they took, the JIT's compile time meanwhile and why they stopped. */
    public record Result(int seeks, long nanos, long compileMillis, String stoppedBy) {
    }

    private SeekWarmUp() {
    }

    /** Warms {@code session} up, reading the JIT's compile time from the running JVM. */
    static Result run(ReplaySession session, BooleanSupplier stop) {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        LongSupplier compiled = jit != null && jit.isCompilationTimeMonitoringSupported()
                ? jit::getTotalCompilationTime : null;
        return run(session, stop, compiled);
    }

    /**
     * @param compileMillis the JIT's total compile time so far, in ms; null when not known
     *                      (then every {@link #MAX_SEEKS} seeks run)
     */
    static Result run(ReplaySession session, BooleanSupplier stop, LongSupplier compileMillis) {
        boolean jitKnown = compileMillis != null;
        LongSupplier compiled = jitKnown ? compileMillis : () -> 0;
        long t0 = System.nanoTime();
        long c0 = compiled.getAsLong();
        long[] compiledAfter = new long[MAX_SEEKS];
        long moves = session.appMoves();
        long from = session.timeline().start().toEpochMilli();
        long to = session.timeline().end().toEpochMilli();
        String why = "the limit of " + MAX_SEEKS + " seeks";
        int seeks = 0;
        try {
            while (seeks < MAX_SEEKS) {
                if (stop.getAsBoolean()) {
                    why = "stopped";
                    break;
                }
                if (!session.practiceSeek(Instant.ofEpochMilli(instant(seeks, from, to)), moves)) {
                    why = "the app seeking";
                    break;
                }
                compiledAfter[seeks] = compiled.getAsLong();
                seeks++;
                if (jitKnown && quiet(compiledAfter, seeks, c0)) {
                    why = "a quiet JIT";
                    break;
                }
            }
        } catch (IOException | RuntimeException e) {
            why = "an error: " + e.getMessage();
        }
        try { // also after an error: the app's next seek or playback step starts where it left
            session.returnTo(moves);
        } catch (IOException | RuntimeException e) {
            why += "; then returning failed: " + e.getMessage();
        }
        return new Result(seeks, System.nanoTime() - t0, compiled.getAsLong() - c0, why);
    }

    /** Whether the last {@link #QUIET_SEEKS} of {@code seeks} seeks (at least {@link #MIN_SEEKS}) compiled under {@link #QUIET_MILLIS} ms. */
    static boolean quiet(long[] compiledAfter, int seeks, long atStart) {
        if (seeks < Math.max(MIN_SEEKS, QUIET_SEEKS)) {
            return false;
        }
        long before = seeks == QUIET_SEEKS ? atStart : compiledAfter[seeks - QUIET_SEEKS - 1];
        return compiledAfter[seeks - 1] - before < QUIET_MILLIS;
    }

    /** The i-th practice instant in [from, to]. */
    static long instant(int i, long from, long to) {
        double f = ((i + 1) * SPREAD) % 1.0;
        return from + (long) (f * (to - from));
    }
}
