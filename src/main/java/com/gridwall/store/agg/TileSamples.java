package com.gridwall.store.agg;

import com.gridwall.store.kpi.KpiSlots;
import java.util.Arrays;

/**
 * The headline counters of each trend unit's TODAY cohort (received, resolved, timely, disputes,
 * ratings, dispatches and the two duration sums: the slots a KPI tile reads) as they stood at each of the last {@link #MINUTES} minutes, sampled whenever the
 * store's clock advances in that minute. A tile's "change vs the same time yesterday" compares today
 * so far with yesterday's cohort <em>as it stood then</em>: compared with yesterday's cohort as it is
 * now, which has had 24 more hours to be resolved, every rate would look worse each morning.
 * About 12 KB per unit. Single writer; readers get copies.
 */
public final class TileSamples {
    public static final int MINUTES = 1441;
    /** The slots of a counter block every tile's KPI is derived from. */
    private static final int[] TILE_SLOTS = {KpiSlots.RECEIVED, KpiSlots.RESOLVED, KpiSlots.TIMELY,
        KpiSlots.DISPUTE_RECEIVED, KpiSlots.DISPUTE_RESOLVED, KpiSlots.RATED, KpiSlots.SATISFIED,
        KpiSlots.DISPATCHED, KpiSlots.RIGHT_FIRST, KpiSlots.DISPATCH_SUM_MS, KpiSlots.RESOLVE_SUM_MS};
    public static final int SLOTS = TILE_SLOTS.length;

    /** The counter-block slot a sample's k-th value holds (0 &le; k &lt; {@link #SLOTS}). */
    public static int slot(int k) {
        return TILE_SLOTS[k];
    }

    private final long[] tag = new long[MINUTES];
    private final long[] values;

    public TileSamples(int units) {
        values = new long[units * MINUTES * SLOTS];
        clear();
    }

    /** Forgets every sample (the store's state is about to be replaced by a copy of another). */
    public void clear() {
        Arrays.fill(tag, Long.MIN_VALUE);
    }

    /** Records unit t's TODAY counters {@code block} (a full {@link KpiSlots} block; null = all zero) for minute m. */
    public void sample(int t, long minute, long[] block) {
        int s = (int) Math.floorMod(minute, (long) MINUTES);
        if (tag[s] != minute) {
            if (tag[s] > minute) {
                return;
            }
            tag[s] = minute;
            // a claimed slot's other units hold an older minute: mark them unsampled
            for (int base = s * SLOTS; base < values.length; base += MINUTES * SLOTS) {
                values[base] = -1;
            }
        }
        int base = (t * MINUTES + s) * SLOTS;
        for (int k = 0; k < SLOTS; k++) {
            values[base + k] = block == null ? 0 : block[TILE_SLOTS[k]];
        }
    }

    /**
     * Unit t's counters at minute m as a full-size counter block (the other slots zero), or null
     * when the store did not sample unit t in that minute.
     */
    public long[] at(int t, long minute) {
        long[] c = compactAt(t, minute);
        return c == null ? null : expand(c);
    }

    /** Unit t's sampled counters at minute m in a small copy (for {@link #expand}), or null. */
    public long[] compactAt(int t, long minute) {
        int s = (int) Math.floorMod(minute, (long) MINUTES);
        int base = (t * MINUTES + s) * SLOTS;
        if (tag[s] != minute || values[base] < 0) {
            return null;
        }
        return Arrays.copyOfRange(values, base, base + SLOTS);
    }

    /** A full-size counter block (the other slots zero) from a {@link #compactAt} copy. Any thread. */
    public static long[] expand(long[] compact) {
        long[] out = new long[KpiSlots.SIZE];
        for (int k = 0; k < SLOTS; k++) {
            out[TILE_SLOTS[k]] = compact[k];
        }
        return out;
    }
}
