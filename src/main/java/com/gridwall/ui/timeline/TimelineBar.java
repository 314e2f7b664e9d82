package com.gridwall.ui.timeline;

import com.gridwall.domain.Lang;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.StyleConverter;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.paint.Paint;

/**
 * The replay timeline: LIVE/回放 badge, the shown instant in large type, play/pause, step back and
 * forward, speeds 1x..3600x, an event-density histogram to scrub on (drag anywhere), bookmarks as
 * marks with notes (add, click a mark to edit), and "back to live". All state and gestures live in
 * its {@link TimelineModel}; the look in {@link TimelineBarSkin} and styles/timeline.css. The
 * histogram is one canvas painted from primitive arrays; its colours are CSS properties
 * ({@code -timeline-bar-fill}, ...) that timeline.css points at colour tokens.
 * <p>FX thread only.
 */
public final class TimelineBar extends Control {
    private final TimelineModel model;
    private final ObjectProperty<Lang> lang = new SimpleObjectProperty<>(this, "lang", Lang.ZH);
    private final StyleableObjectProperty<Paint> barFill = paint("barFill");
    private final StyleableObjectProperty<Paint> barPastFill = paint("barPastFill");
    private final StyleableObjectProperty<Paint> playhead = paint("playhead");
    private final StyleableObjectProperty<Paint> markFill = paint("markFill");
    private final StyleableObjectProperty<Paint> axisText = paint("axisText");

    public TimelineBar(TimelineModel model) {
        this.model = model;
        getStyleClass().add("timeline-bar");
        setId("timeline-bar");
    }

    public TimelineModel model() {
        return model;
    }

    public ObjectProperty<Lang> langProperty() {
        return lang;
    }

    public Lang getLang() {
        return lang.get() == null ? Lang.ZH : lang.get();
    }

    public void setLang(Lang l) {
        lang.set(l);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new TimelineBarSkin(this);
    }

    private StyleableObjectProperty<Paint> paint(String name) {
        return new SimpleStyleableObjectProperty<>(cssFor(name), this, name, null);
    }

    public StyleableObjectProperty<Paint> barFillProperty() {
        return barFill;
    }

    public StyleableObjectProperty<Paint> barPastFillProperty() {
        return barPastFill;
    }

    public StyleableObjectProperty<Paint> playheadProperty() {
        return playhead;
    }

    public StyleableObjectProperty<Paint> markFillProperty() {
        return markFill;
    }

    public StyleableObjectProperty<Paint> axisTextProperty() {
        return axisText;
    }

    // ---- CSS ----

    private static final CssMetaData<TimelineBar, Paint> BAR_FILL = meta("-timeline-bar-fill", b -> b.barFill);
    private static final CssMetaData<TimelineBar, Paint> BAR_PAST_FILL = meta("-timeline-bar-past-fill", b -> b.barPastFill);
    private static final CssMetaData<TimelineBar, Paint> PLAYHEAD = meta("-timeline-playhead", b -> b.playhead);
    private static final CssMetaData<TimelineBar, Paint> MARK_FILL = meta("-timeline-mark-fill", b -> b.markFill);
    private static final CssMetaData<TimelineBar, Paint> AXIS_TEXT = meta("-timeline-axis-text", b -> b.axisText);
    private static final List<CssMetaData<? extends Styleable, ?>> CSS;

    static {
        List<CssMetaData<? extends Styleable, ?>> l = new ArrayList<>(Control.getClassCssMetaData());
        Collections.addAll(l, BAR_FILL, BAR_PAST_FILL, PLAYHEAD, MARK_FILL, AXIS_TEXT);
        CSS = Collections.unmodifiableList(l);
    }

    private static CssMetaData<TimelineBar, Paint> cssFor(String name) {
        return switch (name) {
            case "barFill" -> BAR_FILL;
            case "barPastFill" -> BAR_PAST_FILL;
            case "playhead" -> PLAYHEAD;
            case "markFill" -> MARK_FILL;
            default -> AXIS_TEXT;
        };
    }

    private static CssMetaData<TimelineBar, Paint> meta(String css, Function<TimelineBar, StyleableObjectProperty<Paint>> p) {
        return new CssMetaData<>(css, StyleConverter.getPaintConverter()) {
            @Override
            public boolean isSettable(TimelineBar b) {
                return !p.apply(b).isBound();
            }

            @Override
            public StyleableProperty<Paint> getStyleableProperty(TimelineBar b) {
                return p.apply(b);
            }
        };
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return CSS;
    }
}
