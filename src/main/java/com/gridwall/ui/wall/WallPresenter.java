package com.gridwall.ui.wall;

import com.gridwall.domain.FeedHealth;
import com.gridwall.domain.Lang;
import com.gridwall.geo.GridMap;
import com.gridwall.geo.MapUnit;
import com.gridwall.store.snapshot.WallSnapshot;
import com.gridwall.ui.alert.Acknowledgement;
import com.gridwall.ui.alert.AlertBanner;
import com.gridwall.ui.alert.WallAlert;
import com.gridwall.ui.map.MapView;
import com.gridwall.ui.panel.ClockLabel;
import com.gridwall.ui.panel.FeedHealthBar;
import com.gridwall.ui.panel.Panel;
import com.gridwall.ui.panel.PanelStyles;
import com.gridwall.ui.shell.Wall;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Turns the shell into the living wall: places the panels a {@link WallLayoutConfig} names into
 * the shell's slots, and once per pulse (through the wall's {@link com.gridwall.ui.FrameLoop})
 * pulls the newest {@link WallSnapshot} and {@link FeedHealth}, maps them with {@link WallModels}
 * to the panels' models, scoped to the drill-down, and raises alerts ({@link AlertDetector}).
 * Holds no logic of its own beyond wiring; confined to the FX thread. The sources it pulls must be
 * non-blocking and safe from the FX thread (the store's snapshot, the feed's health).
 *
 * <p>Keys (a scene filter, so they work wherever the focus is): Enter/Space acknowledge the selected
 * alert group, Backspace/Esc go up one level, Home shows the whole district.
 */
public final class WallPresenter {
    /** Alerts older than this (by event time) when first seen are history, not news. */
    public static final Duration ALERT_WINDOW = Duration.ofMinutes(10);
    private static final long HEALTH_EVERY_NANOS = 500_000_000L;

    private final Wall wall;
    private final GridMap map;
    private final Clock clock;
    private final WallModels models;
    private final PanelSet panels;
    private final DrillDown drill;
    private final AlertDetector alerts;
    private final AlertBanner banner;
    private final FeedHealthBar healthBar;
    private final Breadcrumb breadcrumb;
    private final ObjectProperty<Lang> lang;
    private final ObjectProperty<Instant> now;
    private final Supplier<FeedHealth> health;
    private final WallLayoutConfig layout;
    private WallSnapshot last;
    private long lastSeq = Long.MIN_VALUE;
    private long lastHealthNanos = Long.MIN_VALUE;
    private boolean syncing;
    private boolean flyToAlerts = true;
    private Consumer<List<WallAlert>> onAlerts = a -> { };
    private final KeyHandler keys = new KeyHandler();

