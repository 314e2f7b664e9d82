package com.gridwall.store.snapshot;

import com.gridwall.domain.Category;
import com.gridwall.domain.Department;
import com.gridwall.domain.EventType;

/**
 * An open incident past its deadline. {@code department} is null before dispatch.
 *
 * @param deadline   epoch ms UTC; the UI counts down/up from it
 * @param reportedAt epoch ms UTC
 */
public record OverdueIncident(String incidentId, Category category, Department department, int severity,
                              String gridCode, String communityCode, String streetCode, String districtCode,
                              long reportedAt, long deadline, EventType status) {
}
