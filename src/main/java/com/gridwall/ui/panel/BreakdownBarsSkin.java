package com.gridwall.ui.panel;

import com.gridwall.domain.Lang;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** A heading and pooled two-line rows: the label on top, the bar with "count · share" below. */
final class BreakdownBarsSkin extends SkinBase<BreakdownBars> {
    private final Label heading = new Label();
    private final VBox rowBox = new VBox();
    private final RowPool<BarRow> pool = new RowPool<>(rowBox, BarRow::new);

    BreakdownBarsSkin(BreakdownBars control) {
        super(control);
        heading.getStyleClass().add("list-heading");
        rowBox.getStyleClass().add("breakdown-rows");
        VBox root = new VBox(heading, rowBox);
        root.getStyleClass().add("breakdown-frame");
        getChildren().add(root);
        registerChangeListener(control.itemsProperty(), o -> update());
        registerChangeListener(control.maxRowsProperty(), o -> update());
        registerChangeListener(control.langProperty(), o -> update());
        registerChangeListener(control.headingKeyProperty(), o -> update());
        update();
    }

    private void update() {
        BreakdownBars c = getSkinnable();
        Lang lang = c.getLang();
        String key = c.headingKeyProperty().get();
        heading.setText(key == null ? "" : PanelText.text(lang, key));
        heading.setVisible(key != null);
        heading.setManaged(key != null);
        List<BreakdownBars.Row> rows = BreakdownBars.rows(c.getItems(), c.maxRowsProperty().get());
        long max = rows.stream().mapToLong(BreakdownBars.Row::count).max().orElse(0);
        List<BarRow> nodes = pool.show(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            nodes.get(i).set(rows.get(i), i, max, lang);
        }
    }

    /** label / ▆▆▆▆▆▆▆░░░░ 312 · 18.2% (two lines, so long English names get the full width) */
    static final class BarRow extends VBox {
        final Label name = new Label();
        final Label figures = new Label();
        final BarTrack bar = new BarTrack();

        BarRow() {
            getStyleClass().add("breakdown-row");
            name.getStyleClass().add("row-name");
            name.setMinWidth(0);
            figures.getStyleClass().add("row-figure");
            figures.setMinWidth(Region.USE_PREF_SIZE);
            bar.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(bar, Priority.ALWAYS);
            HBox line = new HBox(bar, figures);
            line.setAlignment(Pos.CENTER_LEFT);
            line.getStyleClass().add("breakdown-line");
            getChildren().addAll(name, line);
        }

        void set(BreakdownBars.Row row, int index, long max, Lang lang) {
            name.setText(row.other() ? PanelText.text(lang, "breakdown.other") : row.label().get(lang));
            figures.setText(PanelText.format(lang, "breakdown.figures", PanelText.count(lang, row.count()),
                    PanelText.decimal(lang, row.share() * 100, 1)));
            bar.setFraction(max == 0 ? 0 : (double) row.count() / max);
            bar.fill().getStyleClass().removeIf(s -> s.startsWith("bar-fill-"));
            bar.fill().getStyleClass().add(row.other() ? "bar-fill-other" : "bar-fill-" + (index % 6));
        }
    }
}
