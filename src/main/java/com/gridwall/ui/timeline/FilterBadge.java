package com.gridwall.ui.timeline;

import com.gridwall.domain.Lang;
import com.gridwall.ui.i18n.Messages;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.text.Text;

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
    private static final String SEPARATOR = " · ";
    private final javafx.beans.property.DoubleProperty widthCap =
            new javafx.beans.property.SimpleDoubleProperty(this, "widthCap", 0);
    private AnalystPort.WallFilter.State state;

    public FilterBadge(AnalystPort port, AnalystBar bar) {
        this.port = port;
        this.bar = bar;
        setId("wall-filter-badge");
        getStyleClass().add("wall-filter-badge");
        // long selections wrap (the owner caps the width so the badge keeps clear of the breadcrumb)
        setWrapText(true);
        setMaxWidth(USE_PREF_SIZE);
        setMinHeight(USE_PREF_SIZE);
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
            case ON -> packed(m.format("wall.filter.on", String.join(SEPARATOR, bar.describeParts())), bar.describeParts(), m);
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
        if (show) {
            // as wide as its longest line (a StackPane would stretch it to its max), wrapping only past the cap
            double longest = 0;
            for (String line : text.split("\n")) {
                longest = Math.max(longest, width(line));
            }
            double cap = widthCap.get();
            double w = cap > 0 && longest + snappedLeftInset() + snappedRightInset() > cap ? cap : USE_PREF_SIZE;
            if (getMaxWidth() != w) {
                setMaxWidth(w);
            }
        }
        if (isVisible() != show) {
            setVisible(show);
            setManaged(show);
        }
    }

    /**
     * The ON text broken into lines between parts, never inside a name ("洪门镇" must not wrap
     * after its first character), when one line is wider than the badge may be.
     */
    private String packed(String oneLine, List<String> parts, Messages m) {
        double max = widthCap.get() - snappedLeftInset() - snappedRightInset();
        if (max <= 0 || width(oneLine) <= max) {
            return oneLine;
        }
        String[] first = m.format("wall.filter.on", "\u0000").split("\u0000", -1);
        StringBuilder out = new StringBuilder(first[0]);
        StringBuilder line = new StringBuilder(first[0]);
        for (int i = 0; i < parts.size(); i++) {
            String piece = parts.get(i) + (i < parts.size() - 1 ? SEPARATOR.stripTrailing() : "");
            String candidate = (line.length() == first[0].length() || line.toString().endsWith("\n") ? "" : " ") + piece;
            if (line.length() > first[0].length() && width(line + candidate) > max) {
                out.append('\n');
                line.setLength(0);
                candidate = piece;
            }
            out.append(candidate);
            line.append(candidate);
        }
        return out.append(first.length > 1 ? first[1] : "").toString();
    }

    private double width(String s) {
        Text t = new Text(s);
        t.setFont(getFont());
        return t.getLayoutBounds().getWidth();
    }

    /** The widest the badge may be (0: no cap); longer selections break into lines between parts. */
    public javafx.beans.property.DoubleProperty widthCapProperty() {
        return widthCap;
    }

    public ObjectProperty<Lang> langProperty() {
        return lang;
    }
}
