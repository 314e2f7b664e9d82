package com.gridwall.ui.panel;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Skin;

/**
 * The bottom bar: feed state with its reason (已连接 / 重连中 / 认证被拒: …), lag, events per second,
 * rejected count, last seq, and a slot on the right for the clock (a {@link ClockLabel} or
 * anything else). The state is also a pseudo-class ({@code :connected}, {@code :reconnecting},
 * {@code :auth-refused}, {@code :offline}, {@code :replay}) for the indicator's colour. FX thread only.
 */
public class FeedHealthBar extends WallControl {
    private final ObjectProperty<FeedHealthModel> model = new SimpleObjectProperty<>(this, "model", FeedHealthModel.offline());
    private final ObjectProperty<Node> clock = new SimpleObjectProperty<>(this, "clock");

    public FeedHealthBar() {
        getStyleClass().add("feed-health-bar");
        model.addListener((o, was, is) -> updateState());
        updateState();
    }

    private void updateState() {
        FeedState current = getModel() == null ? FeedState.OFFLINE : getModel().state();
        for (FeedState s : FeedState.values()) {
            pseudoClassStateChanged(pseudoClass(s), s == current);
        }
    }

    static PseudoClass pseudoClass(FeedState s) {
        return PseudoClass.getPseudoClass(s.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    }

    public final ObjectProperty<FeedHealthModel> modelProperty() {
        return model;
    }

    public final FeedHealthModel getModel() {
        return model.get();
    }

    public final void setModel(FeedHealthModel m) {
        model.set(m);
    }

    public final ObjectProperty<Node> clockProperty() {
        return clock;
    }

    public final void setClock(Node n) {
        clock.set(n);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new FeedHealthBarSkin(this);
    }
}
