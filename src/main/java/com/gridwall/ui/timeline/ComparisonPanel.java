package com.gridwall.ui.timeline;

import com.gridwall.domain.Lang;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * This week vs last week per unit, side by side: a virtualised table (one row node per visible
 * row, not per unit) with received counts, the change and completion rates. Shown over the map
 * until closed. FX thread only.
 */
public final class ComparisonPanel extends VBox {
    private final TableView<AnalystPort.ComparisonRow> table = new TableView<>();
    private final Label title = new Label();
    private final Button close = new Button();

    public ComparisonPanel(Lang lang) {
        getStyleClass().add("comparison-panel");
        setId("comparison-panel");
        title.getStyleClass().add("comparison-title");
        title.setText(TimelineText.text(lang, "compare"));
        close.setText(TimelineText.text(lang, "compare.close"));
        close.getStyleClass().add("timeline-button");
        close.setOnAction(e -> setVisible(false));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(title, spacer, close);
        head.setAlignment(Pos.CENTER_LEFT);
        table.getColumns().add(column(lang, "compare.unit", r -> r.unit()));
        table.getColumns().add(column(lang, "compare.current", r -> Long.toString(r.current())));
        table.getColumns().add(column(lang, "compare.previous", r -> Long.toString(r.previous())));
        table.getColumns().add(column(lang, "compare.delta", r -> signed(r.current() - r.previous())));
        table.getColumns().add(column(lang, "compare.rate.current", r -> percent(r.rateCurrent())));
        table.getColumns().add(column(lang, "compare.rate.previous", r -> percent(r.ratePrevious())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setId("comparison-table");
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(head, table);
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        setVisible(false);
    }

    private static TableColumn<AnalystPort.ComparisonRow, String> column(Lang lang, String key,
            java.util.function.Function<AnalystPort.ComparisonRow, String> f) {
        TableColumn<AnalystPort.ComparisonRow, String> c = new TableColumn<>(TimelineText.text(lang, key));
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(f.apply(d.getValue())));
        c.setSortable(false);
        return c;
    }

    private static String signed(long d) {
        return d > 0 ? "+" + d : Long.toString(d);
    }

    private static String percent(double r) {
        return Double.isNaN(r) ? "—" : String.format(java.util.Locale.ROOT, "%.1f%%", r * 100);
    }

    public void show(List<AnalystPort.ComparisonRow> rows) {
        table.getItems().setAll(rows);
        setVisible(true);
    }

    public List<AnalystPort.ComparisonRow> rows() {
        return List.copyOf(table.getItems());
    }
}
