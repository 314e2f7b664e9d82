package com.gridwall.ui.panel;

import java.time.Duration;
import java.time.Instant;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Skin;

/**
 * A titled wall panel: title and optional subtitle (bundle keys, so they follow the language),
 * a content node, and a stale state. The panel is stale when its data time is older than
 * {@link #staleAfterProperty()} at {@link #nowProperty()}: it then shows a "数据已过期" badge with
 * the data's age in place of the subtitle and dims its content (pseudo-class {@code :stale}). No data time yet means
 * "waiting", not stale. FX thread only.
 */
public class Panel extends WallControl {
    static final PseudoClass STALE = PseudoClass.getPseudoClass("stale");

    private final StringProperty titleKey = new SimpleStringProperty(this, "titleKey");
    private final StringProperty subtitleKey = new SimpleStringProperty(this, "subtitleKey");
    private final ObjectProperty<Node> content = new SimpleObjectProperty<>(this, "content");
    private final ObjectProperty<Instant> dataTime = new SimpleObjectProperty<>(this, "dataTime");
    private final ObjectProperty<Duration> staleAfter = new SimpleObjectProperty<>(this, "staleAfter", Duration.ofSeconds(30));
    private final BooleanBinding stale = Bindings.createBooleanBinding(this::computeStale, dataTime, staleAfter, nowProperty());

    public Panel() {
        getStyleClass().add("gw-panel");
        stale.addListener((obs, was, is) -> pseudoClassStateChanged(STALE, is));
    }

    public Panel(String titleKey, Node content) {
        this();
        setTitleKey(titleKey);
        setContent(content);
    }

    private boolean computeStale() {
        Instant data = dataTime.get();
        Instant now = getNow();
        Duration limit = staleAfter.get();
        return data != null && now != null && limit != null && Duration.between(data, now).compareTo(limit) > 0;
    }

    public final boolean isStale() {
        return stale.get();
    }

    public final BooleanBinding staleBinding() {
        return stale;
    }

    public final StringProperty titleKeyProperty() {
        return titleKey;
    }

    public final void setTitleKey(String key) {
        titleKey.set(key);
    }

    public final String getTitleKey() {
        return titleKey.get();
    }

    public final StringProperty subtitleKeyProperty() {
        return subtitleKey;
    }

    public final void setSubtitleKey(String key) {
        subtitleKey.set(key);
    }

    public final ObjectProperty<Node> contentProperty() {
        return content;
    }

    public final Node getContent() {
        return content.get();
    }

    public final void setContent(Node node) {
        content.set(node);
    }

    /** When the data shown was current (snapshot time); drives the stale state. */
    public final ObjectProperty<Instant> dataTimeProperty() {
        return dataTime;
    }

    public final void setDataTime(Instant t) {
        dataTime.set(t);
    }

    public final Instant getDataTime() {
        return dataTime.get();
    }

    public final ObjectProperty<Duration> staleAfterProperty() {
        return staleAfter;
    }

    public final void setStaleAfter(Duration d) {
        staleAfter.set(d);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new PanelSkin(this);
    }
}
