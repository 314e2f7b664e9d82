package com.gridwall.ui.wall;

import com.gridwall.domain.Category;
import com.gridwall.domain.FeedHealth;
import com.gridwall.domain.Source;
import com.gridwall.geo.GridMap;
import com.gridwall.geo.MapUnit;
import com.gridwall.store.snapshot.DepartmentScore;
import com.gridwall.store.snapshot.Durations;
import com.gridwall.store.snapshot.Hotspot;
import com.gridwall.store.snapshot.Kpis;
import com.gridwall.store.snapshot.OverdueIncident;
import com.gridwall.store.snapshot.RecentEvent;
import com.gridwall.store.snapshot.Trend;
import com.gridwall.store.snapshot.UnitKpis;
import com.gridwall.store.snapshot.WallSnapshot;
import com.gridwall.ui.panel.BreakdownItem;
import com.gridwall.ui.panel.FeedHealthModel;
import com.gridwall.ui.panel.FeedState;
import com.gridwall.ui.panel.HotspotItem;
import com.gridwall.ui.panel.KpiKind;
import com.gridwall.ui.panel.KpiTileModel;
import com.gridwall.ui.panel.LocalText;
import com.gridwall.ui.panel.OverdueItem;
import com.gridwall.ui.panel.PlaceText;
import com.gridwall.ui.panel.RankItem;
import com.gridwall.ui.panel.TickerItem;
import com.gridwall.ui.panel.TrendModel;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Maps one {@link WallSnapshot}, scoped to a unit (null = the whole area), to the panels' view
 * models. Pure functions of their arguments: no JavaFX, testable without a scene. Stateless and
 * thread-safe (the map is read-only).
 */
public final class WallModels {
    private final GridMap map;
    private final ZoneId zone;

    public WallModels(GridMap map, ZoneId zone) {
        this.map = map;
        this.zone = zone;
    }

    /** The snapshot key of a scope: the unit's code, or {@link WallSnapshot#ROOT} for the whole area. */
    public static String key(MapUnit scope) {
        return scope == null ? WallSnapshot.ROOT : scope.code();
    }

    /** KPIs of the scope; a unit the store has not seen yet (no events) gives null. */
    public static UnitKpis kpisOf(WallSnapshot s, MapUnit scope) {
        return scope == null ? s.root() : s.unit(scope.code());
    }

    /** The ten KPI tiles of the scope, each with its value at the same time yesterday. */
    public List<KpiTileModel> tiles(WallSnapshot s, MapUnit scope) {
        UnitKpis u = kpisOf(s, scope);
        List<KpiTileModel> out = new ArrayList<>();
        if (u == null) {
            for (KpiKind k : KpiKind.values()) {
                out.add(KpiTileModel.absent(k));
            }
            return out;
        }
        Kpis t = u.today();
        // rates and times compare with yesterday's cohort as it stood at this time yesterday (the
        // store's sample); yesterday's cohort as it is now has had 24 h more to be resolved, so
        // without a sample they show no change rather than a misleading one. A count is the same either way.
        java.util.Optional<Kpis> y = u.todayAtThisTimeYesterday();
        out.add(KpiTileModel.of(KpiKind.RECEIVED_TODAY, t.received(), y.map(Kpis::received).orElse(u.yesterday().received())));
        out.add(new KpiTileModel(KpiKind.OPEN, OptionalDouble.of(u.open()), opt(u.openYesterday())));
        out.add(new KpiTileModel(KpiKind.OVERDUE, OptionalDouble.of(u.overdue()), opt(u.overdueYesterday())));
        out.add(new KpiTileModel(KpiKind.COMPLETION_RATE, t.completionRate(), then(y, Kpis::completionRate)));
        out.add(new KpiTileModel(KpiKind.TIMELY_RATE, t.timelyRate(), then(y, Kpis::timelyRate)));
        out.add(new KpiTileModel(KpiKind.DISPUTE_RESOLUTION, t.disputeResolutionRate(), then(y, Kpis::disputeResolutionRate)));
        out.add(new KpiTileModel(KpiKind.SATISFACTION, t.satisfactionRate(), then(y, Kpis::satisfactionRate)));
        out.add(new KpiTileModel(KpiKind.DISPATCH_ACCURACY, t.dispatchAccuracy(), then(y, Kpis::dispatchAccuracy)));
        out.add(new KpiTileModel(KpiKind.TIME_TO_DISPATCH, mean(t.timeToDispatch()), then(y, k -> mean(k.timeToDispatch()))));
        out.add(new KpiTileModel(KpiKind.TIME_TO_RESOLVE, mean(t.timeToResolve()), then(y, k -> mean(k.timeToResolve()))));
        return out;
    }

    private static OptionalDouble then(java.util.Optional<Kpis> y, java.util.function.Function<Kpis, OptionalDouble> f) {
        return y.map(f).orElse(OptionalDouble.empty());
    }

    private static OptionalDouble opt(OptionalLong v) {
        return v.isPresent() ? OptionalDouble.of(v.getAsLong()) : OptionalDouble.empty();
    }

    private static OptionalDouble mean(Durations d) {
        return d == null ? OptionalDouble.empty() : d.meanSeconds();
    }

