package com.gridwall.ui;

import com.gridwall.domain.Lang;
import com.gridwall.geo.GridMap;
import com.gridwall.ui.i18n.Messages;
import com.gridwall.ui.shell.Wall;
import com.gridwall.ui.theme.WallTheme;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/** Builds a wall on a TestFX stage and waits for conditions that depend on pulses. */
public final class WallFixture {
    private WallFixture() {
    }

    public static Wall show(Stage stage, GridMap map, Lang lang, double w, double h) {
        WallTheme.loadFonts();
        Wall wall = new Wall(Messages.of(lang));
        if (map != null) {
            wall.showMap(map);
        }
        Scene scene = new Scene(wall.root(), w, h);
        WallTheme.apply(scene);
        stage.setScene(scene);
        stage.show();
        wall.start();
        return wall;
    }

    /** Runs {@code work} on the FX thread and returns its result. */
    public static <T> T fx(java.util.concurrent.Callable<T> work) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(work));
    }

    /** Polls {@code condition} on the FX thread until true or {@code seconds} pass; fails the test on timeout. */
    public static void await(double seconds, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor((long) (seconds * 1000), java.util.concurrent.TimeUnit.MILLISECONDS,
                    () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within " + seconds + " s", e);
        }
    }
}
