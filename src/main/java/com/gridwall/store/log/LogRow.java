package com.gridwall.store.log;

/** The fixed-width fields of one log row, filled by {@link EventLog#read}. Mutable scratch; not thread-safe. */
public final class LogRow {
    public long seq;
    public long ts;
    public long deadline;
    public double lon;
    public double lat;
    public int incident;
    public int grid;
    public int type;
    public int category;
    public int source;
    public int department;
    public int severity;
    public int satisfaction;
}
