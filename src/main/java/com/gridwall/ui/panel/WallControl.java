package com.gridwall.ui.panel;

import com.gridwall.domain.Lang;
import java.time.Instant;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Control;

/**
 * Base of every wall control: the display language and the wall's "now" (live or replay time),
 * which drives ages, countdowns and staleness. Bind both to one wall-wide property each;
 * {@code bind} listens weakly, so a torn-down control is not kept alive by the wall's clock.
 * FX thread only.
 */
public abstract class WallControl extends Control {
    private final ObjectProperty<Lang> lang = new SimpleObjectProperty<>(this, "lang", Lang.ZH);
    private final ObjectProperty<Instant> now = new SimpleObjectProperty<>(this, "now");

    protected WallControl() {
        setFocusTraversable(false);
    }

    public final ObjectProperty<Lang> langProperty() {
        return lang;
    }

    /** Never null: null is read as zh-CN. */
    public final Lang getLang() {
        return lang.get() == null ? Lang.ZH : lang.get();
    }

    public final void setLang(Lang value) {
        lang.set(value);
    }

    public final ObjectProperty<Instant> nowProperty() {
        return now;
    }

    public final Instant getNow() {
        return now.get();
    }

    public final void setNow(Instant value) {
        now.set(value);
    }

    /** Panel styles ship with the controls, like a user-agent stylesheet; tokens.css must be on the scene. */
    @Override
    public String getUserAgentStylesheet() {
        return PanelStyles.panelsCss();
    }
}
