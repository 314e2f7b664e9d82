package com.gridwall.store.snapshot;

import com.gridwall.domain.Category;
import com.gridwall.domain.EventType;
import com.gridwall.domain.Source;

/**
 * One recent lifecycle event for the ticker. Unit codes are null when unknown (the grid code
 * is absent for points outside every grid; ancestors are absent for unknown grid codes).
 *
 * @param status  the incident's status now (not at the event)
 * @param ts      event time, epoch ms UTC
 */
public record RecentEvent(long seq, String incidentId, EventType type, Category category, Source source,
                          int severity, String gridCode, String communityCode, String streetCode,
                          String districtCode, long ts, EventType status) {
}