    /**
     * @param wall      a wall already showing {@code map}
     * @param snapshots the store's (or the replay's) newest snapshot; pulled once per pulse
     * @param health    the feed's health; pulled twice a second
     * @param clock     the wall's "now" (live clock, or a fixed one for snapshots and tests)
     */
    public WallPresenter(Wall wall, GridMap map, Lang lang, WallLayoutConfig layout, Supplier<WallSnapshot> snapshots,
                         Supplier<FeedHealth> health, Clock clock) {
        this.wall = wall;
        this.map = map;
        this.clock = clock;
        this.health = health;
        this.layout = layout;
        // the wall's language is the presenter's: one switch (the L key) reaches shell, map and panels
        this.lang = wall.langProperty();
        this.lang.set(lang);
        this.now = new SimpleObjectProperty<>(this, "now", clock.instant().truncatedTo(ChronoUnit.SECONDS));
        ZoneId zone = com.gridwall.ui.shell.TitleBar.WALL_ZONE;
        models = new WallModels(map, zone);
        panels = new PanelSet(this.lang, now, models);
        drill = new DrillDown(map);
        alerts = new AlertDetector(map, models, ALERT_WINDOW);
        wall.titleBar().setClock(clock);

        place();
        banner = panels.bind(new AlertBanner());
        banner.setId("wall-alerts");
        banner.zoneProperty().set(zone);
        boolean wide = layout.designWidth() > 2500;
        banner.setMaxWidth(wide ? 820 : 860);
        // on a 16:9 design the map is narrow: two alert lines (then "N more groups") keep the centre visible
        banner.setMaxVisibleGroups(wide ? 3 : 2);
        banner.setOnFlyTo(this::flyTo);
        breadcrumb = new Breadcrumb(drill, map.title(), this.lang);
        VBox overlay = new VBox(10, breadcrumb, banner);
        // a wide map has room beside the area: keep the alerts off its centre (top right)
        overlay.setAlignment(wide ? Pos.TOP_RIGHT : Pos.TOP_CENTER);
        overlay.setPickOnBounds(false);
        overlay.setMaxHeight(VBox.USE_PREF_SIZE);
        overlay.getStyleClass().add("wall-map-overlay");
        StackPane.setAlignment(overlay, wide ? Pos.TOP_RIGHT : Pos.TOP_CENTER);
        if (wide) {
            overlay.setMaxWidth(VBox.USE_PREF_SIZE);
            overlay.getStyleClass().add("wide");
        }
        if (wall.mapFrame() != null) {
            wall.mapFrame().getChildren().add(overlay);
        }
        if (wall.mapView() != null) {
            wall.mapView().reserveArea(breadcrumb);
            wall.mapView().reserveArea(banner);
        }

        healthBar = panels.bind(new FeedHealthBar());
        healthBar.setId("wall-feed-health");
        ClockLabel clockLabel = panels.bind(new ClockLabel());
        clockLabel.setZone(zone);
        healthBar.setClock(clockLabel);
        wall.layout().setBottom(healthBar);
        PanelStyles.install(wall.root());

        MapView mv = wall.mapView();
        if (mv != null) {
            mv.selectedProperty().addListener((o, a, b) -> {
                if (!syncing) {
                    drill.select(b);
                }
            });
        }
        drill.scopeProperty().addListener((o, a, b) -> scopeChanged(b));
        wall.frameLoop().watch(snapshots, this::show);
        wall.frameLoop().addPulseListener(this::pulse);
    }

    private void place() {
        wall.layout().setLeft(nodes(layout.left()));
        wall.layout().setRight(nodes(layout.right()));
        wall.layout().setLeftExtra(columns(layout.leftExtra()));
        wall.layout().setRightExtra(columns(layout.rightExtra()));
    }

    private Node[][] columns(List<List<String>> cols) {
        Node[][] out = new Node[cols.size()][];
        for (int i = 0; i < cols.size(); i++) {
            out[i] = nodes(cols.get(i));
        }
        return out;
    }

    private Node[] nodes(List<String> ids) {
        Node[] out = new Node[ids.size()];
        for (int i = 0; i < ids.size(); i++) {
            int fallback = switch (ids.get(i)) {
                case "overdue", "hotspots" -> 3;
                default -> 5;
            };
            out[i] = panels.build(ids.get(i), layout.rows(ids.get(i), fallback));
        }
        return out;
    }

    private void show(WallSnapshot s) {
        if (s == null) {
            return;
        }
        last = s;
        if (s.lastSeq() != lastSeq) {
            lastSeq = s.lastSeq();
            if (s.lastSeq() >= 0) {
                panels.dataTime(clock.instant());
            }
        }
        panels.update(s, drill.scope());
        // give the panels their natural heights first; only the ticker and trend take the rest
        for (Panel p : panels.panels().values()) {
            boolean grows = p.getPrefHeight() > 0;
            VBox.setVgrow(p, grows ? Priority.ALWAYS : Priority.NEVER);
            p.setMinHeight(grows ? 120 : Panel.USE_PREF_SIZE);
        }
        List<WallAlert> raised = alerts.detect(s);
        if (!raised.isEmpty()) {
            banner.raiseAll(raised);
            onAlerts.accept(raised);
        }
    }

    private void pulse(long nanos) {
        Instant t = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        if (!t.equals(now.get())) {
            now.set(t);
        }
        if (lastHealthNanos == Long.MIN_VALUE || nanos - lastHealthNanos >= HEALTH_EVERY_NANOS) {
            lastHealthNanos = nanos;
            healthBar.setModel(WallModels.health(health.get()));
        }
    }

