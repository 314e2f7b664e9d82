package com.gridwall.feed.sim;

import com.gridwall.domain.Category;
import com.gridwall.domain.Level;
import com.gridwall.domain.UnitDirectory;
import com.gridwall.domain.UnitInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Where incidents happen. Grids get heavy-tailed weights (a few hot grids take much of the load,
 * urban ones more), each grid a recurring problem category and three fixed places near its interior
 * point, so the same complaint comes back at the same spot (高频问题). Flood and crowd scenarios
 * draw from their own grid sets. Built once from the seed; immutable afterwards.
 */
final class Places {
    static final int PLACES_PER_GRID = 3;
    private static final double[] PLACE_SHARE = {0.6, 0.25, 0.15};

    final UnitInfo[] grids;
    final Category[] habitual;
    final double[][] placeLon;
    final double[][] placeLat;
    private final double[] cumulative;
    private final int[] lowLying;
    private final int[] venue;

    Places(UnitDirectory directory, long seed) {
        List<UnitInfo> units = finest(directory);
        grids = units.toArray(new UnitInfo[0]);
        SplittableRandom rnd = new SplittableRandom(seed ^ 0x9E3779B97F4A7C15L);
        cumulative = new double[grids.length];
        habitual = new Category[grids.length];
        placeLon = new double[grids.length][PLACES_PER_GRID];
        placeLat = new double[grids.length][PLACES_PER_GRID];
        Category[] cats = Category.values();
        double sum = 0;
        for (int g = 0; g < grids.length; g++) {
            UnitInfo u = grids[g];
            // Pareto(alpha 1.3): a heavy tail of hotspots
            double w = Math.pow(1 - rnd.nextDouble(), -1 / 1.3) * (u.urban() ? 2 : 1);
            sum += w;
            cumulative[g] = sum;
            habitual[g] = cats[rnd.nextInt(cats.length)];
            // places stay well within the grid: a fraction of its radius around the interior point
            double radiusKm = 0.12 * Math.sqrt(Math.max(u.areaKm2(), 0.01));
            for (int p = 0; p < PLACES_PER_GRID; p++) {
                double ang = rnd.nextDouble() * 2 * Math.PI;
                double r = radiusKm * Math.sqrt(rnd.nextDouble());
                placeLat[g][p] = u.lat() + r * Math.sin(ang) / 111.32;
                placeLon[g][p] = u.lon() + r * Math.cos(ang) / (111.32 * Math.cos(Math.toRadians(u.lat())));
            }
        }
        for (int g = 0; g < grids.length; g++) {
            cumulative[g] /= sum;
        }
        lowLying = lowLying(grids, seed);
        venue = venue(directory, grids, seed);
    }

    int pickGrid(SplittableRandom rnd) {
        int i = Arrays.binarySearch(cumulative, rnd.nextDouble());
        return Math.min(grids.length - 1, i < 0 ? -i - 1 : i);
    }

    int pickLowLying(SplittableRandom rnd) {
        return lowLying[rnd.nextInt(lowLying.length)];
    }

    int pickVenue(SplittableRandom rnd) {
        return venue[rnd.nextInt(venue.length)];
    }

    static int pickPlace(SplittableRandom rnd) {
        double u = rnd.nextDouble();
        return u < PLACE_SHARE[0] ? 0 : u < PLACE_SHARE[0] + PLACE_SHARE[1] ? 1 : 2;
    }

    private static List<UnitInfo> finest(UnitDirectory d) {
        for (Level l = Level.GRID; l != null; l = l.ordinal() == 0 ? null : Level.values()[l.ordinal() - 1]) {
            if (!d.at(l).isEmpty()) {
                return d.at(l);
            }
        }
        throw new IllegalArgumentException("the unit directory is empty: the simulator needs grids to place incidents");
    }

    /**
     * No elevation data is at hand, so "low-lying" is a stand-in: the southern fifth of the grids
     * (rivers in the sample area run along its south), at least one grid.
     */
    private static int[] lowLying(UnitInfo[] grids, long seed) {
        Integer[] idx = new Integer[grids.length];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, Comparator.comparingDouble((Integer i) -> grids[i].lat()).thenComparing(i -> grids[i].code()));
        int n = Math.max(1, grids.length / 5);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = idx[i];
        }
        return out;
    }

    /** The grids of one community chosen by the seed (the event venue), or a handful of grids without hierarchy. */
    private static int[] venue(UnitDirectory d, UnitInfo[] grids, long seed) {
        List<UnitInfo> parents = d.at(Level.COMMUNITY);
        List<Integer> out = new ArrayList<>();
        if (!parents.isEmpty()) {
            String community = parents.get(new SplittableRandom(seed + 7).nextInt(parents.size())).code();
            for (int g = 0; g < grids.length; g++) {
                if (community.equals(grids[g].parentCode())) {
                    out.add(g);
                }
            }
        }
        if (out.isEmpty()) {
            int start = new SplittableRandom(seed + 7).nextInt(grids.length);
            for (int k = 0; k < Math.min(5, grids.length); k++) {
                out.add((start + k) % grids.length);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }
}
