package com.gridwall.store.agg;

import java.util.Arrays;

/**
 * Open incidents that have a position, in the order they became open, as dense primitive arrays
 * so that the newest K can be copied for a snapshot by a short sequential scan. Closing an
 * incident leaves a tombstone; the arrays are compacted when tombstones outnumber live entries.
 * Single writer.
 */
public final class OpenMarkers {
    private double[] lon = new double[1024];
    private double[] lat = new double[1024];
    private byte[] severity = new byte[1024];
    private long[] reportedAt = new long[1024];
    private int[] incident = new int[1024];
    private int[] position = new int[0];
    private int size;
    private int dead;
    private long version;

    public void add(int inc, double x, double y, int sev, long at) {
        reserveIncidents(inc + 1);
        if (position[inc] >= 0) {
            remove(inc);
        }
        if (size == lon.length) {
            int cap = size * 2;
            lon = Arrays.copyOf(lon, cap);
            lat = Arrays.copyOf(lat, cap);
            severity = Arrays.copyOf(severity, cap);
            reportedAt = Arrays.copyOf(reportedAt, cap);
            incident = Arrays.copyOf(incident, cap);
        }
        lon[size] = x;
        lat[size] = y;
        severity[size] = (byte) sev;
        reportedAt[size] = at;
        incident[size] = inc;
        position[inc] = size++;
        version++;
    }

    /** Makes room for incidents 0..n-1 (so that adding them does not grow the position table). */
    public void reserveIncidents(int n) {
        if (n > position.length) {
            int old = position.length;
            position = Arrays.copyOf(position, Math.max(n, old + (old >> 1) + 1024));
            Arrays.fill(position, old, position.length, -1);
        }
    }

    public void remove(int inc) {
        if (inc >= position.length || position[inc] < 0) {
            return;
        }
        incident[position[inc]] = -1;
        position[inc] = -1;
        dead++;
        version++;
        if (dead > 4096 && dead * 2 > size) {
            compact();
        }
    }

    private void compact() {
        int n = 0;
        for (int k = 0; k < size; k++) {
            int inc = incident[k];
            if (inc < 0) {
                continue;
            }
            lon[n] = lon[k];
            lat[n] = lat[k];
            severity[n] = severity[k];
            reportedAt[n] = reportedAt[k];
            incident[n] = inc;
            position[inc] = n;
            n++;
        }
        size = n;
        dead = 0;
    }

    public int live() {
        return size - dead;
    }

    /** Changes whenever the set changes. */
    public long version() {
        return version;
    }

    /** Copies the newest {@code limit} live entries, newest first, into the out arrays; returns how many. */
    public int newest(int limit, double[] x, double[] y, byte[] sev, long[] at) {
        int n = 0;
        for (int k = size - 1; k >= 0 && n < limit; k--) {
            if (incident[k] < 0) {
                continue;
            }
            x[n] = lon[k];
            y[n] = lat[k];
            sev[n] = severity[k];
            at[n] = reportedAt[k];
            n++;
        }
        return n;
    }
}
