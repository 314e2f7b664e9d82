package com.gridwall.ui.alert;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The open alerts, grouped by kind and category, so a burst of 50 fire incidents is one line
 * with a count, never 50 lines. An alert already open, or already acknowledged (remembered for
 * the last {@value #REMEMBERED_ACKS} incidents), is not raised again: a snapshot adapter may
 * report the same incident every frame. Plain logic, no JavaFX; not thread-safe (FX thread).
 */
public final class AlertBoard {
    static final int REMEMBERED_ACKS = 10_000;

    private final Map<AlertGroup.Key, List<WallAlert>> open = new HashMap<>();
    private final Map<AlertGroup.Key, Long> lastRaised = new HashMap<>();
    private final Set<String> openIds = new java.util.HashSet<>();
    private final LinkedHashSet<String> acknowledged = new LinkedHashSet<>();
    private long raiseCounter;

    /** Adds an alert to its group; false if it is already open or was acknowledged. */
    public boolean raise(WallAlert alert) {
        String id = identity(alert);
        if (openIds.contains(id) || acknowledged.contains(id)) {
            return false;
        }
        AlertGroup.Key key = new AlertGroup.Key(alert.kind(), alert.category());
        open.computeIfAbsent(key, k -> new ArrayList<>()).add(alert);
        openIds.add(id);
        lastRaised.put(key, ++raiseCounter);
        return true;
    }

    /**
     * The groups in display order: critical before overdue, then the group raised most recently
     * first, so the newest trouble is on top.
     */
    public List<AlertGroup> groups() {
        List<AlertGroup> groups = new ArrayList<>();
        for (Map.Entry<AlertGroup.Key, List<WallAlert>> e : open.entrySet()) {
            groups.add(new AlertGroup(e.getKey().kind(), e.getKey().category(), e.getValue()));
        }
        groups.sort(Comparator.comparing(AlertGroup::kind)
                .thenComparing(Comparator.comparingLong((AlertGroup g) -> lastRaised.get(g.key())).reversed()));
        return groups;
    }

    /** Closes a group and says who closed it when; empty if the group is not open. */
    public Optional<Acknowledgement> acknowledge(AlertGroup.Key key, String who, Instant when) {
        List<WallAlert> alerts = open.remove(key);
        if (alerts == null) {
            return Optional.empty();
        }
        lastRaised.remove(key);
        List<String> ids = new ArrayList<>();
        for (WallAlert a : alerts) {
            String id = identity(a);
            openIds.remove(id);
            acknowledged.add(id);
            ids.add(a.incidentId());
        }
        while (acknowledged.size() > REMEMBERED_ACKS) {
            acknowledged.remove(acknowledged.iterator().next());
        }
        return Optional.of(new Acknowledgement(who, when, key.kind(), key.category(), ids));
    }

    public int openAlertCount() {
        return openIds.size();
    }

    private static String identity(WallAlert a) {
        return a.kind() + "/" + a.incidentId();
    }
}
