package com.gridwall.ui.map;

import com.gridwall.domain.Level;
import javafx.scene.text.Font;

/**
 * Everything a layer needs to paint one canvas: the projected map, the level of detail, the
 * world→canvas transform (canvasX = worldX * scale + offsetX), the canvas size in device pixels,
 * the device pixels per design pixel (line widths and font sizes are given in design pixels),
 * colours and label font. Immutable value.
 */
public record MapFrame(ProjectedMap map, Level level, double scale, double offsetX, double offsetY,
                       double width, double height, double pixelRatio, MapPalette palette, Font labelFont) {

    public double toCanvasX(double worldX) {
        return worldX * scale + offsetX;
    }

    public double toCanvasY(double worldY) {
        return worldY * scale + offsetY;
    }

    /** True if the world box intersects the canvas. */
    public boolean visible(double minX, double minY, double maxX, double maxY) {
        return toCanvasX(maxX) >= 0 && toCanvasX(minX) <= width && toCanvasY(maxY) >= 0 && toCanvasY(minY) <= height;
    }

    /** A length in design pixels, in device pixels. */
    public double px(double designPixels) {
        return designPixels * pixelRatio;
    }
}
