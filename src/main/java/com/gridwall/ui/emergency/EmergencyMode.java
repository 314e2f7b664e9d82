package com.gridwall.ui.emergency;

import com.gridwall.store.snapshot.WallSnapshot;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The emergency state of the wall: none, or one declared {@link Emergency}, and the newest
 * {@link EmergencyPicture} of it. No layout here: {@link EmergencyController} switches the wall.
 * Feed it the wall's one snapshot per pulse with {@link #setSnapshot}. Confined to the FX thread.
 */
public final class EmergencyMode {
    private final ReadOnlyObjectWrapper<Emergency> active = new ReadOnlyObjectWrapper<>(this, "active");
    private final ObjectProperty<EmergencyPicture> picture = new SimpleObjectProperty<>(this, "picture");
    private WallSnapshot snapshot;

    public ReadOnlyObjectProperty<Emergency> activeProperty() {
        return active.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<EmergencyPicture> pictureProperty() {
        return picture;
    }

    public boolean isActive() {
        return active.get() != null;
    }

    /** Now, on the store's clock when a snapshot has arrived, else the system clock. */
    public long now() {
        return snapshot != null ? snapshot.asOf().toEpochMilli() : System.currentTimeMillis();
    }

    /** Declares an emergency over {@code unitCodes}; replaces none: an active one must be ended first. */
    public Emergency declare(EmergencyKind kind, Set<String> unitCodes, String areaName) {
        if (isActive()) {
            throw new IllegalStateException("an emergency is already active: " + active.get().kind());
        }
        if (unitCodes.isEmpty()) {
            throw new IllegalArgumentException("an emergency needs at least one unit");
        }
        Emergency e = new Emergency(kind, unitCodes, areaName, now(), 0, 0, java.util.List.of());
        active.set(e);
        refresh();
        return e;
    }

    /** Changes the red summons tally by the given steps (may be negative; counts never drop below zero, arrived never above called). */
    public void summons(int calledStep, int arrivedStep) {
        Emergency e = active.get();
        if (e == null) {
            return;
        }
        int called = Math.max(0, e.called() + calledStep);
        int arrived = Math.max(0, Math.min(called, e.arrived() + arrivedStep));
        if (called == e.called() && arrived == e.arrived()) {
            return;
        }
        String step = arrived != e.arrived() ? "summons.arrived" : "summons.called";
        active.set(e.withSummons(called, arrived, new TimelineEntry(now(), step, arrived + "/" + called)));
        refresh();
    }

    /** Ends the active emergency and returns its last picture (null if none was active). */
    public EmergencyPicture end() {
        if (!isActive()) {
            return null;
        }
        refresh();
        EmergencyPicture last = picture.get();
        active.set(null);
        picture.set(null);
        return last;
    }

    public void setSnapshot(WallSnapshot s) {
        if (s != snapshot) {
            snapshot = s;
            refresh();
        }
    }

    private void refresh() {
        Emergency e = active.get();
        picture.set(e == null ? null : EmergencyPicture.of(e, snapshot));
    }
}
