package com.gridwall.ui.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gridwall.domain.Lang;
import java.lang.ref.WeakReference;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The wall runs for days: every panel built, shown, fed, and torn down many times while bound to
 * the wall's long-lived language and ticking clock must leave nothing behind.
 */
@ExtendWith(ApplicationExtension.class)
class PanelLeakTest {
    private static final int ROUNDS = 10;
    private Stage stage;
    private final StackPane host = new StackPane();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        PanelStyles.install(host);
        // a small window: the controls are fully built and styled, only fewer pixels are painted each pulse
        stage.setScene(new Scene(host, 480, 320));
        stage.show();
    }

    @Test
    void panelsBuiltAndTornDownManyTimesAreCollected() throws Exception {
        ObjectProperty<Lang> wallLang = new SimpleObjectProperty<>(Lang.ZH);
        PanelClock clock = new PanelClock(Clock.fixed(SampleModels.NOW, ZoneOffset.UTC));
        FxTest.run(clock::start);
        List<WeakReference<Node>> built = new ArrayList<>();
        List<Node> keptOnPurpose = new ArrayList<>();
        try {
            for (int round = 0; round < ROUNDS; round++) {
                int r = round;
                FxTest.run(() -> {
                    PanelGallery g = new PanelGallery(wallLang, clock.nowProperty());
                    host.getChildren().setAll(g.root);
                    host.applyCss();
                    host.layout();
                    // feed it as the wall would: new ticker lines (they pulse), a language switch, a clock tick
                    TickerItem top = g.ticker.getItems().get(0);
                    g.ticker.push(new TickerItem("new-" + r, "inc-new-" + r, 4, top.category(), top.street(), top.community(),
                            top.grid(), SampleModels.NOW, top.status()));
                    g.banner.acknowledgeSelected();
                    wallLang.set(r % 2 == 0 ? Lang.EN : Lang.ZH);
                    clock.tick();
                    host.layout();
                    for (Node n : LayoutChecks.all(g.root, WallControl.class).stream().map(Node.class::cast).toList()) {
                        built.add(new WeakReference<>(n));
                    }
                    built.add(new WeakReference<>(g.root));
                });
                FxTest.run(() -> host.getChildren().clear());
            }
            // control: a tile the test itself still holds must be seen as alive, or the check proves nothing
            FxTest.run(() -> {
                KpiTile held = new KpiTile(KpiTileModel.of(KpiKind.OPEN, 1));
                held.langProperty().bind(wallLang);
                held.nowProperty().bind(clock.nowProperty());
                host.getChildren().setAll(held);
                host.layout();
                host.getChildren().clear();
                keptOnPurpose.add(held);
                built.add(new WeakReference<>(held));
            });
            assertTrue(built.size() > ROUNDS * 10, "every round builds every control: " + built.size());
            long alive = Long.MAX_VALUE;
            // animations (a ticker pulse lasts 1.8 s) may hold a node until they end; wait for them, then no longer
            for (int attempt = 0; attempt < 40 && alive > 0; attempt++) {
                System.gc();
                Thread.sleep(100);
                FxTest.run(() -> { });
                alive = built.stream().filter(w -> w.get() != null && !keptOnPurpose.contains(w.get())).count();
            }
            assertTrue(built.stream().anyMatch(w -> w.get() == keptOnPurpose.get(0)), "the check sees a retained control");
            assertEquals(0, alive, "controls still reachable after teardown: "
                    + built.stream().map(WeakReference::get).filter(n -> n != null).map(n -> n.getClass().getSimpleName()).distinct().toList());
        } finally {
            FxTest.run(clock::stop);
        }
    }
}
