package com.gridwall.ui.emergency;

import com.gridwall.domain.Category;
import com.gridwall.domain.EventType;

/** An incident in the emergency area as last seen in the wall's recent events. Immutable. */
public record AreaIncident(String incidentId, Category category, int severity, EventType status, String place,
                           long lastEventAt) {
}
