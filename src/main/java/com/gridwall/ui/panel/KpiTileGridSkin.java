package com.gridwall.ui.panel;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.SkinBase;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

final class KpiTileGridSkin extends SkinBase<KpiTileGrid> {
    private final GridPane grid = new GridPane();
    private final List<KpiTile> pool = new ArrayList<>();

    KpiTileGridSkin(KpiTileGrid control) {
        super(control);
        grid.getStyleClass().add("kpi-grid-pane");
        getChildren().add(grid);
        registerChangeListener(control.tilesProperty(), o -> update());
        registerChangeListener(control.columnsProperty(), o -> update());
        update();
    }

    private void update() {
        KpiTileGrid c = getSkinnable();
        List<KpiTileModel> models = c.getTiles();
        int cols = Math.max(1, c.columnsProperty().get());
        while (pool.size() < models.size()) {
            KpiTile tile = new KpiTile();
            tile.langProperty().bind(c.langProperty());
            pool.add(tile);
        }
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        for (int i = 0; i < cols; i++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / cols);
            cc.setHgrow(Priority.ALWAYS);
            cc.setFillWidth(true);
            grid.getColumnConstraints().add(cc);
        }
        for (int i = 0; i < models.size(); i++) {
            KpiTile tile = pool.get(i);
            tile.setModel(models.get(i));
            tile.setMaxWidth(Double.MAX_VALUE);
            grid.add(tile, i % cols, i / cols);
        }
    }
}
