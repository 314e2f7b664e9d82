package com.gridwall.app;

import com.gridwall.domain.FeedHealth;
import com.gridwall.domain.Lang;
import com.gridwall.geo.GridMap;
import com.gridwall.geo.io.MapLoader;
import com.gridwall.store.EventStore;
import com.gridwall.store.snapshot.WallSnapshot;
import com.gridwall.ui.theme.WallTheme;
import com.gridwall.ui.wall.WallLayoutConfig;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.apache.arrow.memory.RootAllocator;

/** A wall on a TestFX stage fed from a swappable snapshot, on a clock the test moves. */
final class WallTestBed {
    static final GridMap MAP = load();

    final AtomicReference<WallSnapshot> snapshot = new AtomicReference<>();
    final AtomicReference<FeedHealth> health = new AtomicReference<>(FeedHealth.initial(FeedHealth.State.EMBEDDED, "test", 0));
    final MovableClock clock;
    WallScreen screen;
    Scene scene;

    WallTestBed(Instant now) {
        clock = new MovableClock(now);
    }

    private static GridMap load() {
        try {
            return MapLoader.loadResource(MapLoader.DEFAULT_RESOURCE);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The snapshot of a store holding the first {@code events} simulated events (seed 7); allocator closed. */
    static WallSnapshot simulated(long events) {
        try (RootAllocator a = new RootAllocator(); EventStore store = SimulatedDay.build(MAP, events, 7, a)) {
            return store.snapshot();
        }
    }

    /** Builds and shows the wall (FX thread). */
    WallScreen show(Stage stage, Lang lang, WallLayoutConfig layout, double w, double h) {
        WallTheme.loadFonts();
        WallMap wm = new WallMap(MAP, "bundled", null);
        screen = WallScreen.build(wm, lang, layout, snapshot::get, health::get, clock);
        scene = new Scene(screen.wall().root(), w, h);
        WallTheme.apply(scene);
        screen.presenter().installKeys(scene);
        stage.setScene(scene);
        stage.show();
        screen.wall().start();
        return screen;
    }

    /** A clock the test moves by hand (thread-safe). */
    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void set(Instant t) {
            now = t;
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Shanghai");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
