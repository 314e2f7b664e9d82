package com.gridwall.ui.map;

import javafx.scene.Cursor;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;

/**
 * Turns mouse, keyboard and touch input on a {@link MapView} into camera moves, hover and selection:
 * drag pans, the wheel zooms at the pointer, arrows pan, + and - zoom, 0 fits the area again, Esc
 * clears the selection, touch scroll pans and pinch zooms. A press released within a few pixels is a
 * click that selects the unit under it. Confined to the FX thread.
 */
final class MapInput {
    /** Wheel: one notch (40 units) zooms by this factor. */
    private static final double WHEEL_STEP = 1.25;
    private static final double KEY_ZOOM = 1.5;
    /** Keyboard pan, as a fraction of the view. */
    private static final double KEY_PAN = 0.12;
    /** Beyond this many layout pixels a press becomes a drag rather than a click. */
    private static final double CLICK_SLOP = 5;

    private final MapView view;
    private final MapCamera camera;
    private double lastX;
    private double lastY;
    private double travelled;

    MapInput(MapView view, MapCamera camera) {
        this.view = view;
        this.camera = camera;
    }

    void install() {
        view.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        view.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        view.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        view.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(e.getX(), e.getY()));
        view.addEventHandler(MouseEvent.MOUSE_EXITED, e -> view.setHovered(null));
        view.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        view.addEventHandler(ZoomEvent.ZOOM, e -> {
            zoomAt(e.getZoomFactor(), e.getX(), e.getY());
            e.consume();
        });
        view.addEventHandler(KeyEvent.KEY_PRESSED, this::key);
    }

    private double rs() {
        return view.renderScaleProperty().get();
    }

    private void zoomAt(double factor, double x, double y) {
        camera.zoomAt(factor, x * rs(), y * rs());
    }

    private void pressed(MouseEvent e) {
        view.requestFocus();
        lastX = e.getX();
        lastY = e.getY();
        travelled = 0;
    }

    private void dragged(MouseEvent e) {
        double dx = e.getX() - lastX;
        double dy = e.getY() - lastY;
        travelled += Math.hypot(dx, dy);
        lastX = e.getX();
        lastY = e.getY();
        if (travelled > CLICK_SLOP) {
            view.setCursor(Cursor.MOVE);
            camera.dragBy(dx * rs(), dy * rs());
        }
    }

    private void released(MouseEvent e) {
        view.setCursor(Cursor.DEFAULT);
        if (travelled <= CLICK_SLOP && e.getButton() == MouseButton.PRIMARY) {
            view.selectedProperty().set(view.unitAt(e.getX(), e.getY()));
        }
    }

    private void hover(double x, double y) {
        var unit = view.unitAt(x, y);
        view.setHovered(unit);
        view.setCursor(unit == null ? Cursor.DEFAULT : Cursor.HAND);
    }

    private void scrolled(ScrollEvent e) {
        if (e.getTouchCount() > 0 || e.isInertia() || e.isDirect()) {
            // touch screens and track pads: two-finger scroll pans
            camera.dragBy(e.getDeltaX() * rs(), e.getDeltaY() * rs());
        } else if (e.getDeltaY() != 0) {
            zoomAt(Math.pow(WHEEL_STEP, e.getDeltaY() / 40.0), e.getX(), e.getY());
        }
        e.consume();
    }

    private void key(KeyEvent e) {
        double w = camera.width();
        double h = camera.height();
        switch (e.getCode()) {
            case LEFT -> camera.glideBy(w * KEY_PAN, 0);
            case RIGHT -> camera.glideBy(-w * KEY_PAN, 0);
            case UP -> camera.glideBy(0, h * KEY_PAN);
            case DOWN -> camera.glideBy(0, -h * KEY_PAN);
            case PLUS, ADD, EQUALS -> camera.zoomAt(KEY_ZOOM, w / 2, h / 2);
            case MINUS, SUBTRACT -> camera.zoomAt(1 / KEY_ZOOM, w / 2, h / 2);
            case DIGIT0, NUMPAD0 -> camera.reset();
            case ESCAPE -> view.selectedProperty().set(null);
            default -> {
                return;
            }
        }
        e.consume();
    }
}
