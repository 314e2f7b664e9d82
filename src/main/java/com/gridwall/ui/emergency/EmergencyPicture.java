package com.gridwall.ui.emergency;

import com.gridwall.domain.EventType;
import com.gridwall.store.snapshot.RecentEvent;
import com.gridwall.store.snapshot.UnitKpis;
import com.gridwall.store.snapshot.WallSnapshot;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the emergency layout shows at one moment, derived from the emergency and one store snapshot:
 * the incidents in the area (from the snapshot's recent events, newest first, one line per incident),
 * open and overdue counts of the declared units, and the response timeline (declared; the first
 * report, dispatch, acceptance and resolution in the area since then; every summons change). The
 * recent events are bounded (200 in the store), so a long emergency's "first" steps are those still
 * in that window; the report says so. Immutable; build on any thread.
 */
public record EmergencyPicture(Emergency emergency, long asOf, List<AreaIncident> incidents, long open, long overdue,
                               List<TimelineEntry> timeline) {
    static final int MAX_INCIDENTS = 12;

    public static EmergencyPicture of(Emergency e, WallSnapshot s) {
        if (s == null) {
            List<TimelineEntry> t = new ArrayList<>();
            t.add(new TimelineEntry(e.declaredAt(), "declared", e.areaName()));
            t.addAll(e.summonsLog());
            return new EmergencyPicture(e, e.declaredAt(), List.of(), 0, 0, t);
        }
        Map<String, AreaIncident> byId = new LinkedHashMap<>();
        Map<EventType, RecentEvent> first = new EnumMap<>(EventType.class);
        for (RecentEvent r : s.recent()) {
            if (!e.covers(r.gridCode(), r.communityCode(), r.streetCode(), r.districtCode())) {
                continue;
            }
            if (!byId.containsKey(r.incidentId()) && byId.size() < MAX_INCIDENTS) {
                byId.put(r.incidentId(), new AreaIncident(r.incidentId(), r.category(), r.severity(), r.status(),
                        r.gridCode() != null ? r.gridCode() : r.communityCode(), r.ts()));
            }
            if (r.ts() >= e.declaredAt()) {
                // recent() is newest first: the last one seen is the earliest
                first.put(r.type(), r);
            }
        }
        long open = 0;
        long overdue = 0;
        for (String code : e.unitCodes()) {
            UnitKpis u = s.unit(code);
            if (u != null) {
                open += u.open();
                overdue += u.overdue();
            }
        }
        List<TimelineEntry> t = new ArrayList<>();
        t.add(new TimelineEntry(e.declaredAt(), "declared", e.areaName()));
        for (EventType type : new EventType[] {EventType.REPORTED, EventType.DISPATCHED, EventType.ACCEPTED, EventType.RESOLVED}) {
            RecentEvent r = first.get(type);
            if (r != null) {
                t.add(new TimelineEntry(r.ts(), "first." + type.name().toLowerCase(java.util.Locale.ROOT), r.incidentId()));
            }
        }
        t.addAll(e.summonsLog());
        t.sort(java.util.Comparator.comparingLong(TimelineEntry::at));
        return new EmergencyPicture(e, s.asOf().toEpochMilli(), List.copyOf(byId.values()), open, overdue, List.copyOf(t));
    }
}
