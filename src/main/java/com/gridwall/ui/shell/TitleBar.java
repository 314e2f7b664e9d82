package com.gridwall.ui.shell;

import com.gridwall.ui.FrameLoop;
import com.gridwall.ui.i18n.Messages;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The wall's title bar: the area's name as the title (from the map), a subtitle, and a live clock in
 * China time (Asia/Shanghai) whatever the machine's zone. The clock updates from the frame loop when
 * the second changes, never from its own thread. Confined to the FX thread.
 */
public final class TitleBar extends StackPane {
    public static final ZoneId WALL_ZONE = ZoneId.of("Asia/Shanghai");

    private final Label title = new Label();
    private final Label date = new Label();
    private final Label time = new Label();
    private final Label subtitle = new Label();
    private Messages messages;
    private DateTimeFormatter dateFormat;
    private String areaName;
    private final DateTimeFormatter timeFormat = DateTimeFormatter.ofPattern("HH:mm:ss");
    private Clock clock = Clock.system(WALL_ZONE);
    private long shownSecond = Long.MIN_VALUE;

    public TitleBar(Messages messages) {
        getStyleClass().add("title-bar");
        title.setId("wall-title");
        title.getStyleClass().add("wall-title");
        date.getStyleClass().add("wall-date");
        time.setId("wall-clock");
        time.getStyleClass().add("wall-clock");
        subtitle.getStyleClass().add("wall-subtitle");

        Region leftDeco = new Region();
        leftDeco.getStyleClass().addAll("title-deco", "title-deco-left");
        Region rightDeco = new Region();
        rightDeco.getStyleClass().addAll("title-deco", "title-deco-right");
        HBox.setHgrow(leftDeco, Priority.ALWAYS);
        HBox.setHgrow(rightDeco, Priority.ALWAYS);

        VBox clockBox = new VBox(time, date);
        clockBox.getStyleClass().add("wall-clock-box");
        clockBox.setAlignment(Pos.CENTER_RIGHT);
        HBox left = new HBox(subtitle);
        left.getStyleClass().add("title-side");
        left.setAlignment(Pos.CENTER_LEFT);
        HBox right = new HBox(clockBox);
        right.getStyleClass().add("title-side");
        right.setAlignment(Pos.CENTER_RIGHT);
        HBox centre = new HBox(title);
        centre.getStyleClass().add("title-plate");
        centre.setAlignment(Pos.CENTER);
        centre.setMaxWidth(Region.USE_PREF_SIZE);

        HBox row = new HBox(left, leftDeco, centre, rightDeco, right);
        row.setAlignment(Pos.CENTER);
        row.getStyleClass().add("title-row");
        HBox.setHgrow(left, Priority.NEVER);
        getChildren().add(row);
        setMessages(messages);
    }

    /** Switches the bar's language: title, subtitle and the date's weekday are written again. */
    public void setMessages(Messages m) {
        messages = m;
        dateFormat = DateTimeFormatter.ofPattern("yyyy-MM-dd " + m.get("wall.clock.weekday"), m.locale());
        subtitle.setText(m.get("wall.subtitle"));
        setTitle(areaName);
        shownSecond = Long.MIN_VALUE;
        tick();
    }

    /** Sets the title from the area's name, e.g. 红旗区 → 红旗区网格化治理指挥中心; null shows the generic title. */
    public void setTitle(String areaName) {
        this.areaName = areaName;
        title.setText(areaName == null || areaName.isBlank()
                ? messages.get("wall.title.fallback")
                : messages.format("wall.title", areaName));
    }

    public String titleText() {
        return title.getText();
    }

    public String clockText() {
        return time.getText();
    }

    /** Uses {@code c} as the time source (tests). */
    public void setClock(Clock c) {
        this.clock = c.withZone(WALL_ZONE);
        shownSecond = Long.MIN_VALUE;
        tick();
    }

    public void attach(FrameLoop loop) {
        loop.addPulseListener(now -> tick());
    }

    private void tick() {
        long second = clock.millis() / 1000;
        if (second != shownSecond) {
            shownSecond = second;
            ZonedDateTime t = ZonedDateTime.ofInstant(clock.instant(), WALL_ZONE);
            time.setText(timeFormat.format(t));
            date.setText(dateFormat.format(t));
        }
    }
}
