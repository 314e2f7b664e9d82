package com.gridwall.app;

import com.gridwall.domain.Lang;
import com.gridwall.ui.FxThread;
import com.gridwall.ui.i18n.Messages;
import com.gridwall.ui.shell.Wall;
import com.gridwall.ui.theme.WallTheme;
import com.gridwall.replay.seek.ReplaySession;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The default path of the launcher: opens the wall, full screen unless {@code --windowed}, on
 * {@code --map FILE} or the bundled map, in {@code --lang zh|en}. Blocks until the window closes.
 * A map that cannot be loaded is reported on the console and shown on the wall as a styled error.
 * {@code --replay DIR|FILE} opens the wall in replay mode on a journal directory (or a CSV / Arrow
 * IPC history file, imported first) at its newest instant, with the timeline shown; exports go to
 * {@code --exports DIR} (default ./exports).
 */
final class WallCommand implements Command {
    @Override
    public int run(Args args) throws Exception {
        Lang lang = Lang.parse(args.get("lang", "zh"));
        boolean windowed = args.flag("windowed");
        WallMap wallMap = WallMap.load(args);
        wallMap.report();
        String replay = args.get("replay", null);
        if (replay != null && !wallMap.ok()) {
            throw new IllegalArgumentException("--replay needs a map: " + wallMap.screenProblem());
        }
        Path exports = Path.of(args.get("exports", "exports"));
        try (BufferAllocator allocator = new RootAllocator();
             ReplaySession session = replay == null ? null : ReplayOpen.open(replay, wallMap.map(), allocator)) {
            if (session != null) {
                session.clock().seek(session.timeline().end());
            }
            FxThread.startToolkit();
            CountDownLatch closed = new CountDownLatch(1);
            ReplayWall[] replayWall = new ReplayWall[1];
            FxThread.run(() -> replayWall[0] = open(lang, windowed, wallMap, closed, session, exports), 60);
            closed.await();
            if (replayWall[0] != null) {
                replayWall[0].close();
            }
        }
        return wallMap.ok() ? 0 : 1;
    }

    private static ReplayWall open(Lang lang, boolean windowed, WallMap wallMap, CountDownLatch closed,
                                   ReplaySession session, Path exports) {
        WallTheme.loadFonts();
        Messages messages = Messages.of(lang);
        Wall wall = new Wall(messages);
        if (wallMap.ok()) {
            wall.showMap(wallMap.map());
        } else {
            wall.showError(wallMap.source(), wallMap.screenProblem());
        }
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double w = windowed ? Math.min(1600, screen.getWidth() * 0.9) : screen.getWidth();
        double h = windowed ? w * 9 / 16 : screen.getHeight();
        // TODO(wall): hand replayWall.snapshots() to the wall presenter as its snapshot supplier
        ReplayWall replayWall = session == null ? null : new ReplayWall(wall, session, () -> null, lang, exports, true, true);
        Scene scene = new Scene(wall.root(), w, h);
        WallTheme.apply(scene);
        if (replayWall != null) {
            replayWall.bindKeys(scene);
        }
        Stage stage = new Stage();
        stage.setTitle(wall.titleBar().titleText());
        stage.setScene(scene);
        if (!windowed) {
            stage.setFullScreenExitHint("");
            stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            stage.setFullScreen(true);
        }
        // a wall has no window frame: Ctrl+Q quits, F11 toggles full screen
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Q"), stage::close);
        scene.getAccelerators().put(KeyCombination.keyCombination("F11"), () -> stage.setFullScreen(!stage.isFullScreen()));
        stage.setOnHidden(e -> closed.countDown());
        stage.show();
        wall.start();
        if (wall.mapView() != null) {
            wall.mapView().requestFocus();
        }
        return replayWall;
    }
}
