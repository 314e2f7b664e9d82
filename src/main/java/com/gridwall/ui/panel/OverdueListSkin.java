package com.gridwall.ui.panel;

import com.gridwall.domain.Lang;
import java.time.Instant;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

final class OverdueListSkin extends BoundedListSkin<OverdueList, OverdueListSkin.Row> {
    private final Label more;

    OverdueListSkin(OverdueList control) {
        this(control, new Label());
    }

    private OverdueListSkin(OverdueList control, Label more) {
        super(control, "overdue", Row::new, more);
        this.more = more;
        more.getStyleClass().add("list-more");
        registerChangeListener(control.nowProperty(), o -> update());
        update();
    }

    @Override
    protected void update() {
        OverdueList c = getSkinnable();
        Lang lang = c.getLang();
        Instant now = c.getNow();
        List<OverdueItem> items = c.getItems();
        int shown = pool.fill(items, c.maxRowsProperty().get(), (row, i, item) -> row.set(item, now, lang));
        int rest = items.size() - shown;
        more.setText(rest > 0 ? PanelText.format(lang, "overdue.more", PanelText.count(lang, rest)) : "");
        more.setVisible(rest > 0);
        more.setManaged(rest > 0);
        showEmpty(PanelText.text(lang, "overdue.none"), items.isEmpty());
    }

    /** category ........ countdown / place · department (long English department names get a line's width) */
    static final class Row extends VBox {
        final Label category = new Label();
        final Label place = new Label();
        final Label department = new Label();
        final Label countdown = new Label();

        Row() {
            getStyleClass().add("overdue-row");
            category.getStyleClass().add("overdue-category");
            category.setMinWidth(Region.USE_PREF_SIZE);
            department.getStyleClass().add("overdue-department");
            department.setMinWidth(Region.USE_PREF_SIZE);
            place.getStyleClass().add("overdue-place");
            place.setMinWidth(Region.USE_PREF_SIZE);
            countdown.getStyleClass().add("overdue-countdown");
            countdown.setMinWidth(Region.USE_PREF_SIZE);
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            HBox line1 = new HBox(category, gap, countdown);
            line1.setAlignment(Pos.CENTER_LEFT);
            line1.getStyleClass().add("overdue-line");
            HBox line2 = new HBox(place, department);
            line2.setAlignment(Pos.CENTER_LEFT);
            line2.getStyleClass().add("overdue-line");
            getChildren().addAll(line1, line2);
        }

        void set(OverdueItem item, Instant now, Lang lang) {
            category.setText(item.category().label(lang));
            place.setText(PlaceText.join(item.place()));
            department.setText(item.department() == null ? "" : item.department().label(lang));
            countdown.setText(TimeText.countdown(item.deadline(), now, lang));
            boolean overdue = item.isOverdueAt(now);
            pseudoClassStateChanged(OVERDUE, overdue);
        }

        private static final javafx.css.PseudoClass OVERDUE = javafx.css.PseudoClass.getPseudoClass("overdue");
    }
}
