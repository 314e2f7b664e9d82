package com.gridwall.ui.panel;

import com.gridwall.domain.Lang;
import com.gridwall.ui.alert.AlertBanner;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import java.time.Instant;

/**
 * Every panel with sample models, laid out like the 1920x1080 design: two 460x1000 columns,
 * a stand-in for the map in the middle with the alert banner on it, and the bottom bar.
 */
final class PanelGallery {
    static final double W = 1920;
    static final double H = 1080;
    static final double COLUMN_W = 460;
    static final double COLUMN_H = 1000;

    final ObjectProperty<Lang> lang;
    final ObservableValue<Instant> now;
    final List<Panel> panels = new ArrayList<>();
    final Pane root = new Pane();
    final AlertBanner banner = new AlertBanner();
    final IncidentTicker ticker = new IncidentTicker();
    final FeedHealthBar bar;
    final HotspotList hotspots;
    final DepartmentRanking ranking;
    final OverdueList overdue;
    final BreakdownBars bySource;
    final BreakdownBars byCategory;
    final TrendChart trend;
    final KpiTileGrid kpis;

    PanelGallery() {
        this(new SimpleObjectProperty<>(Lang.ZH), new SimpleObjectProperty<>(SampleModels.NOW));
    }

    /** With the wall's language and clock: every control binds to them (as the wall would). */
    PanelGallery(ObjectProperty<Lang> lang, ObservableValue<Instant> now) {
        this.lang = lang;
        this.now = now;
        kpis = bind(new KpiTileGrid());
        kpis.setTiles(SampleModels.kpis());
        trend = bind(new TrendChart());
        trend.setModel(SampleModels.trend());
        byCategory = bind(new BreakdownBars());
        byCategory.setHeadingKey("breakdown.byCategory");
        byCategory.setItems(SampleModels.byCategory());
        bySource = bind(new BreakdownBars());
        bySource.setHeadingKey("breakdown.bySource");
        bySource.setItems(SampleModels.bySource());
        HBox breakdowns = new HBox(16, byCategory, bySource);
        HBox.setHgrow(byCategory, Priority.ALWAYS);
        HBox.setHgrow(bySource, Priority.ALWAYS);
        byCategory.setPrefWidth(10);
        bySource.setPrefWidth(10);
        byCategory.setMaxWidth(Double.MAX_VALUE);
        bySource.setMaxWidth(Double.MAX_VALUE);

        bind(ticker);
        ticker.setAll(SampleModels.ticker(60));
        overdue = bind(new OverdueList());
        overdue.setMaxRows(3);
        overdue.setItems(SampleModels.overdue());
        ranking = bind(new DepartmentRanking());
        ranking.setMaxRows(5);
        ranking.setItems(SampleModels.ranking());
        hotspots = bind(new HotspotList());
        hotspots.setMaxRows(3);
        hotspots.setItems(SampleModels.hotspots());

        VBox left = column(
                panel("panel.kpi", "panel.kpi.sub", kpis, 0),
                panel("panel.trend", "panel.trend.sub", trend, 200),
                panel("panel.breakdown", "panel.breakdown.sub", breakdowns, 0));
        VBox right = column(
                panel("panel.ticker", null, ticker, 300),
                panel("panel.overdue", "panel.overdue.sub", overdue, 0),
                panel("panel.ranking", null, ranking, 0),
                panel("panel.hotspot", "panel.hotspot.sub", hotspots, 0));
        // one stale panel, so the review sees the badge fit the header in both languages
        panels.get(panels.size() - 1).setDataTime(SampleModels.NOW.minusSeconds(6 * 60));
        left.relocate(16, 12);
        right.relocate(W - 16 - COLUMN_W, 12);

        Region map = new Region();
        map.getStyleClass().add("gallery-map");
        Label mapNote = new Label("地图 / map (ui.map)");
        mapNote.getStyleClass().add("gallery-map-note");
        StackPane centre = new StackPane(map, mapNote);
        centre.setPrefSize(W - 2 * (COLUMN_W + 32), COLUMN_H);
        centre.relocate(16 + COLUMN_W + 16, 12);

        bind(banner);
        banner.zoneProperty().set(SampleModels.ZONE);
        banner.raiseAll(SampleModels.alerts());
        banner.setPrefWidth(W - 2 * (COLUMN_W + 32) - 40);
        banner.relocate(16 + COLUMN_W + 16 + 20, 24);

        bar = bind(new FeedHealthBar());
        bar.setModel(SampleModels.feedHealth());
        ClockLabel clock = bind(new ClockLabel());
        clock.setZone(SampleModels.ZONE);
        bar.setClock(clock);
        bar.setPrefSize(W, 56);
        bar.relocate(0, H - 56);

        root.getStyleClass().add("gallery-root");
        root.getChildren().addAll(centre, left, right, banner, bar);
        root.setPrefSize(W, H);
        PanelStyles.install(root);
        root.getStylesheets().add(PanelGallery.class.getResource("gallery.css").toExternalForm());
    }

    private <C extends WallControl> C bind(C c) {
        c.langProperty().bind(lang);
        c.nowProperty().bind(now);
        return c;
    }

    private Panel panel(String title, String subtitle, javafx.scene.Node content, double prefHeight) {
        Panel p = bind(new Panel(title, content));
        p.setSubtitleKey(subtitle);
        p.setDataTime(SampleModels.NOW.minusSeconds(2));
        if (prefHeight > 0) {
            p.setPrefHeight(prefHeight);
            VBox.setVgrow(p, Priority.ALWAYS);
        }
        p.setMaxHeight(Double.MAX_VALUE);
        panels.add(p);
        return p;
    }

    private static VBox column(Panel... panels) {
        VBox v = new VBox(10, panels);
        v.setPrefSize(COLUMN_W, COLUMN_H);
        v.setMinSize(COLUMN_W, COLUMN_H);
        v.setMaxSize(COLUMN_W, COLUMN_H);
        v.resize(COLUMN_W, COLUMN_H);
        return v;
    }
}
