package com.gridwall.os;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The share of CPU time the hypervisor took from this virtual machine ("steal", Linux's
 * {@code /proc/stat}) between two readings. Benchmarks print it beside their timings: on a shared
 * virtual machine a run whose every pulse is slower often coincides with tens of percent of steal,
 * which no change to the program can account for.
 *
 * <p>Immutable; {@link #now()} may be called from any thread.
 */
public final class CpuSteal {
    private static final Path STAT = Path.of("/proc/stat");
    private final long steal;
    private final long total;

    private CpuSteal(long steal, long total) {
        this.steal = steal;
        this.total = total;
    }

    /** The machine's counters now, or null where they cannot be read (not Linux). */
    public static CpuSteal now() {
        try {
            for (String line : Files.readAllLines(STAT)) {
                if (line.startsWith("cpu ")) {
                    return parse(line);
                }
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return null;
    }

    /** Reads the aggregate "cpu" line: user nice system idle iowait irq softirq steal [guest guest_nice]. */
    static CpuSteal parse(String cpuLine) {
        String[] f = cpuLine.trim().split("\\s+");
        long total = 0;
        // guest times are already counted in user and nice: the first eight fields are the whole
        for (int i = 1; i <= 8 && i < f.length; i++) {
            total += Long.parseLong(f[i]);
        }
        long steal = f.length > 8 ? Long.parseLong(f[8]) : 0;
        return new CpuSteal(steal, total);
    }

    /** Percent of all CPU time since {@code before} that was stolen, or NaN if none passed. */
    public double percentSince(CpuSteal before) {
        long dt = total - before.total;
        return dt <= 0 ? Double.NaN : 100.0 * (steal - before.steal) / dt;
    }
}
