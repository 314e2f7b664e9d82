package com.gridwall.app;

import com.gridwall.domain.Lang;
import com.gridwall.ui.FxThread;
import com.gridwall.ui.emergency.EmergencyController;
import com.gridwall.ui.i18n.Messages;
import com.gridwall.ui.shell.Wall;
import com.gridwall.ui.theme.WallTheme;
import java.util.concurrent.CountDownLatch;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The default path of the launcher: opens the wall, full screen unless {@code --windowed}, on
 * {@code --map FILE} or the bundled map, in {@code --lang zh|en}. Blocks until the window closes.
 * A map that cannot be loaded is reported on the console and shown on the wall as a styled error.
 */
final class WallCommand implements Command {
    @Override
    public int run(Args args) throws Exception {
        Lang lang = Lang.parse(args.get("lang", "zh"));
        boolean windowed = args.flag("windowed");
        java.nio.file.Path reports = java.nio.file.Path.of(args.get("reports", "reports"));
        WallMap wallMap = WallMap.load(args);
        wallMap.report();
        FxThread.startToolkit();
        CountDownLatch closed = new CountDownLatch(1);
        FxThread.run(() -> open(lang, windowed, wallMap, closed, reports), 60);
        closed.await();
        return wallMap.ok() ? 0 : 1;
    }

    private static void open(Lang lang, boolean windowed, WallMap wallMap, CountDownLatch closed,
                             java.nio.file.Path reports) {
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
        Scene scene = new Scene(wall.root(), w, h);
        WallTheme.apply(scene);
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
        if (wall.mapView() != null) {
            // F9 declare / F10 end an emergency; reports go to --reports DIR (default ./reports)
            new EmergencyController(wall, messages, new MarkdownEmergencyReports(reports, messages)).install(scene);
        }
        stage.setOnHidden(e -> closed.countDown());
        stage.show();
        wall.start();
        if (wall.mapView() != null) {
            wall.mapView().requestFocus();
        }
    }
}
