package com.gridwall.ui.emergency;

import java.util.List;
import java.util.Set;

/**
 * One declared emergency: what, where (unit codes of any level; an event belongs to the area if its
 * grid, community, street or district code is one of them), when (store clock, epoch ms), and the red
 * summons (红色召集令) tally the duty leader keeps: responders called and arrived, with the time of each
 * change. Immutable; every change makes a new value.
 */
public record Emergency(EmergencyKind kind, Set<String> unitCodes, String areaName, long declaredAt,
                        int called, int arrived, List<TimelineEntry> summonsLog) {
    public Emergency {
        unitCodes = Set.copyOf(unitCodes);
        summonsLog = List.copyOf(summonsLog);
        if (called < 0 || arrived < 0) {
            throw new IllegalArgumentException("summons counts cannot be negative: called=" + called + " arrived=" + arrived);
        }
    }

    public boolean covers(String... codes) {
        for (String c : codes) {
            if (c != null && unitCodes.contains(c)) {
                return true;
            }
        }
        return false;
    }

    Emergency withSummons(int newCalled, int newArrived, TimelineEntry entry) {
        List<TimelineEntry> log = new java.util.ArrayList<>(summonsLog);
        log.add(entry);
        return new Emergency(kind, unitCodes, areaName, declaredAt, newCalled, newArrived, log);
    }
}
