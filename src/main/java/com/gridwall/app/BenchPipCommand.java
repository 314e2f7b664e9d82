package com.gridwall.app;

import com.gridwall.domain.GridResolver;
import com.gridwall.domain.Level;
import com.gridwall.geo.GridMap;
import com.gridwall.geo.generate.SyntheticGridMap;
import com.gridwall.geo.index.GridLocator;
import com.gridwall.geo.index.PreparedGridIndex;
import com.gridwall.geo.io.MapLoader;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code bench pip [--points N] [--rounds R] [--grids G] [--seed S]}: point-in-polygon throughput
 * of {@link GridLocator} against the STRtree + PreparedGeometry peer, on the same random points,
 * in the same run, interleaved (the order rotates every round) and repeated; medians are
 * reported, on one thread and on two. Also shown: the locator without its cell shortcut (tree and
 * locators only). First checks that all three give identical answers. The last line reports the
 * single-thread figures on the synthetic map.
 */
final class BenchPipCommand implements Command {
    /** Keeps the JIT from discarding the lookups. */
    private static volatile long sink;

    private record Figures(double locatorPps, double treeOnlyPps, double peerPps) {
        double speedup() {
            return locatorPps / peerPps;
        }
    }

    @Override
    public int run(Args args) throws Exception {
        int points = (int) args.getLong("points", 1_000_000);
        int rounds = (int) args.getLong("rounds", 5);
        int grids = (int) args.getLong("grids", 40_000);
        long seed = args.getLong("seed", 42);
        System.out.printf(Locale.ROOT, "pip-bench: %d random points per round, %d rounds, median points/s; peer = STRtree + PreparedGeometry.covers%n",
                points, rounds);
        run("hongqi", MapLoader.loadResource(MapLoader.DEFAULT_RESOURCE), points, rounds, seed);
        long t0 = System.nanoTime();
        GridMap synthetic = SyntheticGridMap.generate(grids, seed);
        System.out.printf(Locale.ROOT, "synthetic map of %d grids generated in %.0f ms%n",
                synthetic.unitsAt(Level.GRID).size(), (System.nanoTime() - t0) / 1e6);
        Figures single = run("synthetic", synthetic, points, rounds, seed);
        System.out.printf(Locale.ROOT, "pip-bench grids=%d locator_pps=%.0f peer_pps=%.0f speedup=%.2f%n",
                synthetic.unitsAt(Level.GRID).size(), single.locatorPps(), single.peerPps(), single.speedup());
        return 0;
    }

    /** Benchmarks one map; returns the single-thread figures. */
    private static Figures run(String label, GridMap map, int n, int rounds, long seed) throws Exception {
        int gridCount = map.unitsAt(Level.GRID).size();
        long t0 = System.nanoTime();
        GridLocator locator = GridLocator.forMap(map);
        long t1 = System.nanoTime();
        GridLocator treeOnly = GridLocator.withoutShortcut(map.unitsAt(Level.GRID));
        PreparedGridIndex peer = new PreparedGridIndex(map.unitsAt(Level.GRID));
        long t2 = System.nanoTime();
        System.out.printf(Locale.ROOT, "%s grids=%d build: locator %.0f ms (cell shortcut answers %.0f%% of cells), tree-only + peer %.0f ms%n",
                label, gridCount, (t1 - t0) / 1e6, locator.shortcutShare() * 100, (t2 - t1) / 1e6);

        double[] xs = new double[n];
        double[] ys = new double[n];
        var b = map.bounds();
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < n; i++) {
            xs[i] = b.getMinX() + random.nextDouble() * b.getWidth();
            ys[i] = b.getMinY() + random.nextDouble() * b.getHeight();
        }
        int differ = 0;
        int outside = 0;
        for (int i = 0; i < n; i++) {
            String a = locator.gridAt(xs[i], ys[i]);
            differ += Objects.equals(a, peer.gridAt(xs[i], ys[i])) && Objects.equals(a, treeOnly.gridAt(xs[i], ys[i])) ? 0 : 1;
            outside += a == null ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "%s grids=%d identical=%s (%d differ, %d points outside every grid)%n",
                label, gridCount, differ == 0, differ, outside);

        Figures single = null;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int threads = 1; threads <= 2; threads++) {
                double[] loc = new double[rounds];
                double[] tree = new double[rounds];
                double[] ref = new double[rounds];
                for (int r = 0; r < rounds; r++) {
                    // rotate the order every round so no contender always runs first or last
                    for (int k = 0; k < 3; k++) {
                        switch ((r + k) % 3) {
                            case 0 -> loc[r] = pps(locator, xs, ys, threads, pool);
                            case 1 -> tree[r] = pps(treeOnly, xs, ys, threads, pool);
                            default -> ref[r] = pps(peer, xs, ys, threads, pool);
                        }
                    }
                }
                Figures f = new Figures(median(loc), median(tree), median(ref));
                System.out.printf(Locale.ROOT, "%s grids=%d threads=%d locator_pps=%.0f tree_only_pps=%.0f peer_pps=%.0f speedup=%.2f%n",
                        label, gridCount, threads, f.locatorPps(), f.treeOnlyPps(), f.peerPps(), f.speedup());
                if (threads == 1) {
                    single = f;
                }
            }
        } finally {
            pool.shutdown();
        }
        return single;
    }

    /** Points per second over all points, split between {@code threads} threads. */
    private static double pps(GridResolver r, double[] xs, double[] ys, int threads, ExecutorService pool) throws Exception {
        long start = System.nanoTime();
        if (threads == 1) {
            sink += lookups(r, xs, ys, 0, xs.length);
        } else {
            int half = xs.length / 2;
            Future<Long> a = pool.submit(() -> lookups(r, xs, ys, 0, half));
            Future<Long> b = pool.submit(() -> lookups(r, xs, ys, half, xs.length));
            sink += a.get() + b.get();
        }
        return xs.length / ((System.nanoTime() - start) / 1e9);
    }

    private static long lookups(GridResolver r, double[] xs, double[] ys, int from, int to) {
        long h = 0;
        for (int i = from; i < to; i++) {
            String g = r.gridAt(xs[i], ys[i]);
            h += g == null ? 0 : g.length();
        }
        return h;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
