package com.gridwall.ui.panel;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Skin;

/**
 * The live incident stream, newest on top, bounded to {@link #capacityProperty()} lines (200 by
 * default; the oldest fall off) and virtualised: a ListView whose few cells are reused, so 200
 * lines cost as many nodes as fit on screen. A line that was not there before pulses once.
 * FX thread only.
 */
public class IncidentTicker extends WallControl {
    public static final int DEFAULT_CAPACITY = 200;

    private final ObservableList<TickerItem> items = FXCollections.observableArrayList();
    private final ObservableList<TickerItem> readOnly = FXCollections.unmodifiableObservableList(items);
    private final IntegerProperty capacity = new SimpleIntegerProperty(this, "capacity", DEFAULT_CAPACITY);
    private final ObjectProperty<Consumer<TickerItem>> onSelect = new SimpleObjectProperty<>(this, "onSelect");
    private final Set<String> fresh = new HashSet<>();

    public IncidentTicker() {
        getStyleClass().add("incident-ticker");
        capacity.addListener((o, was, is) -> trim());
    }

    /** The lines shown, newest first (read-only; use {@link #push} or {@link #setAll}). */
    public final ObservableList<TickerItem> getItems() {
        return readOnly;
    }

    /** Adds one line on top; the oldest beyond capacity fall off. It pulses when shown. */
    public final void push(TickerItem item) {
        items.add(0, item);
        fresh.add(item.eventId());
        trim();
    }

    /**
     * Replaces the lines with a snapshot's recent events (newest first), keeping at most capacity.
     * Lines not shown before pulse; on the very first fill nothing pulses (nothing is "new" then).
     */
    public final void setAll(List<TickerItem> newestFirst) {
        int cap = Math.max(0, capacity.get());
        List<TickerItem> next = new ArrayList<>(newestFirst.subList(0, Math.min(cap, newestFirst.size())));
        if (!items.isEmpty()) {
            Set<String> before = new HashSet<>();
            for (TickerItem t : items) {
                before.add(t.eventId());
            }
            for (TickerItem t : next) {
                if (!before.contains(t.eventId())) {
                    fresh.add(t.eventId());
                }
            }
        }
        items.setAll(next);
        Set<String> shown = new HashSet<>();
        for (TickerItem t : next) {
            shown.add(t.eventId());
        }
        fresh.retainAll(shown);
    }

    private void trim() {
        int cap = Math.max(0, capacity.get());
        if (items.size() > cap) {
            List<TickerItem> dropped = items.subList(cap, items.size());
            for (TickerItem t : dropped) {
                fresh.remove(t.eventId());
            }
            dropped.clear();
        }
    }

    /** True once for a line that should pulse; the cell that shows it first consumes the pulse. */
    final boolean consumeFresh(String eventId) {
        return fresh.remove(eventId);
    }

    public final IntegerProperty capacityProperty() {
        return capacity;
    }

    public final void setCapacity(int n) {
        capacity.set(n);
    }

    /** Called when a line is clicked (e.g. to fly the map to it). */
    public final ObjectProperty<Consumer<TickerItem>> onSelectProperty() {
        return onSelect;
    }

    public final void setOnSelect(Consumer<TickerItem> c) {
        onSelect.set(c);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new IncidentTickerSkin(this);
    }
}
