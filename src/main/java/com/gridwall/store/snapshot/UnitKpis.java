package com.gridwall.store.snapshot;

import com.gridwall.domain.Level;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * Everything the wall shows for one unit, or for the whole area ({@link WallSnapshot#ROOT}).
 * Immutable. The window KPIs are derived on first access from counters frozen when the snapshot
 * was taken (so publishing stays cheap) and then kept; any thread may call.
 *
 * <ul>
 * <li>{@link #open()}: incidents of the unit open now (not RESOLVED, CLOSED or CANCELLED), all time</li>
 * <li>{@link #overdue()}: of those, past their deadline now</li>
 * <li>{@link #openYesterday()}, {@link #overdueYesterday()}: the same at this minute yesterday, when the
 *     store was running then (kept for the root and units above grid level)</li>
 * <li>{@link #today()}: cohort reported since local midnight; {@link #yesterday()}: cohort reported
 *     yesterday from midnight up to the same time as now (for deltas); {@link #last24h()},
 *     {@link #last7d()}: rolling cohorts</li>
 * <li>{@link #todayAtThisTimeYesterday()}: yesterday's cohort as it stood at this minute yesterday
 *     (what the wall showed as "today" then), when the store was running then; kept for the root
 *     and units above grid level. Its counts and means are exact; its breakdowns and quantiles are
 *     not kept (zero / empty)</li>
 * </ul>
 */
public final class UnitKpis {
    /** The windows, in the order of {@link #kpis(int)}. */
    public static final int TODAY = 0;
    public static final int YESTERDAY = 1;
    public static final int LAST_24H = 2;
    public static final int LAST_7D = 3;

    private final String code;
    private final Level level;
    private final long open;
    private final long overdue;
    private final OptionalLong openYesterday;
    private final OptionalLong overdueYesterday;
    private final Supplier<Kpis>[] sources;
    private final Kpis[] cache;
    private final Supplier<Kpis> thenYesterday;
    private Kpis thenYesterdayKpis;
    private boolean thenYesterdayDone;

    public UnitKpis(String code, Level level, long open, long overdue, OptionalLong openYesterday,
                    OptionalLong overdueYesterday, Supplier<Kpis>[] windows) {
        this(code, level, open, overdue, openYesterday, overdueYesterday, windows, () -> null);
    }

    /** @param thenYesterday yesterday's cohort as it stood at this minute yesterday, or a supplier of null */
    public UnitKpis(String code, Level level, long open, long overdue, OptionalLong openYesterday,
                    OptionalLong overdueYesterday, Supplier<Kpis>[] windows, Supplier<Kpis> thenYesterday) {
        this.thenYesterday = thenYesterday;
        this.code = code;
        this.level = level;
        this.open = open;
        this.overdue = overdue;
        this.openYesterday = openYesterday;
        this.overdueYesterday = overdueYesterday;
        this.sources = windows.clone();
        this.cache = new Kpis[windows.length];
    }

    /**
     * Yesterday's cohort as it stood at this minute yesterday (see the class comment), or empty
     * when the store did not run then.
     */
    public synchronized java.util.Optional<Kpis> todayAtThisTimeYesterday() {
        if (!thenYesterdayDone) {
            thenYesterdayKpis = thenYesterday.get();
            thenYesterdayDone = true;
        }
        return java.util.Optional.ofNullable(thenYesterdayKpis);
    }

    public String code() {
        return code;
    }

    /** The unit's level; null for the root. */
    public Level level() {
        return level;
    }

    public long open() {
        return open;
    }

    public long overdue() {
        return overdue;
    }

    public OptionalLong openYesterday() {
        return openYesterday;
    }

    public OptionalLong overdueYesterday() {
        return overdueYesterday;
    }

    public Kpis today() {
        return kpis(TODAY);
    }

    public Kpis yesterday() {
        return kpis(YESTERDAY);
    }

    public Kpis last24h() {
        return kpis(LAST_24H);
    }

    public Kpis last7d() {
        return kpis(LAST_7D);
    }

    /** KPIs of window w ({@link #TODAY} .. {@link #LAST_7D}). */
    public Kpis kpis(int w) {
        Kpis k;
        synchronized (cache) {
            k = cache[w];
        }
        if (k == null) {
            k = sources[w].get();
            synchronized (cache) {
                if (cache[w] == null) {
                    cache[w] = k;
                }
                k = cache[w];
            }
        }
        return k;
    }

    @Override
    public String toString() {
        return "UnitKpis[" + code + " open=" + open + " overdue=" + overdue + "]";
    }
}
