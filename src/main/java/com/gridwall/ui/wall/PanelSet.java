package com.gridwall.ui.wall;

import com.gridwall.domain.Lang;
import com.gridwall.geo.MapUnit;
import com.gridwall.store.snapshot.WallSnapshot;
import com.gridwall.ui.panel.BreakdownBars;
import com.gridwall.ui.panel.DepartmentRanking;
import com.gridwall.ui.panel.HotspotList;
import com.gridwall.ui.panel.IncidentTicker;
import com.gridwall.ui.panel.KpiTileGrid;
import com.gridwall.ui.panel.OverdueList;
import com.gridwall.ui.panel.Panel;
import com.gridwall.ui.panel.TrendChart;
import com.gridwall.ui.panel.WallControl;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The side panels a layout places, built by id ({@link WallLayoutConfig#PANELS}), each bound to
 * the wall's language and "now", each with the function that sets its models from a scoped
 * snapshot. FX thread only.
 */
final class PanelSet {
    private final ObservableValue<Lang> lang;
    private final ObservableValue<Instant> now;
    private final WallModels models;
    private final Map<String, Panel> panels = new LinkedHashMap<>();
    private final List<BiConsumer<WallSnapshot, MapUnit>> updaters = new ArrayList<>();
    private final List<WallControl> controls = new ArrayList<>();
    IncidentTicker ticker;
    KpiTileGrid kpis;

    PanelSet(ObservableValue<Lang> lang, ObservableValue<Instant> now, WallModels models) {
        this.lang = lang;
        this.now = now;
        this.models = models;
    }

    /** Builds the panel {@code id} with {@code rows} list rows (where it has a list). */
    Panel build(String id, int rows) {
        Panel p = switch (id) {
            case "kpi" -> {
                kpis = bind(new KpiTileGrid());
                updaters.add((s, u) -> kpis.setTiles(models.tiles(s, u)));
                yield panel("panel.kpi", "panel.kpi.sub", kpis, 0);
            }
            case "trend" -> {
                TrendChart t = bind(new TrendChart());
                updaters.add((s, u) -> t.setModel(models.trend(s, u)));
                yield panel("panel.trend", "panel.trend.sub", t, 200);
            }
            case "breakdown" -> {
                BreakdownBars c = breakdown("breakdown.byCategory", true, rows);
                BreakdownBars src = breakdown("breakdown.bySource", false, rows);
                HBox both = new HBox(16, c, src);
                for (BreakdownBars b : List.of(c, src)) {
                    HBox.setHgrow(b, Priority.ALWAYS);
                    b.setPrefWidth(10);
                    b.setMaxWidth(Double.MAX_VALUE);
                }
                yield panel("panel.breakdown", "panel.breakdown.sub", both, 0);
            }
            case "category" -> panel("panel.breakdown", "panel.breakdown.sub", breakdown("breakdown.byCategory", true, rows), 0);
            case "source" -> panel("panel.breakdown", "panel.breakdown.sub", breakdown("breakdown.bySource", false, rows), 0);
            case "ticker" -> {
                ticker = bind(new IncidentTicker());
                updaters.add((s, u) -> ticker.setAll(models.ticker(s, u)));
                yield panel("panel.ticker", null, ticker, 300);
            }
            case "overdue" -> {
                OverdueList o = bind(new OverdueList());
                o.setMaxRows(rows);
                updaters.add((s, u) -> o.setItems(models.overdue(s, u)));
                yield panel("panel.overdue", "panel.overdue.sub", o, 0);
            }
            case "ranking" -> {
                DepartmentRanking r = bind(new DepartmentRanking());
                r.setMaxRows(rows);
                updaters.add((s, u) -> r.setItems(models.ranking(s, u)));
                yield panel("panel.ranking", null, r, 0);
            }
            case "hotspots" -> {
                HotspotList h = bind(new HotspotList());
                h.setMaxRows(rows);
                updaters.add((s, u) -> h.setItems(models.hotspots(s, u)));
                yield panel("panel.hotspot", "panel.hotspot.sub", h, 0);
            }
            default -> throw new IllegalArgumentException("unknown panel '" + id + "'");
        };
        p.setId("panel-" + id);
        panels.put(id, p);
        return p;
    }

    private BreakdownBars breakdown(String heading, boolean byCategory, int rows) {
        BreakdownBars b = bind(new BreakdownBars());
        b.setHeadingKey(heading);
        b.setMaxRows(rows);
        updaters.add((s, u) -> b.setItems(byCategory ? models.byCategory(s, u) : models.bySource(s, u)));
        return b;
    }

    private Panel panel(String title, String subtitle, Node content, double prefHeight) {
        Panel p = bind(new Panel(title, content));
        p.setSubtitleKey(subtitle);
        if (prefHeight > 0) {
            p.setPrefHeight(prefHeight);
        }
        p.setMaxHeight(Double.MAX_VALUE);
        return p;
    }

    <C extends WallControl> C bind(C c) {
        c.langProperty().bind(lang);
        c.nowProperty().bind(now);
        controls.add(c);
        return c;
    }

    /** Sets every panel's models from {@code s} scoped to {@code scope}. */
    void update(WallSnapshot s, MapUnit scope) {
        for (BiConsumer<WallSnapshot, MapUnit> u : updaters) {
            u.accept(s, scope);
        }
    }

    /** Marks when data last arrived: panels go stale when it stops. */
    void dataTime(Instant t) {
        panels.values().forEach(p -> p.setDataTime(t));
    }

    Map<String, Panel> panels() {
        return panels;
    }

    /** Unbinds every control from the wall-wide properties (the wall is being torn down). */
    void unbindAll() {
        for (WallControl c : controls) {
            c.langProperty().unbind();
            c.nowProperty().unbind();
        }
    }
}
