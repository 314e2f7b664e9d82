package com.gridwall.ui.panel;

import java.time.ZoneId;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Skin;

/**
 * The wall clock: localised date and weekday, and the time large ("2026年11月26日 星期四  20:01:37").
 * Shows {@link #nowProperty()}, so in replay it shows the replayed time. FX thread only.
 */
public class ClockLabel extends WallControl {
    private final ObjectProperty<ZoneId> zone = new SimpleObjectProperty<>(this, "zone", ZoneId.systemDefault());

    public ClockLabel() {
        getStyleClass().add("clock-label");
    }

    public final ObjectProperty<ZoneId> zoneProperty() {
        return zone;
    }

    public final ZoneId getZone() {
        return zone.get() == null ? ZoneId.systemDefault() : zone.get();
    }

    public final void setZone(ZoneId z) {
        zone.set(z);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new ClockLabelSkin(this);
    }
}
