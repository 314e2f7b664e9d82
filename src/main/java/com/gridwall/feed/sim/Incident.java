package com.gridwall.feed.sim;

import com.gridwall.domain.Category;
import com.gridwall.domain.Department;
import com.gridwall.domain.Event;
import com.gridwall.domain.EventType;
import com.gridwall.domain.Source;

/**
 * One simulated incident with its whole lifecycle planned at birth; it hands out its events one
 * by one, in time order. Owned by the simulator thread.
 */
final class Incident {
    final long number;
    final String id;
    final Category category;
    final Source source;
    final int severity;
    final String gridCode;
    final double lon;
    final double lat;
    final String summary;
    private final EventType[] types;
    private final long[] times;
    private final Department[] departments;
    private final long[] deadlines;
    private final int[] ratings;
    private final String[] notes;
    private final int steps;
    private int next;

    Incident(long number, String id, Category category, Source source, int severity, String gridCode,
             double lon, double lat, String summary, Plan plan) {
        this.number = number;
        this.id = id;
        this.category = category;
        this.source = source;
        this.severity = severity;
        this.gridCode = gridCode;
        this.lon = lon;
        this.lat = lat;
        this.summary = summary;
        this.types = plan.types;
        this.times = plan.times;
        this.departments = plan.departments;
        this.deadlines = plan.deadlines;
        this.ratings = plan.ratings;
        this.notes = plan.notes;
        this.steps = plan.size;
    }

    long nextTime() {
        return times[next];
    }

    boolean done() {
        return next >= steps;
    }

    Event emit(long seq) {
        int i = next++;
        boolean reported = types[i] == EventType.REPORTED;
        return new Event(seq, id + "-" + i, id, types[i], times[i], category, source, departments[i], severity,
                reported ? lon : Double.NaN, reported ? lat : Double.NaN, gridCode, deadlines[i], ratings[i],
                reported ? summary : notes[i]);
    }

    /** The planned transitions, built by {@link LifecyclePlanner}. */
    static final class Plan {
        private EventType[] types = new EventType[12];
        private long[] times = new long[12];
        private Department[] departments = new Department[12];
        private long[] deadlines = new long[12];
        private int[] ratings = new int[12];
        private String[] notes = new String[12];
        private int size;

        /** Adds a step at least 1 s after the previous one, so a lifecycle never runs backwards. */
        long add(EventType type, long time, Department dept, long deadline, int rating, String note) {
            long t = size == 0 ? time : Math.max(time, times[size - 1] + 1000);
            types[size] = type;
            times[size] = t;
            departments[size] = dept;
            deadlines[size] = deadline;
            ratings[size] = rating;
            notes[size] = note;
            size++;
            return t;
        }
    }
}
