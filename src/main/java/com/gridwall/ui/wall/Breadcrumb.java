package com.gridwall.ui.wall;

import com.gridwall.domain.Lang;
import com.gridwall.geo.MapUnit;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/**
 * 区 > 街道 > 社区 > 网格 above the map: the area's name, then the scope's chain; clicking an entry
 * goes back to that level. At most four entries, rebuilt only when the scope changes. FX thread only.
 */
final class Breadcrumb extends HBox {
    private final DrillDown drill;
    private final String areaName;
    private final javafx.beans.value.ObservableValue<Lang> lang;

    Breadcrumb(DrillDown drill, String areaName, javafx.beans.value.ObservableValue<Lang> lang) {
        this.drill = drill;
        this.lang = lang;
        this.areaName = areaName;
        lang.addListener((o, a, b) -> rebuild());
        setId("wall-breadcrumb");
        getStyleClass().add("wall-breadcrumb");
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        drill.scopeProperty().addListener((o, a, b) -> rebuild());
        rebuild();
    }

    private void rebuild() {
        getChildren().clear();
        String home = areaName == null || areaName.isBlank() ? (lang.getValue() == Lang.EN ? "Whole area" : "全区") : areaName;
        getChildren().add(entry(home, null, drill.scope() == null));
        List<MapUnit> chain = drill.chain();
        for (int i = 0; i < chain.size(); i++) {
            Label sep = new Label("›");
            sep.getStyleClass().add("crumb-separator");
            getChildren().add(sep);
            getChildren().add(entry(chain.get(i).name(), chain.get(i), i == chain.size() - 1));
        }
    }

    private Label entry(String text, MapUnit unit, boolean current) {
        Label l = new Label(text);
        l.getStyleClass().add(current ? "crumb-current" : "crumb");
        l.setId(unit == null ? "crumb-home" : "crumb-" + unit.code());
        if (!current) {
            l.setOnMouseClicked(e -> drill.select(unit));
        }
        return l;
    }

    /** The entries' texts, for tests and the report. */
    String text() {
        return String.join(" ", getChildren().stream().map(n -> ((Label) n).getText()).toList());
    }
}
