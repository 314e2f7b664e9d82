package com.gridwall.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gridwall.domain.Lang;
import com.gridwall.store.snapshot.WallSnapshot;
import com.gridwall.ui.WallFixture;
import com.gridwall.ui.panel.Panel;
import com.gridwall.ui.wall.WallLayoutConfig;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** 16:9 vs 32:9 layouts, zh vs en labels, and a wall built and torn down many times leaves nothing behind. */
@ExtendWith(ApplicationExtension.class)
class WallLayoutAndLanguageTest {
    private static WallSnapshot snap;
    private Stage stage;

    @BeforeAll
    static void store() {
        snap = WallTestBed.simulated(1500);
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private WallTestBed show(Lang lang, WallLayoutConfig layout, double w, double h) {
        WallTestBed bed = new WallTestBed(snap.asOf());
        bed.snapshot.set(snap);
        WallFixture.fx(() -> bed.show(stage, lang, layout, w, h));
        WallFixture.await(10, () -> bed.screen.presenter().kpiTiles().getTiles() != null);
        return bed;
    }

    private static Set<String> texts(Parent root) {
        List<String> out = new ArrayList<>();
        collect(root, out);
        return Set.copyOf(out);
    }

    private static void collect(Node n, List<String> out) {
        if (n instanceof Labeled l && l.getText() != null) {
            out.add(l.getText());
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }

    @Test
    void wideWallsUseMorePanelsInExtraColumnsNotAStretchedDesign() {
        WallTestBed narrow = show(Lang.ZH, WallLayoutConfig.forScreen(1280, 720), 1280, 720);
        int narrowPanels = narrow.screen.presenter().panels().size();
        assertFalse(WallFixture.fx(() -> narrow.screen.wall().layout().leftExtraSlot().isVisible()));
        assertEquals(1920, narrow.screen.wall().scaler().designWidth());

        WallTestBed wide = show(Lang.ZH, WallLayoutConfig.forScreen(1280, 360), 1280, 360);
        assertEquals(3840, wide.screen.wall().scaler().designWidth());
        assertTrue(wide.screen.presenter().panels().size() > narrowPanels, "32:9 places more panels");
        int extraColumns = WallFixture.fx(() -> wide.screen.wall().layout().leftExtraSlot().getChildren().size()
                + wide.screen.wall().layout().rightExtraSlot().getChildren().size());
        assertTrue(extraColumns >= 2, "extra columns: " + extraColumns);
        // scaled uniformly: 1280/3840 = 360/1080
        assertEquals(1.0 / 3, WallFixture.fx(() -> wide.screen.wall().scaler().factorProperty().get()), 1e-9);
        // every placed panel is in the scene and shows the store's data
        for (Panel p : wide.screen.presenter().panels().values()) {
            assertTrue(WallFixture.fx(() -> p.getScene() != null), p.getId());
        }
    }

    @Test
    void englishSwitchesEveryLabelChineseIsTheDefault() {
        WallTestBed zh = show(Lang.ZH, WallLayoutConfig.bundled(false), 1280, 720);
        Set<String> zhTexts = WallFixture.fx(() -> texts(zh.scene.getRoot()));
        assertTrue(zhTexts.contains("核心指标"), "zh panel title");
        assertTrue(zhTexts.contains("实时事件"));
        WallTestBed en = show(Lang.EN, WallLayoutConfig.bundled(false), 1280, 720);
        Set<String> enTexts = WallFixture.fx(() -> texts(en.scene.getRoot()));
        assertTrue(enTexts.contains("Key indicators"), "en panel title");
        assertTrue(enTexts.contains("Live incidents"));
        // no panel, tile or bar label of the Chinese wall survives in English (unit names from the map may)
        Set<String> chromeZh = zhTexts.stream().filter(t -> t.matches(".*[\\u4e00-\\u9fff].*"))
                .filter(t -> !t.contains("红旗") && !t.contains("街道") && !t.contains("社区") && !t.contains("村")
                        && !t.contains("镇") && !t.contains("网格"))
                .collect(Collectors.toSet());
        Set<String> leftOver = chromeZh.stream().filter(enTexts::contains).collect(Collectors.toSet());
        assertTrue(leftOver.isEmpty(), "Chinese labels left on the English wall: " + leftOver);
    }

    @Test
    void theLKeySwitchesTheRunningWallToEnglishAndBackLikeAWallStartedInThatLanguage(org.testfx.api.FxRobot robot) {
        WallTestBed en = show(Lang.EN, WallLayoutConfig.bundled(false), 1280, 720);
        WallFixture.await(10, () -> en.screen.wall().mapView().levelProperty().get() != null);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        Set<String> startedEnglish = WallFixture.fx(() -> texts(en.scene.getRoot()));
        WallTestBed zh = show(Lang.ZH, WallLayoutConfig.bundled(false), 1280, 720);
        WallFixture.await(10, () -> zh.screen.wall().mapView().levelProperty().get() != null);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        Set<String> startedChinese = WallFixture.fx(() -> texts(zh.scene.getRoot()));
        String zhTitle = WallFixture.fx(() -> zh.screen.wall().titleBar().titleText());

        robot.type(javafx.scene.input.KeyCode.L);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Lang.EN, WallFixture.fx(() -> zh.screen.presenter().langProperty().get()));
        Set<String> switched = WallFixture.fx(() -> texts(zh.scene.getRoot()));
        assertEquals(difference(startedEnglish, switched), difference(switched, startedEnglish),
                "texts of the switched wall vs a wall started in English");
        assertEquals(startedEnglish, switched);
        assertEquals(WallFixture.fx(() -> en.screen.wall().titleBar().titleText()),
                WallFixture.fx(() -> zh.screen.wall().titleBar().titleText()));
        assertTrue(!zhTitle.equals(WallFixture.fx(() -> zh.screen.wall().titleBar().titleText())), "title switched");

        robot.type(javafx.scene.input.KeyCode.L);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertEquals(startedChinese, WallFixture.fx(() -> texts(zh.scene.getRoot())));
        assertEquals(zhTitle, WallFixture.fx(() -> zh.screen.wall().titleBar().titleText()));
    }

    @Test
    void keysTypedIntoATextFieldStayInTheFieldAndLeaveTheWallAlone() {
        WallTestBed bed = show(Lang.ZH, WallLayoutConfig.bundled(false), 1280, 720);
        com.gridwall.geo.MapUnit street = WallTestBed.MAP.unitsAt(com.gridwall.domain.Level.STREET).get(0);
        javafx.scene.control.TextField note = new javafx.scene.control.TextField("ab");
        WallFixture.fx(() -> {
            bed.screen.presenter().drillDown().select(street);
            bed.screen.wall().mapFrame().getChildren().add(note);
            return null;
        });
        // the keys go to the scene's focus owner as the window hands them on, in the same FX task
        // that checks the owner: the headless robot's events came asynchronously and, in about one
        // run in several, after something else had taken the focus for a moment
        typeIntoFocusOwner(bed.scene, note, javafx.scene.input.KeyCode.L, "l");
        assertEquals("abl", WallFixture.fx(note::getText));
        typeIntoFocusOwner(bed.scene, note, javafx.scene.input.KeyCode.BACK_SPACE, "");
        assertEquals("ab", WallFixture.fx(note::getText));
        assertEquals(Lang.ZH, WallFixture.fx(() -> bed.screen.presenter().langProperty().get()), "L typed into the note");
        assertEquals(street, WallFixture.fx(() -> bed.screen.presenter().drillDown().scope()), "Backspace in the note");
    }

    /**
     * What a keyboard sends for one key (pressed, typed when it makes a character, released),
     * dispatched through the scene to its focus owner, once that is {@code field} (the map view takes
     * the focus when the wall starts: asked again until the field holds it, its caret at the end).
     */
    private static void typeIntoFocusOwner(javafx.scene.Scene scene, javafx.scene.control.TextField field,
                                           javafx.scene.input.KeyCode code, String character) {
        WallFixture.await(10, () -> {
            if (scene.getFocusOwner() != field || !field.isFocused()) {
                field.requestFocus();
                field.end();
                return false;
            }
            Node expected = field;
            javafx.event.Event.fireEvent(expected, key(javafx.scene.input.KeyEvent.KEY_PRESSED, "", code));
            if (!character.isEmpty()) {
                javafx.event.Event.fireEvent(expected, key(javafx.scene.input.KeyEvent.KEY_TYPED, character,
                        javafx.scene.input.KeyCode.UNDEFINED));
            }
            javafx.event.Event.fireEvent(expected, key(javafx.scene.input.KeyEvent.KEY_RELEASED, "", code));
            return true;
        });
    }

    private static javafx.scene.input.KeyEvent key(javafx.event.EventType<javafx.scene.input.KeyEvent> type,
                                                   String character, javafx.scene.input.KeyCode code) {
        return new javafx.scene.input.KeyEvent(type, character, "", code, false, false, false, false);
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        return a.stream().filter(t -> !b.contains(t)).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    @Test
    void aWallBuiltAndTornDownManyTimesIsCollected() throws Exception {
        List<WeakReference<Object>> refs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            WallTestBed bed = show(Lang.ZH, WallLayoutConfig.bundled(i % 2 == 1), 1280, 720);
            refs.add(new WeakReference<>(bed.screen.presenter()));
            refs.add(new WeakReference<>(bed.screen.wall()));
            WallFixture.fx(() -> {
                bed.screen.presenter().removeKeys(bed.scene);
                bed.screen.presenter().dispose();
                stage.setScene(null);
                return null;
            });
        }
        WallFixture.fx(() -> {
            stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.Pane(), 100, 100));
            return null;
        });
        for (int i = 0; i < 20 && refs.stream().anyMatch(r -> r.get() != null); i++) {
            System.gc();
            Thread.sleep(100);
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        }
        long alive = refs.stream().filter(r -> r.get() != null).count();
        assertEquals(0, alive, "walls or presenters still reachable after teardown");
        assertNull(null);
    }
}
