package com.gridwall.ui.panel;

import com.gridwall.domain.Lang;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

final class DepartmentRankingSkin extends BoundedListSkin<DepartmentRanking, DepartmentRankingSkin.Row> {
    private int shown;

    DepartmentRankingSkin(DepartmentRanking control) {
        super(control, "ranking", Row::new);
        update();
    }

    @Override
    protected void update() {
        DepartmentRanking c = getSkinnable();
        Lang lang = c.getLang();
        List<RankItem> ranked = DepartmentRanking.ranked(c.getItems());
        shown = pool.fill(ranked, c.maxRowsProperty().get(), (row, i, item) -> row.set(i + 1, item, lang));
        showEmpty(PanelText.text(lang, "list.noData"), ranked.isEmpty());
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        // measured here, where the names have their CSS font, before the rows lay themselves out
        alignBars(pool.show(shown));
        super.layoutChildren(x, y, w, h);
    }

    /** One name column as wide as the widest name shown, so every bar starts at the same x (街道办 beside 公安). */
    private static void alignBars(List<Row> rows) {
        double widest = 0;
        for (Row r : rows) {
            r.name.setMinWidth(Region.USE_PREF_SIZE);
            widest = Math.max(widest, r.name.prefWidth(-1));
        }
        for (Row r : rows) {
            r.name.setMinWidth(widest);
        }
    }

    /** [1] 消防 ▆▆▆▆▆▆▆▆░ 99.2% */
    static final class Row extends HBox {
        final Label rank = new Label();
        final Label name = new Label();
        final BarTrack bar = new BarTrack();
        final Label rate = new Label();

        Row() {
            getStyleClass().add("ranking-row");
            setAlignment(Pos.CENTER_LEFT);
            rank.getStyleClass().add("rank-badge");
            rank.setMinWidth(Region.USE_PREF_SIZE);
            name.getStyleClass().add("rank-name");
            name.setMinWidth(Region.USE_PREF_SIZE);
            HBox.setHgrow(bar, Priority.ALWAYS);
            bar.setMaxWidth(Double.MAX_VALUE);
            rate.getStyleClass().add("rank-rate");
            rate.setMinWidth(Region.USE_PREF_SIZE);
            getChildren().addAll(rank, name, bar, rate);
        }

        void set(int position, RankItem item, Lang lang) {
            rank.setText(Integer.toString(position));
            rank.getStyleClass().removeAll("rank-top", "rank-rest");
            rank.getStyleClass().add(position <= 3 ? "rank-top" : "rank-rest");
            name.setText(item.department().label(lang));
            bar.setFraction(item.hasRate() ? item.timelyRate() : 0);
            rate.setText(item.hasRate() ? PanelText.decimal(lang, item.timelyRate() * 100, 1) + "%" : PanelText.NO_DATA);
        }
    }
}
