package com.gridwall.app;

import com.gridwall.domain.Lang;
import com.gridwall.replay.seek.ReplayDriver;
import com.gridwall.replay.seek.ReplaySession;
import com.gridwall.store.snapshot.WallSnapshot;
import com.gridwall.ui.shell.Wall;
import com.gridwall.ui.timeline.AnalystBar;
import com.gridwall.ui.timeline.ComparisonPanel;
import com.gridwall.ui.timeline.FilterBadge;
import com.gridwall.ui.timeline.TimelineBar;
import com.gridwall.ui.timeline.TimelineModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Puts replay on a wall: the timeline and analyst bar in the timeline row, the comparison panel
 * over the map, the title clock showing the shown instant, and the keys. The wall's panels pull
 * {@link #snapshots()} once per frame: the replayed instant in replay mode, the live store's
 * snapshot in live mode (the live store never stops, so going back to live loses nothing).
 * <p>Keys: F5 live/replay, F2 play/pause, F3/F4 step back/forward, F8 next speed, Ctrl+B bookmark,
 * Ctrl+E export CSV, Ctrl+Shift+E export Arrow, Ctrl+P export PNG, Ctrl+K week-over-week.
 * <p>Build and use on the FX thread; the driver runs its own thread.
 */
final class ReplayWall implements AutoCloseable {
    private final ReplaySession session;
    private final ReplayDriver driver;
    private final ReplayPortAdapter port;
    private final Lang lang;
    private final Path exports;
    private TimelineModel model;
    private TimelineBar bar;
    private AnalystBar analyst;
    private AnalystAdapter analystPort;
    private ComparisonPanel comparison;
    private FilterBadge filterBadge;
    private Wall wall;
    private java.util.concurrent.ScheduledExecutorService refresher;

    /**
     * The data side, before the wall exists: its {@link #snapshots()} and {@link #clock()} are what
     * the wall presenter is built with.
     *
     * @param live the live store's newest snapshot (the supplier may return null while no live feed runs)
     */
    ReplayWall(ReplaySession session, Supplier<WallSnapshot> live, Lang lang, Path exports) {
        this.session = session;
        this.driver = new ReplayDriver(session, live, 40);
        this.port = new ReplayPortAdapter(session, driver);
        this.lang = lang;
        this.exports = exports;
    }

    /**
     * Puts the timeline on {@code wall} (FX thread).
     *
     * @param pinned keep the timeline row shown in live mode too (the `--replay` wall); else it
     *               shows only while replaying
     * @param driven start the driver thread (the running wall); snapshots drive it by hand
     */
    ReplayWall attach(Wall wall, boolean pinned, boolean driven) {
        this.wall = wall;
        this.model = new TimelineModel(port);
        this.bar = new TimelineBar(model);
        bar.setLang(lang);
        bar.langProperty().bind(wall.langProperty());
        this.comparison = new ComparisonPanel(lang);
        this.analystPort = new AnalystAdapter(session, driver, unitsOf(wall), exports, port::position, this::writePng);
        this.analyst = new AnalystBar(analystPort, comparison::show);
        analyst.langProperty().set(lang);
        analyst.langProperty().bind(wall.langProperty());
        this.filterBadge = new FilterBadge(analystPort, analyst);
        filterBadge.langProperty().bind(analyst.langProperty());
        VBox box = new VBox(bar, analyst);
        box.getStyleClass().add("timeline-panel");
        VBox.setVgrow(bar, javafx.scene.layout.Priority.ALWAYS);
        wall.layout().setTimeline(box);
        if (pinned) {
            wall.layout().showTimeline(true);
        } else {
            wall.layout().showTimeline(model.replayingProperty().get());
            model.replayingProperty().addListener((o, a, b) -> wall.layout().showTimeline(b));
        }
        StackPane.setAlignment(comparison, Pos.CENTER);
        wall.layout().centreSlot().getChildren().add(comparison);
        // the filter badge sits top left over the map, clear of the breadcrumb and alerts (top centre/right)
        StackPane.setAlignment(filterBadge, Pos.TOP_LEFT);
        StackPane.setMargin(filterBadge, new javafx.geometry.Insets(12, 0, 0, 12));
        // a 16:9 map is narrow and its breadcrumb sits top centre: the badge takes at most 38% of the width
        filterBadge.widthCapProperty().bind(wall.layout().centreSlot().widthProperty().multiply(0.38));
        wall.layout().centreSlot().getChildren().add(filterBadge);
        if (wall.mapView() != null) {
            wall.mapView().reserveArea(filterBadge);
        }
        wall.frameLoop().addPulseListener(n -> filterBadge.refresh());
        filterBadge.refresh();
        model.attach(wall.frameLoop());
        wall.titleBar().setClock(clock());
        if (driven) {
            driver.start();
        }
        return this;
    }

    /**
     * For a live journal: re-reads the timeline every 5 s on its own thread (the FX thread never
     * waits on the session).
     */
    ReplayWall refreshing(boolean on) {
        if (on && refresher == null) {
            refresher = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "replay-timeline-refresh");
                t.setDaemon(true);
                return t;
            });
            refresher.scheduleWithFixedDelay(() -> {
                try {
                    port.refreshTimeline();
                } catch (java.io.IOException | RuntimeException e) {
                    System.err.println("gridwall: replay timeline refresh failed: " + e.getMessage());
                }
            }, 5, 5, java.util.concurrent.TimeUnit.SECONDS);
        }
        return this;
    }

    /** The wall's clock: the shown instant (the machine's clock while live). */
    Clock clock() {
        return new ShownClock(port, ZoneId.of("Asia/Shanghai"));
    }

    private static com.gridwall.domain.UnitDirectory unitsOf(Wall wall) {
        return wall.mapView() != null && wall.mapView().getMap() != null
                ? wall.mapView().getMap().directory() : new com.gridwall.domain.UnitDirectory(java.util.List.of());
    }

    /** Binds the replay keys on {@code scene}. */
    void bindKeys(Scene scene) {
        Map<String, Runnable> keys = Map.of(
                "F5", model::toggleLive,
                // F6, F7, F9 and F10 belong to emergency mode
                "F2", model::togglePlay,
                "F3", () -> model.step(-1),
                "F4", () -> model.step(1),
                "F8", this::nextSpeed,
                "Shortcut+E", analyst::exportCsv,
                "Shortcut+Shift+E", analyst::exportArrow,
                "Shortcut+P", analyst::exportPng,
                "Shortcut+K", analyst::compare);
        keys.forEach((k, r) -> scene.getAccelerators().put(KeyCombination.keyCombination(k), r));
    }

    private void nextSpeed() {
        int[] s = TimelineModel.SPEEDS;
        int cur = model.speedProperty().get();
        for (int i = 0; i < s.length; i++) {
            if (s[i] == cur) {
                model.setSpeed(s[(i + 1) % s.length]);
                return;
            }
        }
        model.setSpeed(s[0]);
    }

    private void writePng(Path file) throws java.io.IOException {
        Scene scene = wall.root().getScene();
        WritableImage img = new WritableImage((int) Math.round(scene.getWidth()), (int) Math.round(scene.getHeight()));
        PngFiles.write(scene.snapshot(img), file);
    }

    /** What the wall's panels show now (replayed or live). */
    Supplier<WallSnapshot> snapshots() {
        return driver::current;
    }

    ReplayDriver driver() {
        return driver;
    }

    ReplaySession session() {
        return session;
    }

    TimelineModel model() {
        return model;
    }

    TimelineBar bar() {
        return bar;
    }

    AnalystBar analyst() {
        return analyst;
    }

    AnalystAdapter analystPort() {
        return analystPort;
    }

    FilterBadge filterBadge() {
        return filterBadge;
    }

    ComparisonPanel comparison() {
        return comparison;
    }

    ReplayPortAdapter port() {
        return port;
    }

    @Override
    public void close() throws InterruptedException {
        if (refresher != null) {
            refresher.shutdownNow();
        }
        driver.close();
    }

    /** The wall's clock: the shown instant (the machine's clock while live). */
    private static final class ShownClock extends Clock {
        private final ReplayPortAdapter port;
        private final ZoneId zone;

        ShownClock(ReplayPortAdapter port, ZoneId zone) {
            this.port = port;
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId z) {
            return new ShownClock(port, z);
        }

        @Override
        public Instant instant() {
            return port.position();
        }
    }
}