    private void scopeChanged(MapUnit scope) {
        MapView mv = wall.mapView();
        if (mv != null) {
            syncing = true;
            try {
                mv.selectedProperty().set(scope);
            } finally {
                syncing = false;
            }
            // show the scope's children (a street's communities, a community's grids) whatever the zoom
            mv.levelOverrideProperty().set(scope == null ? null : switch (scope.level()) {
                case DISTRICT -> com.gridwall.domain.Level.STREET;
                case STREET -> com.gridwall.domain.Level.COMMUNITY;
                case COMMUNITY, GRID -> com.gridwall.domain.Level.GRID;
            });
            mv.flyTo(scope);
        }
        if (last != null) {
            panels.update(last, scope);
        }
    }

    /** Whether a new alert flies the map to it (on by default; snapshots keep the whole area). */
    public void setFlyToAlerts(boolean on) {
        flyToAlerts = on;
    }

    private void flyTo(WallAlert a) {
        MapView mv = wall.mapView();
        if (mv == null || !flyToAlerts) {
            return;
        }
        MapUnit grid = a.gridCode() == null ? null : map.unit(a.gridCode());
        // frame the grid's community: a single grid fills the view with too little around it to place it
        MapUnit around = grid == null || grid.parentCode() == null ? grid : map.unit(grid.parentCode());
        if (around != null) {
            mv.flyTo(around);
        } else {
            mv.flyToPoint(a.lon(), a.lat(), 6);
        }
    }

    /** Installs the wall's keys as a scene filter, so they work whatever has the focus. */
    public void installKeys(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
    }

    public void removeKeys(Scene scene) {
        scene.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
    }

    private final class KeyHandler implements javafx.event.EventHandler<KeyEvent> {
        @Override
        public void handle(KeyEvent e) {
            // typing in a text field (e.g. a bookmark note) must keep Backspace, Enter and Space
            if (e.getTarget() instanceof javafx.scene.control.TextInputControl) {
                return;
            }
            switch (e.getCode()) {
                case ENTER, SPACE -> {
                    if (banner.getGroups().isEmpty()) {
                        return;
                    }
                    banner.acknowledgeSelected();
                }
                case BACK_SPACE, ESCAPE -> drill.up();
                case HOME -> drill.home();
                case L -> lang.set(lang.get() == Lang.EN ? Lang.ZH : Lang.EN);
                default -> {
                    return;
                }
            }
            e.consume();
        }
    }

    /** Every acknowledgement (key or click) goes here: the app appends it to the audit log. */
    public void setOnAcknowledge(Consumer<Acknowledgement> c) {
        banner.setOnAcknowledge(c);
    }

    /** Called with each batch of newly raised alerts (e.g. to play a sound). */
    public void setOnAlerts(Consumer<List<WallAlert>> c) {
        onAlerts = c == null ? a -> { } : c;
    }

    public void setOperator(String who) {
        banner.setOperator(who);
    }

    /** Tears down: unbinds the controls from the wall-wide properties, stops the frame loop. */
    public void dispose() {
        wall.frameLoop().stop();
        panels.unbindAll();
    }

    public DrillDown drillDown() {
        return drill;
    }

    public AlertBanner alertBanner() {
        return banner;
    }

    public FeedHealthBar feedHealthBar() {
        return healthBar;
    }

    /** The placed panels by layout id (kpi, trend, ticker, ...). */
    public java.util.Map<String, Panel> panels() {
        return java.util.Collections.unmodifiableMap(panels.panels());
    }

    public com.gridwall.ui.panel.KpiTileGrid kpiTiles() {
        return panels.kpis;
    }

    public ObjectProperty<Lang> langProperty() {
        return lang;
    }

    /** The wall's "now" (whole seconds), which the panels' ages, countdowns and staleness follow. */
    public ObjectProperty<Instant> nowProperty() {
        return now;
    }

    public WallModels models() {
        return models;
    }

    /** The breadcrumb's text (tests, report). */
    public String breadcrumbText() {
        return breadcrumb.text();
    }

    public WallLayoutConfig layout() {
        return layout;
    }
}
