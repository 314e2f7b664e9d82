package com.gridwall.ui.timeline;

import com.gridwall.domain.Lang;
import com.gridwall.ui.i18n.Messages;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Label;

/**
 * The on-wall badge that says the whole wall is filtered and by what ("已筛选：当日 · 矛盾纠纷 ·
 * 东风路街道"), "筛选中…" while the filtered wall is being built, or why a filter was refused. Hidden
 * while the wall is unfiltered. Polls {@link AnalystPort#wallFilter()} on {@link #refresh()} (once
 * per frame). FX thread only.
 */
public final class FilterBadge extends Label {
    private final AnalystPort port;
    private final AnalystBar bar;
    private final ObjectProperty<Lang> lang = new SimpleObjectProperty<>(this, "lang", Lang.ZH);
    private AnalystPort.WallFilter.State state;

    public FilterBadge(AnalystPort port, AnalystBar bar) {
        this.port = port;
        this.bar = bar;
        setId("wall-filter-badge");
        getStyleClass().add("wall-filter-badge");
        setMaxWidth(USE_PREF_SIZE);
        setMaxHeight(USE_PREF_SIZE);
        setVisible(false);
        setManaged(false);
        lang.addListener((o, a, b) -> refresh());
    }

    /** Shows what the wall stands on now. */
    public void refresh() {
        AnalystPort.WallFilter f = port.wallFilter();
        Messages m = Messages.of(lang.get() == null ? Lang.ZH : lang.get());
        String text = switch (f.state()) {
            case OFF -> null;
            case BUILDING -> m.get("wall.filter.building");
            case ON -> m.format("wall.filter.on", bar.describe());
            case FAILED -> m.format("wall.filter.failed", f.problem());
        };
        if (f.state() != state) {
            getStyleClass().removeAll("building", "failed");
            if (f.state() == AnalystPort.WallFilter.State.BUILDING) {
                getStyleClass().add("building");
            } else if (f.state() == AnalystPort.WallFilter.State.FAILED) {
                getStyleClass().add("failed");
            }
            state = f.state();
        }
        boolean show = text != null;
        if (show && !text.equals(getText())) {
            setText(text);
        }
        if (isVisible() != show) {
            setVisible(show);
            setManaged(show);
        }
    }

    public ObjectProperty<Lang> langProperty() {
        return lang;
    }
}
