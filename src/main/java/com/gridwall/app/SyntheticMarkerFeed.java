package com.gridwall.app;

import com.gridwall.domain.Level;
import com.gridwall.domain.UnitInfo;
import com.gridwall.geo.GridMap;
import com.gridwall.ui.map.layer.MapOverlayModel;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The big case of {@code bench wall}: {@code points} live markers spread over the grids of a synthetic
 * map (a store for 40,000 grids and 100,000 open markers would need more memory than the benchmark
 * machine should spend), renewed by a producer thread at {@code rate} new incidents per second and
 * published as immutable {@link MapOverlayModel}s through one reference, like the store's snapshots.
 * Choropleth values are a fixed function of the unit code and the time. Thread-safe.
 */
final class SyntheticMarkerFeed implements AutoCloseable {
    private final AtomicReference<MapOverlayModel> latest = new AtomicReference<>(MapOverlayModel.EMPTY);
    private final Thread producer;
    private volatile boolean running = true;

    SyntheticMarkerFeed(GridMap map, int points, int rate, long seed) {
        List<UnitInfo> grids = map.directory().at(Level.GRID);
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] lon = new double[points];
        double[] lat = new double[points];
        byte[] sev = new byte[points];
        long[] at = new long[points];
        long now = System.currentTimeMillis();
        for (int i = 0; i < points; i++) {
            place(grids, rnd, lon, lat, sev, i);
            at[i] = now - i * 10L;
        }
        latest.set(model(0, now, lon, lat, sev, at));
        producer = new Thread(() -> {
            double[] lo = lon;
            double[] la = lat;
            byte[] sv = sev;
            long[] ra = at;
            long version = 1;
            while (running) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
                // newest first, as in the store: shift the arrays and put rate/20 new incidents in front
                int fresh = Math.max(1, rate / 20);
                double[] nlo = new double[points];
                double[] nla = new double[points];
                byte[] nsv = new byte[points];
                long[] nra = new long[points];
                System.arraycopy(lo, 0, nlo, fresh, points - fresh);
                System.arraycopy(la, 0, nla, fresh, points - fresh);
                System.arraycopy(sv, 0, nsv, fresh, points - fresh);
                System.arraycopy(ra, 0, nra, fresh, points - fresh);
                long t = System.currentTimeMillis();
                for (int i = 0; i < fresh; i++) {
                    place(grids, rnd, nlo, nla, nsv, i);
                    nra[i] = t;
                }
                lo = nlo;
                la = nla;
                sv = nsv;
                ra = nra;
                latest.set(model(version++, t, lo, la, sv, ra));
            }
        }, "synthetic-markers");
        producer.setDaemon(true);
    }

    SyntheticMarkerFeed start() {
        producer.start();
        return this;
    }

    MapOverlayModel latest() {
        return latest.get();
    }

    private static void place(List<UnitInfo> grids, SplittableRandom rnd, double[] lon, double[] lat, byte[] sev, int i) {
        // cluster: a third of the incidents in the first tenth of the grids, so the heatmap has hot spots
        int g = rnd.nextInt(3) == 0 ? rnd.nextInt(Math.max(1, grids.size() / 10)) : rnd.nextInt(grids.size());
        UnitInfo u = grids.get(g);
        double r = Math.sqrt(Math.max(u.areaKm2(), 0.01)) / 111.0 / 3;
        lon[i] = u.lon() + (rnd.nextDouble() - 0.5) * r;
        lat[i] = u.lat() + (rnd.nextDouble() - 0.5) * r;
        int s = rnd.nextInt(100);
        sev[i] = (byte) (s < 50 ? 1 : s < 80 ? 2 : s < 95 ? 3 : 4);
    }

    private static MapOverlayModel model(long version, long t, double[] lon, double[] lat, byte[] sev, long[] at) {
        long minute = t / 60_000;
        return new MapOverlayModel(version, t, (code, metric) -> {
            int h = (code.hashCode() * 31 + (int) minute) & 0x7fffffff;
            return switch (metric) {
                case OPEN -> h % 40;
                case OVERDUE -> h % 7;
                case DENSITY -> h % 300;
                case COMPLETION -> (h % 101) / 100.0;
            };
        }, lon, lat, sev, at, lon.length);
    }

    @Override
    public void close() {
        running = false;
        producer.interrupt();
    }
}
