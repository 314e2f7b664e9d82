package com.gridwall.ui.panel;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Skin;

/**
 * One KPI: the label on top; below it the big value with its unit and, on the right, the change
 * since the same time yesterday. The change is coloured by its meaning (style classes {@code delta-good},
 * {@code delta-bad}, {@code delta-neutral}). FX thread only.
 */
public class KpiTile extends WallControl {
    private final ObjectProperty<KpiTileModel> model = new SimpleObjectProperty<>(this, "model");

    public KpiTile() {
        getStyleClass().add("kpi-tile");
    }

    public KpiTile(KpiTileModel m) {
        this();
        setModel(m);
    }

    public final ObjectProperty<KpiTileModel> modelProperty() {
        return model;
    }

    public final KpiTileModel getModel() {
        return model.get();
    }

    public final void setModel(KpiTileModel m) {
        model.set(m);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new KpiTileSkin(this);
    }
}
