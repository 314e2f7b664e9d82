package com.gridwall.ui.map;

/**
 * Where the camera looks: the world point (Web Mercator metres, y down) at the centre of the view
 * and the scale in device pixels per metre. Immutable value.
 */
public record Viewport(double scale, double centerX, double centerY) {
    /** Offset so that screenX = worldX * scale + offsetX for a view {@code width} device pixels wide. */
    public double offsetX(double width) {
        return width / 2 - centerX * scale;
    }

    public double offsetY(double height) {
        return height / 2 - centerY * scale;
    }

    public double worldX(double screenX, double width) {
        return (screenX - offsetX(width)) / scale;
    }

    public double worldY(double screenY, double height) {
        return (screenY - offsetY(height)) / scale;
    }

    /** This view moved by a drag of (dx, dy) device pixels: the content follows the pointer. */
    public Viewport panned(double dx, double dy) {
        return new Viewport(scale, centerX - dx / scale, centerY - dy / scale);
    }

    /** This view zoomed by {@code factor} keeping the world point under screen (px, py) fixed. */
    public Viewport zoomedAt(double factor, double px, double py, double width, double height) {
        double wx = worldX(px, width);
        double wy = worldY(py, height);
        double s = scale * factor;
        return new Viewport(s, wx - (px - width / 2) / s, wy - (py - height / 2) / s);
    }

    /** Interpolation for smooth motion: centre linear, scale geometric. */
    public Viewport toward(Viewport target, double t) {
        double s = Math.exp(Math.log(scale) + (Math.log(target.scale) - Math.log(scale)) * t);
        return new Viewport(s, centerX + (target.centerX - centerX) * t, centerY + (target.centerY - centerY) * t);
    }

    /** True when the two views differ by less than a fraction of a device pixel. */
    public boolean closeTo(Viewport o, double width, double height) {
        double ds = Math.abs(scale / o.scale - 1) * Math.max(width, height);
        double dc = Math.hypot(centerX - o.centerX, centerY - o.centerY) * scale;
        return ds < 0.25 && dc < 0.25;
    }
}
