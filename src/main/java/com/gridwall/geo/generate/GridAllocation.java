package com.gridwall.geo.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shares a fixed number of grids among communities in proportion to area × density (urban
 * communities get denser grids than villages), by the largest-remainder method, so the counts
 * sum to exactly the total. Every community gets at least {@link #MIN_PER_COMMUNITY}. Stateless.
 */
final class GridAllocation {
    static final int MIN_PER_COMMUNITY = 2;

    /** A community to be gridded: its area in km² and its relative grid density. */
    record Claim(String code, double areaKm2, double density) {
    }

    private GridAllocation() {
    }

    /** Grid count per community code, in the claims' order; the values sum to {@code total}. */
    static Map<String, Integer> allocate(List<Claim> claims, int total) {
        int free = total - MIN_PER_COMMUNITY * claims.size();
        if (free < 0) {
            throw new IllegalArgumentException(total + " grids cannot give " + claims.size()
                    + " communities " + MIN_PER_COMMUNITY + " each");
        }
        double sum = claims.stream().mapToDouble(c -> c.areaKm2() * c.density()).sum();
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<double[]> remainders = new ArrayList<>(); // {index, remainder}
        int given = 0;
        for (int i = 0; i < claims.size(); i++) {
            double exact = free * claims.get(i).areaKm2() * claims.get(i).density() / sum;
            int whole = (int) Math.floor(exact);
            counts.put(claims.get(i).code(), MIN_PER_COMMUNITY + whole);
            given += whole;
            remainders.add(new double[] {i, exact - whole});
        }
        // largest remainders first; ties by list order, so the result is deterministic
        remainders.sort(Comparator.<double[]>comparingDouble(r -> -r[1]).thenComparingDouble(r -> r[0]));
        for (int r = 0; given < free; r++, given++) {
            counts.merge(claims.get((int) remainders.get(r)[0]).code(), 1, Integer::sum);
        }
        return counts;
    }
}
