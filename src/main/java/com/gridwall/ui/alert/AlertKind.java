package com.gridwall.ui.alert;

/** Why the wall raises an alert. Critical ones sort before overdue ones. */
public enum AlertKind {
    /** A new incident of severity 4 (紧急). */
    NEW_CRITICAL,
    /** An open incident just passed its deadline (超期). */
    NEWLY_OVERDUE
}
