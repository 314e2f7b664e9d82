package com.gridwall.ui.timeline;

import com.gridwall.domain.Lang;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The compact analyst bar under the timeline: period and filters (category, source, department,
 * area), exports (CSV, Arrow, PNG) and the week-over-week comparison. It only collects the
 * selection and forwards it to an {@link AnalystPort}; results and failures appear in its status
 * label, never as exceptions. FX thread only (exports run on the caller's thread: they are small).
 */
public final class AnalystBar extends HBox {
    private final AnalystPort port;
    private final ObjectProperty<Lang> lang = new SimpleObjectProperty<>(this, "lang", Lang.ZH);
    private final ComboBox<AnalystPort.Period> period = new ComboBox<>();
    private final ComboBox<AnalystPort.Choice> category = new ComboBox<>();
    private final ComboBox<AnalystPort.Choice> source = new ComboBox<>();
    private final ComboBox<AnalystPort.Choice> department = new ComboBox<>();
    private final ComboBox<AnalystPort.Choice> area = new ComboBox<>();
    private final Button csv = new Button();
    private final Button arrow = new Button();
    private final Button png = new Button();
    private final Button compare = new Button();
    private final Label status = new Label();
    private final Label[] captions = new Label[5];
    private final Consumer<List<AnalystPort.ComparisonRow>> onComparison;

    /** @param onComparison shows the comparison rows (the app places a {@link ComparisonPanel}) */
    public AnalystBar(AnalystPort port, Consumer<List<AnalystPort.ComparisonRow>> onComparison) {
        this.port = port;
        this.onComparison = onComparison;
        getStyleClass().add("analyst-bar");
        setId("analyst-bar");
        setAlignment(Pos.CENTER_LEFT);
        period.getItems().setAll(AnalystPort.Period.values());
        period.setValue(AnalystPort.Period.DAY);
        period.setId("filter-period");
        fill(category, port.categories(), "filter-category");
        fill(source, port.sources(), "filter-source");
        fill(department, port.departments(), "filter-department");
        fill(area, port.areas(), "filter-area");
        for (int i = 0; i < captions.length; i++) {
            captions[i] = new Label();
            captions[i].getStyleClass().add("analyst-caption");
            captions[i].setMinWidth(Region.USE_PREF_SIZE);
        }
        csv.setId("export-csv");
        arrow.setId("export-arrow");
        png.setId("export-png");
        compare.setId("compare");
        for (Button b : List.of(csv, arrow, png, compare)) {
            b.getStyleClass().add("timeline-button");
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.setFocusTraversable(false);
        }
        status.setId("analyst-status");
        status.getStyleClass().add("analyst-status");
        status.setMinWidth(0);
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        Region gap = new Region();
        gap.getStyleClass().add("analyst-gap");
        getChildren().addAll(captions[0], period, captions[1], category, captions[2], source, captions[3], department,
                captions[4], area, gap, csv, arrow, png, compare, status);
        for (ComboBox<?> c : List.of(period, category, source, department, area)) {
            c.getStyleClass().add("analyst-combo");
            c.setFocusTraversable(false);
            c.valueProperty().addListener((o, a, b) -> port.apply(selection()));
        }
        csv.setOnAction(e -> export(() -> port.exportCsv(selection())));
        arrow.setOnAction(e -> export(() -> port.exportArrow(selection())));
        png.setOnAction(e -> exportPng());
        compare.setOnAction(e -> compare());
        lang.addListener((o, a, b) -> texts());
        texts();
    }

    private void fill(ComboBox<AnalystPort.Choice> box, List<AnalystPort.Choice> choices, String id) {
        box.setId(id);
        box.getItems().add(null);
        box.getItems().addAll(choices);
        box.setCellFactory(v -> new ChoiceCell());
        box.setButtonCell(new ChoiceCell());
    }

    private final class ChoiceCell extends ListCell<AnalystPort.Choice> {
        @Override
        protected void updateItem(AnalystPort.Choice c, boolean empty) {
            super.updateItem(c, empty);
            setText(empty ? null : c == null ? TimelineText.text(getLang(), "filter.any") : c.label(getLang()));
        }
    }

    private final class PeriodCell extends ListCell<AnalystPort.Period> {
        @Override
        protected void updateItem(AnalystPort.Period p, boolean empty) {
            super.updateItem(p, empty);
            setText(empty || p == null ? null : TimelineText.text(getLang(), "filter.range." + p.name().toLowerCase()));
        }
    }

    private void texts() {
        Lang l = getLang();
        String[] keys = {"filter.range", "filter.category", "filter.source", "filter.department", "filter.area"};
        for (int i = 0; i < keys.length; i++) {
            captions[i].setText(TimelineText.text(l, keys[i]));
        }
        period.setCellFactory(v -> new PeriodCell());
        period.setButtonCell(new PeriodCell());
        for (ComboBox<AnalystPort.Choice> c : List.of(category, source, department, area)) {
            c.setButtonCell(new ChoiceCell());
        }
        csv.setText(TimelineText.text(l, "export.csv"));
        arrow.setText(TimelineText.text(l, "export.arrow"));
        png.setText(TimelineText.text(l, "export.png"));
        compare.setText(TimelineText.text(l, "compare"));
    }

    /** The current selection. */
    public AnalystPort.Selection selection() {
        return new AnalystPort.Selection(period.getValue(), code(category), code(source), code(department), code(area));
    }

    /** What the current selection is, for the wall's filter badge: period, then the chosen labels, joined by " · ". */
    public String describe() {
        return String.join(" · ", describeParts());
    }

    /** The period's label, then the label of every chosen filter. */
    public List<String> describeParts() {
        List<String> parts = new java.util.ArrayList<>();
        parts.add(TimelineText.text(getLang(), "filter.range." + period.getValue().name().toLowerCase()));
        for (ComboBox<AnalystPort.Choice> c : List.of(category, source, department, area)) {
            if (c.getValue() != null) {
                parts.add(c.getValue().label(getLang()));
            }
        }
        return parts;
    }

    /** Sets the selection (keys, tests): codes not offered become "any". */
    public void select(AnalystPort.Selection s) {
        period.setValue(s.period());
        pick(category, s.category());
        pick(source, s.source());
        pick(department, s.department());
        pick(area, s.area());
    }

    private static void pick(ComboBox<AnalystPort.Choice> box, String code) {
        box.setValue(box.getItems().stream().filter(c -> c != null && c.code().equals(code)).findFirst().orElse(null));
    }

    private static String code(ComboBox<AnalystPort.Choice> box) {
        return box.getValue() == null ? null : box.getValue().code();
    }

    /** Export of the filtered incidents as CSV (the key binding calls this too). */
    public void exportCsv() {
        csv.fire();
    }

    public void exportArrow() {
        arrow.fire();
    }

    public void exportPng() {
        export(port::exportPng);
    }

    public void compare() {
        try {
            onComparison.accept(port.compare(selection()));
            status.setText("");
        } catch (IOException | RuntimeException e) {
            status.setText(e.getMessage());
        }
    }

    @FunctionalInterface
    private interface Export {
        Path run() throws IOException;
    }

    private void export(Export e) {
        try {
            status.setText("→ " + e.run());
        } catch (IOException | RuntimeException ex) {
            status.setText(String.valueOf(ex.getMessage()));
        }
    }

    public String statusText() {
        return status.getText();
    }

    public ObjectProperty<Lang> langProperty() {
        return lang;
    }

    public Lang getLang() {
        return lang.get() == null ? Lang.ZH : lang.get();
    }
}
