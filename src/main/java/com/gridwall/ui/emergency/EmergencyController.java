package com.gridwall.ui.emergency;

import com.gridwall.geo.GridMap;
import com.gridwall.geo.MapUnit;
import com.gridwall.ui.i18n.Messages;
import com.gridwall.ui.shell.Wall;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;

/**
 * Switches the {@link Wall} into and out of emergency mode.
 *
 * <p>F9 opens the declaration bar (1 汛情 flood, 2 火灾 fire, 3 疫情 epidemic, 4 其他 other, Esc
 * cancels) for the selected unit, or the whole area if none is selected. Declaring zooms the map onto
 * the area and replaces the side columns with the {@link EmergencyView}. F6 / Shift+F6 add / remove a
 * responder called by the red summons, F7 / Shift+F7 one arrived. F10 ends it: the wall and the area
 * are snapshotted, the side columns come back, the map returns to the whole area, and the
 * {@link EmergencyReportSink} writes the summary. Confined to the FX thread.
 */
public final class EmergencyController {
    private final Wall wall;
    private Messages messages;
    private EmergencyKind declaredKind;
    private String declaredName;
    private final EmergencyMode mode = new EmergencyMode();
    private final EmergencyView view;
    private final EmergencyReportSink sink;
    private final HBox declareBar = new HBox();
    private final Label status = new Label();
    private List<Node> savedLeft = List.of();
    private List<Node> savedRight = List.of();
    private Path lastReport;

    public EmergencyController(Wall wall, Messages messages, EmergencyReportSink sink) {
        this.wall = wall;
        this.messages = messages;
        this.sink = sink;
        this.view = new EmergencyView(messages);
        mode.pictureProperty().addListener((o, a, b) -> view.show(b));
        buildDeclareBar();
        status.getStyleClass().add("emergency-status");
        status.setId("emergency-status");
        status.setVisible(false);
        status.setMouseTransparent(true);
        StackPane.setAlignment(status, Pos.TOP_CENTER);
        wall.langProperty().addListener((o, a, l) -> setMessages(Messages.of(l)));
    }

    /** Follows the wall's language: declaration bar, columns and the status line of an active emergency. */
    private void setMessages(Messages m) {
        messages = m;
        view.setMessages(m);
        boolean open = declareBar.isVisible();
        declareBar.getChildren().clear();
        buildDeclareBar();
        declareBar.setVisible(open);
        if (mode.isActive()) {
            status.setText(m.format("emergency.status", declaredKind.label(m.lang()), declaredName));
        }
    }

    private void buildDeclareBar() {
        declareBar.getStyleClass().setAll("emergency-declare-bar");
        declareBar.setId("emergency-declare-bar");
        Label prompt = new Label(messages.get("emergency.declare.prompt"));
        prompt.getStyleClass().add("emergency-declare-prompt");
        declareBar.getChildren().add(prompt);
        EmergencyKind[] kinds = EmergencyKind.values();
        for (int i = 0; i < kinds.length; i++) {
            EmergencyKind k = kinds[i];
            Button b = new Button((i + 1) + " " + k.label(messages.lang()));
            b.setId("emergency-kind-" + k.name().toLowerCase(java.util.Locale.ROOT));
            b.getStyleClass().add("emergency-kind");
            b.setFocusTraversable(false);
            b.setOnAction(e -> declare(k));
            declareBar.getChildren().add(b);
        }
        declareBar.setVisible(false);
        declareBar.setMaxSize(HBox.USE_PREF_SIZE, HBox.USE_PREF_SIZE);
        StackPane.setAlignment(declareBar, Pos.TOP_CENTER);
    }

    /** Adds the declaration bar and the status line over the map and the keys to {@code scene}. */
    public void install(Scene scene) {
        StackPane centre = wall.layout().centreSlot();
        centre.getChildren().addAll(declareBar, status);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (handleKey(e)) {
                e.consume();
            }
        });
    }

    public EmergencyMode mode() {
        return mode;
    }

    public EmergencyView view() {
        return view;
    }

    /** Where the last report went, or null. */
    public Path lastReport() {
        return lastReport;
    }

    public boolean declaring() {
        return declareBar.isVisible();
    }

    public boolean handleKey(KeyEvent e) {
        KeyCode c = e.getCode();
        if (declareBar.isVisible()) {
            switch (c) {
                case DIGIT1, NUMPAD1 -> declare(EmergencyKind.FLOOD);
                case DIGIT2, NUMPAD2 -> declare(EmergencyKind.FIRE);
                case DIGIT3, NUMPAD3 -> declare(EmergencyKind.EPIDEMIC);
                case DIGIT4, NUMPAD4 -> declare(EmergencyKind.OTHER);
                case ESCAPE -> declareBar.setVisible(false);
                default -> {
                    return false;
                }
            }
            return true;
        }
        switch (c) {
            case F9 -> {
                if (!mode.isActive() && wall.mapView() != null) {
                    declareBar.setVisible(true);
                }
            }
            case F10 -> end();
            case F6 -> mode.summons(e.isShiftDown() ? -1 : 1, 0);
            case F7 -> mode.summons(0, e.isShiftDown() ? -1 : 1);
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Declares {@code kind} over the selected unit (or the whole area) and switches the layout. */
    public void declare(EmergencyKind kind) {
        declareBar.setVisible(false);
        if (mode.isActive() || wall.mapView() == null) {
            return;
        }
        GridMap map = wall.mapView().getMap();
        MapUnit sel = wall.mapView().selectedProperty().get();
        List<MapUnit> units = sel != null ? List.of(sel) : map.unitsAt(map.units().get(0).level());
        Set<String> codes = new java.util.HashSet<>();
        units.forEach(u -> codes.add(u.code()));
        String name = sel != null ? sel.name() : map.title();
        mode.declare(kind, codes, name);
        savedLeft = new ArrayList<>(wall.layout().leftSlot().getChildren());
        savedRight = new ArrayList<>(wall.layout().rightSlot().getChildren());
        wall.layout().setLeft(view.left());
        wall.layout().setRight(view.right());
        wall.root().getStyleClass().add("emergency");
        wall.mapView().flyTo(units);
        declaredKind = kind;
        declaredName = name;
        status.setText(messages.format("emergency.status", kind.label(messages.lang()), name));
        status.setVisible(true);
    }

    /** Ends the emergency: snapshots, normal layout back, report written. Returns the report's path or null. */
    public Path end() {
        if (!mode.isActive()) {
            return null;
        }
        wall.renderNow();
        WritableImage wallImage = wall.root().getScene() == null ? null : wall.root().getScene().snapshot(null);
        WritableImage area = wall.mapView().snapshot(null, null);
        EmergencyPicture last = mode.end();
        wall.layout().setLeft(savedLeft.toArray(new Node[0]));
        wall.layout().setRight(savedRight.toArray(new Node[0]));
        wall.root().getStyleClass().remove("emergency");
        wall.mapView().jumpTo(wall.mapView().fittedViewport());
        try {
            lastReport = sink.write(new EmergencyReport(last, mode.now(), wallImage, area, messages.lang()));
            status.setText(messages.format("emergency.report.written", lastReport));
        } catch (java.io.IOException | RuntimeException ex) {
            status.setText(messages.format("emergency.report.failed", ex.getMessage()));
        }
        status.setVisible(true);
        return lastReport;
    }
}
