package com.gridwall.ui.alert;

import com.gridwall.ui.panel.WallControl;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.control.Skin;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * On-wall alerts for new critical incidents and newly overdue ones. Alerts group by kind and
 * category and count ("3 起 消防 新增紧急事件"); at most {@code maxVisibleGroups} lines show, the
 * rest are summed in one "另有 N 组" line, so alerts never pile up beyond the screen. A group stays
 * until acknowledged: Enter or Space acknowledges the selected group (Up/Down select), a click on
 * its "确认" button acknowledges that group. Each acknowledgement goes to {@code onAcknowledge}
 * (who = {@code operator}, when = {@code ackClock}); the integrator writes the audit log.
 * {@code onFlyTo} is called with the alert when one is raised and when "定位" is clicked.
 * FX thread only.
 */
public class AlertBanner extends WallControl {
    private static final PseudoClass EMPTY = PseudoClass.getPseudoClass("empty");

    private final AlertBoard board = new AlertBoard();
    private final ObservableList<AlertGroup> groups = FXCollections.observableArrayList();
    private final ObservableList<AlertGroup> readOnlyGroups = FXCollections.unmodifiableObservableList(groups);
    private final IntegerProperty selectedIndex = new SimpleIntegerProperty(this, "selectedIndex", 0);
    private final IntegerProperty maxVisibleGroups = new SimpleIntegerProperty(this, "maxVisibleGroups", 3);
    private final StringProperty operator = new SimpleStringProperty(this, "operator", "duty-operator");
    private final ObjectProperty<Clock> ackClock = new SimpleObjectProperty<>(this, "ackClock", Clock.systemUTC());
    private final ObjectProperty<ZoneId> zone = new SimpleObjectProperty<>(this, "zone", ZoneId.systemDefault());
    private final ObjectProperty<Consumer<Acknowledgement>> onAcknowledge = new SimpleObjectProperty<>(this, "onAcknowledge");
    private final ObjectProperty<Consumer<WallAlert>> onFlyTo = new SimpleObjectProperty<>(this, "onFlyTo");

    public AlertBanner() {
        getStyleClass().add("alert-banner");
        setFocusTraversable(true);
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        refresh();
    }

    private void onKey(KeyEvent e) {
        if (groups.isEmpty()) {
            return;
        }
        if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
            acknowledgeSelected();
            e.consume();
        } else if (e.getCode() == KeyCode.DOWN) {
            select(getSelectedIndex() + 1);
            e.consume();
        } else if (e.getCode() == KeyCode.UP) {
            select(getSelectedIndex() - 1);
            e.consume();
        }
    }

    /** Raises one alert (ignored if already open or acknowledged); flies the map to it. */
    public final boolean raise(WallAlert alert) {
        if (!board.raise(alert)) {
            return false;
        }
        refresh();
        if (onFlyTo.get() != null) {
            onFlyTo.get().accept(alert);
        }
        return true;
    }

    /** Raises many at once (one refresh); the map flies to the last new one. */
    public final int raiseAll(List<WallAlert> alerts) {
        WallAlert lastNew = null;
        int n = 0;
        for (WallAlert a : alerts) {
            if (board.raise(a)) {
                lastNew = a;
                n++;
            }
        }
        if (n > 0) {
            refresh();
            if (onFlyTo.get() != null) {
                onFlyTo.get().accept(lastNew);
            }
        }
        return n;
    }

    /** Acknowledges the selected group (what Enter and Space do). */
    public final Optional<Acknowledgement> acknowledgeSelected() {
        if (groups.isEmpty()) {
            return Optional.empty();
        }
        return acknowledge(groups.get(Math.min(getSelectedIndex(), groups.size() - 1)));
    }

    /** Acknowledges one group: removes it and reports who, when and what to {@code onAcknowledge}. */
    public final Optional<Acknowledgement> acknowledge(AlertGroup group) {
        String who = operator.get() == null || operator.get().isBlank() ? "unknown" : operator.get();
        Optional<Acknowledgement> ack = board.acknowledge(group.key(), who, ackClock.get().instant());
        ack.ifPresent(a -> {
            refresh();
            if (onAcknowledge.get() != null) {
                onAcknowledge.get().accept(a);
            }
        });
        return ack;
    }

    /** Asks the map to fly to the group's latest alert. */
    public final void flyTo(AlertGroup group) {
        if (onFlyTo.get() != null) {
            onFlyTo.get().accept(group.latest());
        }
    }

    private void refresh() {
        groups.setAll(board.groups());
        select(getSelectedIndex());
        pseudoClassStateChanged(EMPTY, groups.isEmpty());
        setMouseTransparent(groups.isEmpty());
    }

    private void select(int i) {
        int max = Math.max(0, Math.min(groups.size(), Math.max(1, maxVisibleGroups.get())) - 1);
        selectedIndex.set(Math.max(0, Math.min(i, max)));
    }

    /** Open groups in display order (critical first, newest first). */
    public final ObservableList<AlertGroup> getGroups() {
        return readOnlyGroups;
    }

    public final IntegerProperty selectedIndexProperty() {
        return selectedIndex;
    }

    public final int getSelectedIndex() {
        return selectedIndex.get();
    }

    public final IntegerProperty maxVisibleGroupsProperty() {
        return maxVisibleGroups;
    }

    public final void setMaxVisibleGroups(int n) {
        maxVisibleGroups.set(n);
    }

    /** Who acknowledges (the logged-in duty operator); goes into every acknowledgement. */
    public final StringProperty operatorProperty() {
        return operator;
    }

    public final void setOperator(String who) {
        operator.set(who);
    }

    /** The real clock for acknowledgement times (replay does not change when someone pressed Enter). */
    public final ObjectProperty<Clock> ackClockProperty() {
        return ackClock;
    }

    public final void setAckClock(Clock c) {
        ackClock.set(c);
    }

    public final ObjectProperty<ZoneId> zoneProperty() {
        return zone;
    }

    public final ObjectProperty<Consumer<Acknowledgement>> onAcknowledgeProperty() {
        return onAcknowledge;
    }

    public final void setOnAcknowledge(Consumer<Acknowledgement> c) {
        onAcknowledge.set(c);
    }

    public final ObjectProperty<Consumer<WallAlert>> onFlyToProperty() {
        return onFlyTo;
    }

    public final void setOnFlyTo(Consumer<WallAlert> c) {
        onFlyTo.set(c);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new AlertBannerSkin(this);
    }
}
