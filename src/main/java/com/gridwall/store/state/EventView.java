package com.gridwall.store.state;

/** One event's fields as the fold reads them (filled from an input batch or from the log). Mutable scratch. */
public final class EventView {
    public long row;
    public long seq;
    public long ts;
    public int type;
    public int category;
    public int source;
    public int department;
    public int severity;
    public double lon;
    public double lat;
    public int grid;
    public long deadline;
    public int satisfaction;

    public void copyFrom(EventView o) {
        row = o.row;
        seq = o.seq;
        ts = o.ts;
        type = o.type;
        category = o.category;
        source = o.source;
        department = o.department;
        severity = o.severity;
        lon = o.lon;
        lat = o.lat;
        grid = o.grid;
        deadline = o.deadline;
        satisfaction = o.satisfaction;
    }
}
