package com.gridwall.store.agg;

import java.util.Arrays;

/**
 * Per-minute counts for the last {@link #MINUTES} minutes for each unit above grid level (and the
 * root): incidents received (by report minute), resolved (by resolution minute), and samples of
 * open and overdue taken whenever the store advances its clock in that minute (-1 if never).
 * A ring of minute slots, each tagged with the minute it holds; a slot is cleared when a newer
 * minute claims it, and updates for minutes older than the slot's tag are dropped, consistently
 * for additions and subtractions. Single writer.
 */
public final class TrendRing {
    public static final int MINUTES = 1500;

    private final int units;
    private final long[] tag = new long[MINUTES];
    private final int[] received;
    private final int[] resolved;
    private final int[] open;
    private final int[] overdue;

    /** Hour ring: the same counts summed per clock hour (epoch hour = minute / 60). */
    public static final int HOURS = 26;
    private final long[] hourTag = new long[HOURS];
    private final int[] hReceived;
    private final int[] hResolved;
    private final int[] hOpen;
    private final int[] hOverdue;

    public TrendRing(int units) {
        this.units = units;
        Arrays.fill(tag, Long.MIN_VALUE);
        Arrays.fill(hourTag, Long.MIN_VALUE);
        hReceived = new int[units * HOURS];
        hResolved = new int[units * HOURS];
        hOpen = new int[units * HOURS];
        hOverdue = new int[units * HOURS];
        Arrays.fill(hOpen, -1);
        Arrays.fill(hOverdue, -1);
        received = new int[units * MINUTES];
        resolved = new int[units * MINUTES];
        open = new int[units * MINUTES];
        overdue = new int[units * MINUTES];
        Arrays.fill(open, -1);
        Arrays.fill(overdue, -1);
    }

    /** The slot for minute m, claiming it if m is newer than its tag; -1 if m is too old. */
    private int slot(long m) {
        int s = (int) Math.floorMod(m, (long) MINUTES);
        if (tag[s] == m) {
            return s;
        }
        if (tag[s] > m) {
            return -1;
        }
        tag[s] = m;
        for (int u = 0; u < units; u++) {
            received[u * MINUTES + s] = 0;
            resolved[u * MINUTES + s] = 0;
            open[u * MINUTES + s] = -1;
            overdue[u * MINUTES + s] = -1;
        }
        return s;
    }

    private int hourSlot(long h) {
        int s = (int) Math.floorMod(h, (long) HOURS);
        if (hourTag[s] == h) {
            return s;
        }
        if (hourTag[s] > h) {
            return -1;
        }
        hourTag[s] = h;
        for (int u = 0; u < units; u++) {
            hReceived[u * HOURS + s] = 0;
            hResolved[u * HOURS + s] = 0;
            hOpen[u * HOURS + s] = -1;
            hOverdue[u * HOURS + s] = -1;
        }
        return s;
    }

    private int readHourSlot(long h) {
        int s = (int) Math.floorMod(h, (long) HOURS);
        return hourTag[s] == h ? s : -1;
    }

    public int hourReceived(int unit, long hour) {
        int s = readHourSlot(hour);
        return s < 0 ? 0 : hReceived[unit * HOURS + s];
    }

    public int hourResolved(int unit, long hour) {
        int s = readHourSlot(hour);
        return s < 0 ? 0 : hResolved[unit * HOURS + s];
    }

    /** The last sample taken in that hour, or -1. */
    public int hourOpen(int unit, long hour) {
        int s = readHourSlot(hour);
        return s < 0 ? -1 : hOpen[unit * HOURS + s];
    }

    public int hourOverdue(int unit, long hour) {
        int s = readHourSlot(hour);
        return s < 0 ? -1 : hOverdue[unit * HOURS + s];
    }

    private int readSlot(long m) {
        int s = (int) Math.floorMod(m, (long) MINUTES);
        return tag[s] == m ? s : -1;
    }

    public void addReceived(int unit, long minute, int delta) {
        int s = slot(minute);
        if (s >= 0) {
            received[unit * MINUTES + s] += delta;
        }
        int h = hourSlot(Math.floorDiv(minute, 60));
        if (h >= 0) {
            hReceived[unit * HOURS + h] += delta;
        }
    }

    public void addResolved(int unit, long minute, int delta) {
        int s = slot(minute);
        if (s >= 0) {
            resolved[unit * MINUTES + s] += delta;
        }
        int h = hourSlot(Math.floorDiv(minute, 60));
        if (h >= 0) {
            hResolved[unit * HOURS + h] += delta;
        }
    }

    public void sample(int unit, long minute, long openNow, long overdueNow) {
        int s = slot(minute);
        if (s >= 0) {
            open[unit * MINUTES + s] = (int) openNow;
            overdue[unit * MINUTES + s] = (int) overdueNow;
        }
        int h = hourSlot(Math.floorDiv(minute, 60));
        if (h >= 0) {
            hOpen[unit * HOURS + h] = (int) openNow;
            hOverdue[unit * HOURS + h] = (int) overdueNow;
        }
    }

    /** Sets the open/overdue sample of one minute only (a backfill; {@link #sample} sets its hour too). */
    public void sampleMinute(int unit, long minute, int openThen, int overdueThen) {
        int s = slot(minute);
        if (s >= 0) {
            open[unit * MINUTES + s] = openThen;
            overdue[unit * MINUTES + s] = overdueThen;
        }
    }

    /** Sets the open/overdue sample of one clock hour (epoch hour) only. */
    public void sampleHour(int unit, long hour, int openThen, int overdueThen) {
        int h = hourSlot(hour);
        if (h >= 0) {
            hOpen[unit * HOURS + h] = openThen;
            hOverdue[unit * HOURS + h] = overdueThen;
        }
    }

    public int received(int unit, long minute) {
        int s = readSlot(minute);
        return s < 0 ? 0 : received[unit * MINUTES + s];
    }

    public int resolved(int unit, long minute) {
        int s = readSlot(minute);
        return s < 0 ? 0 : resolved[unit * MINUTES + s];
    }

    public int open(int unit, long minute) {
        int s = readSlot(minute);
        return s < 0 ? -1 : open[unit * MINUTES + s];
    }

    public int overdue(int unit, long minute) {
        int s = readSlot(minute);
        return s < 0 ? -1 : overdue[unit * MINUTES + s];
    }
}
