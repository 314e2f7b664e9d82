package com.gridwall.feed.decode;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Where malformed input goes: counted, the first examples kept and logged with seq and field,
 * the rest only counted so a flood of bad rows cannot flood the log. Thread-safe.
 */
public final class Quarantine {
    private static final System.Logger LOG = System.getLogger(Quarantine.class.getName());
    private final int keep;
    private final AtomicLong count = new AtomicLong();
    private final List<Rejection> examples = new ArrayList<>();

    public Quarantine(int keepExamples) {
        this.keep = keepExamples;
    }

    /** Counts {@code rejected} bad rows/messages of which {@code sample} are the first examples. */
    public void add(String where, long rejected, List<Rejection> sample) {
        if (rejected <= 0) {
            return;
        }
        count.addAndGet(rejected);
        synchronized (examples) {
            for (Rejection r : sample) {
                if (examples.size() >= keep) {
                    break;
                }
                examples.add(r);
                LOG.log(System.Logger.Level.WARNING, "quarantined from {0}: {1}", where, r);
            }
        }
    }

    public long count() {
        return count.get();
    }

    public List<Rejection> examples() {
        synchronized (examples) {
            return List.copyOf(examples);
        }
    }
}
