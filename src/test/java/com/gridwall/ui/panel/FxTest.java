package com.gridwall.ui.panel;

import java.util.concurrent.Callable;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/** Small helpers for the panel tests: a shown stage with the panel styles, and FX-thread calls. */
final class FxTest {
    private FxTest() {
    }

    /** Puts {@code content} alone in the stage's scene (styled, fonts loaded), shows it, and waits for layout. */
    static StackPane show(Stage stage, javafx.scene.Node content, double w, double h) {
        StackPane root = new StackPane(content);
        root.setStyle("-fx-background-color: -gw-bg;");
        PanelStyles.install(root);
        run(() -> {
            stage.setScene(new Scene(root, w, h));
            stage.show();
            root.applyCss();
            root.layout();
        });
        return root;
    }

    static void run(Runnable r) {
        call(() -> {
            r.run();
            return null;
        });
    }

    static <T> T call(Callable<T> c) {
        try {
            T result = WaitForAsyncUtils.asyncFx(c).get();
            WaitForAsyncUtils.waitForFxEvents();
            return result;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The texts of every visible Label under root, in scene-graph order. */
    static java.util.List<String> texts(Parent root) {
        return call(() -> {
            root.applyCss();
            root.layout();
            return LayoutChecks.all(root, javafx.scene.control.Labeled.class).stream()
                    .filter(l -> LayoutChecks.visibleUpTo(l, root))
                    .map(javafx.scene.control.Labeled::getText)
                    .filter(t -> t != null && !t.isEmpty())
                    .toList();
        });
    }
}