    /**
     * The scope's hourly trend over 24 h; grids have none in the store, so a grid shows its
     * community's (the nearest unit above that has one).
     */
    public TrendModel trend(WallSnapshot s, MapUnit scope) {
        Trend t = null;
        for (MapUnit u = scope; u != null && t == null; u = parent(u)) {
            t = s.hourlyTrends().get(u.code());
        }
        if (t == null) {
            t = s.hourlyTrends().get(WallSnapshot.ROOT);
        }
        if (t == null || t.buckets() == 0) {
            return null;
        }
        LocalDateTime start = LocalDateTime.ofInstant(Instant.ofEpochMilli(t.firstBucketStart()), zone);
        return new TrendModel(start, (int) (t.bucketMillis() / 60_000), t.receivedArray(), t.resolvedArray(),
                t.buckets() - 1);
    }

    private MapUnit parent(MapUnit u) {
        return u.parentCode() == null ? null : map.unit(u.parentCode());
    }

    public List<BreakdownItem> byCategory(WallSnapshot s, MapUnit scope) {
        UnitKpis u = kpisOf(s, scope);
        List<BreakdownItem> out = new ArrayList<>();
        if (u != null) {
            for (Category c : Category.values()) {
                long n = u.today().byCategory().count(c);
                if (n > 0) {
                    out.add(new BreakdownItem(LocalText.of(c), n));
                }
            }
        }
        return out;
    }

    public List<BreakdownItem> bySource(WallSnapshot s, MapUnit scope) {
        UnitKpis u = kpisOf(s, scope);
        List<BreakdownItem> out = new ArrayList<>();
        if (u != null) {
            for (Source c : Source.values()) {
                long n = u.today().bySource().count(c);
                if (n > 0) {
                    out.add(new BreakdownItem(LocalText.of(c), n));
                }
            }
        }
        return out;
    }

    /** Recent events in the scope, newest first, with the map's street / community / grid names. */
    public List<TickerItem> ticker(WallSnapshot s, MapUnit scope) {
        List<TickerItem> out = new ArrayList<>();
        for (RecentEvent e : s.recent()) {
            if (inScope(scope, e.gridCode(), e.communityCode(), e.streetCode(), e.districtCode())) {
                String grid = name(e.gridCode());
                String community = name(e.communityCode());
                // grid names carry their community (新兴社区第7网格): do not say it twice on a one-line row
                if (!grid.isEmpty() && grid.startsWith(PlaceText.shortName(community))) {
                    community = "";
                }
                out.add(new TickerItem(Long.toString(e.seq()), e.incidentId(), e.severity(), e.category(),
                        name(e.streetCode()), community, grid, Instant.ofEpochMilli(e.ts()), e.status()));
            }
        }
        return out;
    }

    /** Overdue incidents in the scope, most overdue first (the store's order). */
    public List<OverdueItem> overdue(WallSnapshot s, MapUnit scope) {
        List<OverdueItem> out = new ArrayList<>();
        for (OverdueIncident o : s.overdue()) {
            if (inScope(scope, o.gridCode(), o.communityCode(), o.streetCode(), o.districtCode())) {
                out.add(new OverdueItem(o.incidentId(), o.category(), o.department(),
                        place(o.communityCode(), o.gridCode()), Instant.ofEpochMilli(o.deadline())));
            }
        }
        return out;
    }

    /** Departments of the scope by today's timely rate (the control ranks them). */
    public List<RankItem> ranking(WallSnapshot s, MapUnit scope) {
        UnitKpis u = kpisOf(s, scope);
        List<RankItem> out = new ArrayList<>();
        if (u != null) {
            for (DepartmentScore d : u.today().departmentsByTimelyRate()) {
                out.add(new RankItem(d.department(), d.timelyRate().orElse(Double.NaN), d.resolved()));
            }
        }
        return out;
    }

    /** Repeat-complaint hotspots (7 days) in the scope, highest first. */
    public List<HotspotItem> hotspots(WallSnapshot s, MapUnit scope) {
        List<HotspotItem> out = new ArrayList<>();
        for (Hotspot h : s.hotspots()) {
            if (inScope(scope, h.gridCode(), h.communityCode(), h.streetCode(), null)) {
                out.add(new HotspotItem(place(h.communityCode(), h.gridCode()), h.category(), (int) Math.min(
                        Integer.MAX_VALUE, h.count())));
            }
        }
        return out;
    }

    /** The feed's health as the bottom bar shows it. */
    public static FeedHealthModel health(FeedHealth h) {
        if (h == null) {
            return new FeedHealthModel(FeedState.OFFLINE, "", -1, Double.NaN, -1, -1);
        }
        FeedState state = switch (h.state()) {
            case CONNECTED, EMBEDDED -> FeedState.CONNECTED;
            case RECONNECTING, STALLED -> FeedState.RECONNECTING;
            case AUTH_REFUSED -> FeedState.AUTH_REFUSED;
            case STOPPED -> FeedState.OFFLINE;
        };
        return new FeedHealthModel(state, h.reason(), h.lagMs(), h.eventsPerSecond(), h.rejected(), h.lastSeq());
    }

    static boolean inScope(MapUnit scope, String grid, String community, String street, String district) {
        if (scope == null) {
            return true;
        }
        String c = scope.code();
        return c.equals(grid) || c.equals(community) || c.equals(street) || c.equals(district);
    }

    /** The map's name of a unit code; the code itself when the map does not know it, "" for null. */
    public String name(String code) {
        if (code == null) {
            return "";
        }
        MapUnit u = map.unit(code);
        return u == null ? code : u.name();
    }

    /**
     * A short place for one-line rows: the grid's name (the map's grid names already carry their
     * community, e.g. 新兴社区第9网格), else the community's.
     */
    public String place(String community, String grid) {
        String g = name(grid);
        return g.isEmpty() ? name(community) : g;
    }
}
