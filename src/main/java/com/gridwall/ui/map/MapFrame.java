package com.gridwall.ui.map;

import com.gridwall.domain.Level;
import java.awt.Font;

/**
 * Everything a layer needs to paint the static image: the projected map, the level of detail, the
 * world→image transform (imageX = worldX * scale + offsetX), the image size in device pixels, the
 * device pixels per design pixel (line widths and font sizes are given in design pixels), colours and
 * the label fonts (regular, bold). Immutable value; painted on the render thread.
 */
public record MapFrame(ProjectedMap map, Level level, double scale, double offsetX, double offsetY,
                       int width, int height, double pixelRatio, MapPalette palette, Font labelFont,
                       Font labelFontBold) {

    public double toImageX(double worldX) {
        return worldX * scale + offsetX;
    }

    public double toImageY(double worldY) {
        return worldY * scale + offsetY;
    }

    /** True if the world box intersects the image. */
    public boolean visible(double minX, double minY, double maxX, double maxY) {
        return toImageX(maxX) >= 0 && toImageX(minX) <= width && toImageY(maxY) >= 0 && toImageY(minY) <= height;
    }

    /** A length in design pixels, in device pixels. */
    public double px(double designPixels) {
        return designPixels * pixelRatio;
    }

    /** Same painting inputs (everything but the view): a changed palette, size or level needs a repaint. */
    boolean sameStyle(MapFrame o) {
        return o != null && map == o.map && palette == o.palette && labelFont == o.labelFont
                && pixelRatio == o.pixelRatio && width == o.width && height == o.height;
    }
}
