package com.gridwall.ui.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gridwall.domain.Category;
import com.gridwall.domain.Lang;
import com.gridwall.ui.panel.PanelStyles;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class AlertBannerTest {
    private static final Instant T = Instant.parse("2026-11-26T12:00:00Z");
    private static final Instant ACK_TIME = Instant.parse("2026-11-26T12:05:00Z");
    private Stage stage;
    private AlertBanner banner;
    private final List<Acknowledgement> acks = new ArrayList<>();
    private final List<WallAlert> flights = new ArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private static WallAlert alert(String id, AlertKind kind, Category c, int secondsAgo) {
        return new WallAlert(id, kind, c, "西街街道 · 曙光社区", T.minusSeconds(secondsAgo), "410702001016007", 113.88, 35.30);
    }

    private void show() {
        banner = new AlertBanner();
        banner.setNow(T);
        banner.setOperator("值班员 王伟");
        banner.setAckClock(Clock.fixed(ACK_TIME, ZoneOffset.UTC));
        banner.zoneProperty().set(ZoneId.of("Asia/Shanghai"));
        banner.setOnAcknowledge(acks::add);
        banner.setOnFlyTo(flights::add);
        StackPane root = new StackPane(banner);
        PanelStyles.install(root);
        call(() -> {
            stage.setScene(new Scene(root, 1000, 400));
            stage.show();
            return null;
        });
    }

    private static <T> T call(Callable<T> c) {
        try {
            T r = WaitForAsyncUtils.asyncFx(c).get();
            WaitForAsyncUtils.waitForFxEvents();
            return r;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private List<String> headlines() {
        return call(() -> banner.lookupAll(".alert-headline").stream()
                .filter(n -> n.getParent().getParent().isVisible())
                .map(n -> ((Labeled) n).getText()).toList());
    }

    private void raiseSample() {
        call(() -> {
            banner.raise(alert("f1", AlertKind.NEW_CRITICAL, Category.FIRE, 300));
            banner.raise(alert("f2", AlertKind.NEW_CRITICAL, Category.FIRE, 200));
            banner.raise(alert("h1", AlertKind.NEWLY_OVERDUE, Category.SAFETY_HAZARD, 150));
            banner.raise(alert("f3", AlertKind.NEW_CRITICAL, Category.FIRE, 120));
            return null;
        });
    }

    @Test
    void alertsGroupAndCountByKindAndCategory() {
        show();
        raiseSample();
        assertEquals(List.of("3 起 消防 新增紧急事件", "1 起 安全隐患 事件超期"), headlines());
        assertEquals(3, banner.getGroups().get(0).count());
        assertFalse(call(() -> banner.raise(alert("f2", AlertKind.NEW_CRITICAL, Category.FIRE, 200))), "the same alert twice counts once");
        assertEquals(3, banner.getGroups().get(0).count());
        assertTrue(call(() -> banner.raise(alert("f2", AlertKind.NEWLY_OVERDUE, Category.FIRE, 10))), "the same incident going overdue is a new alert");
        assertEquals(3, banner.getGroups().size());
        assertEquals("f3", banner.getGroups().get(0).latest().incidentId());
        call(() -> {
            banner.setLang(Lang.EN);
            return null;
        });
        assertEquals("Fire: 3 new critical", headlines().get(0));
    }

    @Test
    void neverPilesUpBeyondTheVisibleGroups() {
        show();
        call(() -> {
            for (int i = 0; i < 4; i++) {
                banner.raise(alert("first" + i, AlertKind.NEW_CRITICAL, Category.values()[i], 900));
            }
            return null;
        });
        double fourGroups = call(() -> banner.prefHeight(1000));
        flights.clear();
        call(() -> {
            List<WallAlert> burst = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                Category c = Category.values()[i % Category.values().length];
                burst.add(alert("b" + i, i % 2 == 0 ? AlertKind.NEW_CRITICAL : AlertKind.NEWLY_OVERDUE, c, 600 - i));
            }
            banner.raiseAll(burst);
            return null;
        });
        assertEquals(3, headlines().size(), "at most maxVisibleGroups lines");
        int groups = banner.getGroups().size();
        int hiddenAlerts = banner.getGroups().subList(3, groups).stream().mapToInt(AlertGroup::count).sum();
        String overflow = call(() -> ((Labeled) banner.lookup(".alert-overflow")).getText());
        assertEquals("另有 " + (groups - 3) + " 组告警，共 " + hiddenAlerts + " 起", overflow);
        assertEquals(504, banner.getGroups().stream().mapToInt(AlertGroup::count).sum());
        assertEquals(1, flights.size(), "one burst, one flight (to the last new alert)");
        double height = call(() -> banner.prefHeight(1000));
        assertEquals(fourGroups, height, "504 alerts take the same height as 4: three lines and the overflow line");
    }

    @Test
    void enterAcknowledgesTheSelectedGroupAndReportsWhoWhenWhat(FxRobot robot) {
        show();
        raiseSample();
        call(() -> {
            banner.requestFocus();
            return null;
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, acks.size());
        Acknowledgement a = acks.get(0);
        assertEquals("值班员 王伟", a.who());
        assertEquals(ACK_TIME, a.when());
        assertEquals(AlertKind.NEW_CRITICAL, a.kind());
        assertEquals(Category.FIRE, a.category());
        assertEquals(List.of("f1", "f2", "f3"), a.incidentIds());
        assertEquals(List.of("1 起 安全隐患 事件超期"), headlines(), "the acknowledged group is gone");
        assertFalse(call(() -> banner.raise(alert("f1", AlertKind.NEW_CRITICAL, Category.FIRE, 300))),
                "an acknowledged alert does not come back when the snapshot reports it again");

        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, acks.size());
        assertEquals(List.of("h1"), acks.get(1).incidentIds());
        assertTrue(banner.getGroups().isEmpty());
        assertTrue(banner.isMouseTransparent(), "an empty banner does not block the map");
    }

    @Test
    void downArrowSelectsTheNextGroup(FxRobot robot) {
        show();
        raiseSample();
        call(() -> {
            banner.requestFocus();
            return null;
        });
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Category.SAFETY_HAZARD, acks.get(0).category());
        assertEquals(List.of("3 起 消防 新增紧急事件"), headlines());
    }

    @Test
    void clickOnAcknowledgeClearsThatGroupAndLocateFliesTheMap(FxRobot robot) {
        show();
        raiseSample();
        int flightsAfterRaise = flights.size();
        assertEquals(4, flightsAfterRaise, "each new alert flies the map");
        List<Node> groupRows = call(() -> List.copyOf(banner.lookupAll(".alert-group")));
        Node second = groupRows.stream().filter(n -> call(() -> ((Labeled) n.lookup(".alert-headline")).getText()).contains("安全隐患")).findFirst().orElseThrow();
        Node locate = call(() -> second.lookup(".alert-locate"));
        robot.clickOn(locate);
        assertEquals(flightsAfterRaise + 1, flights.size());
        assertEquals("h1", flights.get(flights.size() - 1).incidentId());
        Button ack = call(() -> (Button) second.lookup(".alert-ack"));
        assertEquals("确认", ack.getText());
        robot.clickOn(ack);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, acks.size());
        assertEquals(List.of("h1"), acks.get(0).incidentIds());
        assertEquals(List.of("3 起 消防 新增紧急事件"), headlines());
    }

    @Test
    void boardOrdersCriticalFirstThenNewest() {
        AlertBoard board = new AlertBoard();
        board.raise(alert("o1", AlertKind.NEWLY_OVERDUE, Category.DISPUTE, 10));
        board.raise(alert("c1", AlertKind.NEW_CRITICAL, Category.FLOOD, 50));
        board.raise(alert("c2", AlertKind.NEW_CRITICAL, Category.FIRE, 40));
        assertEquals(List.of(Category.FIRE, Category.FLOOD, Category.DISPUTE),
                board.groups().stream().map(AlertGroup::category).toList());
        assertEquals(3, board.openAlertCount());
        assertTrue(board.acknowledge(new AlertGroup.Key(AlertKind.NEW_CRITICAL, Category.TRAFFIC), "x", T).isEmpty());
    }
}
