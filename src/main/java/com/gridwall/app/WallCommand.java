package com.gridwall.app;

import com.gridwall.domain.FeedHealth;
import com.gridwall.domain.Lang;
import com.gridwall.store.StoreConfig;
import com.gridwall.ui.FxThread;
import com.gridwall.ui.emergency.EmergencyController;
import com.gridwall.ui.i18n.Messages;
import com.gridwall.ui.wall.WallLayoutConfig;
import com.gridwall.replay.seek.ReplaySession;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;

/**
 * The default path of the launcher: opens the living wall, full screen unless {@code --windowed},
 * on {@code --map FILE} or the bundled map, in {@code --lang zh|en}, fed by the embedded simulator
 * or {@code --feed URI}, laid out by {@code --layout FILE} or the bundled layout for the screen's
 * shape. Blocks until the window closes, then shuts the feed and store down. A map that cannot be
 * loaded is reported on the console and shown on the wall as a styled error (no feed then).
 * <p>Replay: {@code --replay DIR|FILE} opens the wall in replay mode on a journal directory (or a CSV
 * / Arrow IPC history file, imported first) at its newest instant, timeline shown; no live feed runs
 * unless {@code --feed} is given. With {@code --journal DIR} the live wall journals its feed and F5
 * switches it to replay of that journal and back (the live store keeps running meanwhile). Exports
 * go to {@code --exports DIR} (default ./exports).
 */
final class WallCommand implements Command {
    @Override
    public int run(Args args) throws Exception {
        Lang lang = Lang.parse(args.get("lang", "zh"));
        boolean windowed = args.flag("windowed");
        java.nio.file.Path reports = java.nio.file.Path.of(args.get("reports", "reports"));
        WallMap wallMap = WallMap.load(args);
        wallMap.report();
        AuditLog audit = AuditLog.fromArgs(args);
        AlertSound sound = args.flag("sound") ? new AlertSound() : null;
        String layoutFile = args.get("layout", null);
        WallLayoutConfig fileLayout = layoutFile == null ? null : WallScreen.layout(args, 16, 9);
        String replayArg = args.get("replay", null);
        if (replayArg != null && !wallMap.ok()) {
            throw new IllegalArgumentException("--replay needs a map: " + wallMap.screenProblem());
        }
        boolean live = wallMap.ok() && (replayArg == null || args.get("feed", null) != null);
        WallRuntime runtime = live ? WallRuntime.start(wallMap.map(), args) : null;
        ReplayWall replay = null;
        try (BufferAllocator replayAllocator = new RootAllocator()) {
            try {
                replay = replayFor(args, replayArg, wallMap, runtime, lang, replayAllocator);
                FxThread.startToolkit();
                CountDownLatch closed = new CountDownLatch(1);
                ReplayWall r = replay;
                FxThread.run(() -> open(lang, windowed, wallMap, fileLayout, runtime, r, audit, sound, closed, reports), 60);
                System.out.println("gridwall: audit log " + audit.file().toAbsolutePath());
                closed.await();
            } finally {
                if (replay != null) {
                    replay.close();
                    replay.session().close();
                }
                if (runtime != null) {
                    runtime.close();
                }
            }
        }
        return wallMap.ok() ? 0 : 1;
    }

    /** The replay side: `--replay X`, else the live journal (`--journal`), else none. */
    private static ReplayWall replayFor(Args args, String replayArg, WallMap wallMap, WallRuntime runtime, Lang lang,
                                        BufferAllocator allocator) throws Exception {
        Path exports = Path.of(args.get("exports", "exports"));
        ReplaySession session;
        if (replayArg != null) {
            session = ReplayOpen.open(replayArg, wallMap.map(), allocator);
            session.clock().seek(session.timeline().end());
        } else if (runtime != null && runtime.journal() != null) {
            session = ReplaySession.attach(runtime.journal(), ReplayOpen.factory(wallMap.map()), allocator);
        } else {
            return null;
        }
        // in-memory states for quick seeks; a journal opened to replay is warmed up with practice seeks
        session.startLadder(com.gridwall.replay.seek.StateLadder.Settings.forMachine(), replayArg != null);
        return new ReplayWall(session, runtime == null ? () -> null : runtime::snapshot, lang, exports)
                .refreshing(replayArg == null);
    }

    private static void open(Lang lang, boolean windowed, WallMap wallMap, WallLayoutConfig fileLayout,
                             WallRuntime runtime, ReplayWall replay, AuditLog audit, AlertSound sound,
                             CountDownLatch closed, java.nio.file.Path reports) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double w = windowed ? Math.min(1600, screen.getWidth() * 0.9) : screen.getWidth();
        double h = windowed ? w * 9 / 16 : screen.getHeight();
        WallLayoutConfig layout = fileLayout != null ? fileLayout : WallLayoutConfig.forScreen(w, h);
        // one snapshot pull per pulse (the presenter's) also feeds the map layers and emergency mode
        // in replay the presenter pulls the replay's snapshots (the live store's while live) on the shown instant
        SnapshotTap tap = new SnapshotTap(replay != null ? replay.snapshots() : runtime == null ? () -> null : runtime::snapshot);
        WallScreen ws = WallScreen.build(wallMap, lang, layout, tap,
                runtime == null ? () -> FeedHealth.initial(FeedHealth.State.STOPPED, "", 0) : runtime::health,
                replay != null ? replay.clock() : Clock.system(StoreConfig.SHANGHAI));
        Scene scene = new Scene(ws.wall().root(), w, h);
        com.gridwall.ui.theme.WallTheme.apply(scene);
        if (replay != null && ws.presenter() != null) {
            replay.attach(ws.wall(), runtime == null, true);
            replay.bindKeys(scene);
        }
        if (ws.presenter() != null) {
            ws.presenter().installKeys(scene);
            ws.wireAlerts(audit, sound, System.getProperty("user.name", "operator"));
        }
        Stage stage = new Stage();
        stage.setTitle(ws.wall().titleBar().titleText());
        stage.setScene(scene);
        if (!windowed) {
            stage.setFullScreenExitHint("");
            stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            stage.setFullScreen(true);
        }
        // a wall has no window frame: Ctrl+Q quits, F11 toggles full screen
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Q"), stage::close);
        scene.getAccelerators().put(KeyCombination.keyCombination("F11"), () -> stage.setFullScreen(!stage.isFullScreen()));
        if (ws.wall().mapView() != null) {
            // F9 declare / F10 end an emergency; reports go to --reports DIR (default ./reports)
            Messages messages = Messages.of(lang);
            EmergencyController emergency = new EmergencyController(ws.wall(), messages,
                    new MarkdownEmergencyReports(reports));
            emergency.install(scene);
            tap.onChange(ws.wall().mapLayers()::setSnapshot).onChange(emergency.mode()::setSnapshot);
        }
        stage.setOnHidden(e -> {
            if (ws.presenter() != null) {
                ws.presenter().dispose();
            }
            closed.countDown();
        });
        stage.show();
        ws.wall().start();
        if (ws.wall().mapView() != null) {
            ws.wall().mapView().requestFocus();
        }
    }
}
