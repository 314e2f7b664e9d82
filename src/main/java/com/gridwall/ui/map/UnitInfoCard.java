package com.gridwall.ui.map;

import com.gridwall.geo.GridMap;
import com.gridwall.geo.MapUnit;
import com.gridwall.ui.i18n.Messages;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The card showing the selected unit: name, code, level and the chain of its parents. Hidden when nothing is selected. */
public final class UnitInfoCard extends VBox {
    private Messages messages;
    private final java.util.List<Label> keyLabels = new java.util.ArrayList<>();
    private GridMap shownMap;
    private MapUnit shownUnit;
    private final Label name = new Label();
    private final Label code = new Label();
    private final Label level = new Label();
    private final Label parents = new Label();

    public UnitInfoCard(Messages messages) {
        this.messages = messages;
        getStyleClass().add("unit-info-card");
        name.getStyleClass().add("unit-info-name");
        name.setId("unit-info-name");
        code.setId("unit-info-code");
        level.setId("unit-info-level");
        parents.setId("unit-info-parents");
        parents.setWrapText(true);
        GridPane rows = new GridPane();
        rows.getStyleClass().add("unit-info-rows");
        javafx.scene.layout.ColumnConstraints keys = new javafx.scene.layout.ColumnConstraints();
        keys.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints values = new javafx.scene.layout.ColumnConstraints();
        values.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        values.setFillWidth(true);
        rows.getColumnConstraints().addAll(keys, values);
        parents.setMaxWidth(Double.MAX_VALUE);
        parents.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        addRow(rows, 0, "map.info.code", code);
        addRow(rows, 1, "map.info.level", level);
        addRow(rows, 2, "map.info.parents", parents);
        getChildren().addAll(name, rows);
        setVisible(false);
        setManaged(false);
    }

    private void addRow(GridPane rows, int row, String key, Label value) {
        Label k = new Label(messages.get(key));
        k.setUserData(key);
        keyLabels.add(k);
        GridPane.setValignment(k, javafx.geometry.VPos.TOP);
        k.getStyleClass().add("unit-info-key");
        value.getStyleClass().add("unit-info-value");
        rows.addRow(row, k, value);
    }

    /** Shows {@code unit} (or hides the card for null). */
    public void show(GridMap map, MapUnit unit) {
        shownMap = map;
        shownUnit = unit;
        if (unit == null) {
            setVisible(false);
            return;
        }
        name.setText(unit.name());
        code.setText(unit.code());
        level.setText(unit.level().label(messages.lang()));
        List<MapUnit> chain = map.ancestry(unit.code());
        String up = chain.stream().filter(u -> !u.code().equals(unit.code()))
                .map(MapUnit::name).collect(Collectors.joining(" › "));
        parents.setText(up.isEmpty() ? messages.get("map.info.none") : up);
        setVisible(true);
    }

    /** Switches the card's language (the wall's language key); the shown unit is re-described. */
    public void setMessages(Messages m) {
        messages = m;
        for (Label k : keyLabels) {
            k.setText(m.get((String) k.getUserData()));
        }
        if (shownUnit != null) {
            show(shownMap, shownUnit);
        }
    }

    public String nameText() {
        return name.getText();
    }

    public String codeText() {
        return code.getText();
    }

    public String levelText() {
        return level.getText();
    }

    public String parentsText() {
        return parents.getText();
    }
}
