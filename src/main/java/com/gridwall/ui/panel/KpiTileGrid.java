package com.gridwall.ui.panel;

import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Skin;

/**
 * The KPI tiles in a grid (two columns by default, in list order). Tiles are reused when a new
 * list arrives, so a per-frame update creates no nodes. FX thread only.
 */
public class KpiTileGrid extends WallControl {
    private final ObjectProperty<List<KpiTileModel>> tiles = new SimpleObjectProperty<>(this, "tiles", List.of());
    private final IntegerProperty columns = new SimpleIntegerProperty(this, "columns", 2);

    public KpiTileGrid() {
        getStyleClass().add("kpi-grid");
    }

    public final ObjectProperty<List<KpiTileModel>> tilesProperty() {
        return tiles;
    }

    public final List<KpiTileModel> getTiles() {
        return tiles.get() == null ? List.of() : tiles.get();
    }

    public final void setTiles(List<KpiTileModel> list) {
        tiles.set(list == null ? List.of() : List.copyOf(list));
    }

    public final IntegerProperty columnsProperty() {
        return columns;
    }

    public final void setColumns(int n) {
        columns.set(n);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new KpiTileGridSkin(this);
    }
}
