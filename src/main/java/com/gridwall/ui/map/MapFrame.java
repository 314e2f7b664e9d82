package com.gridwall.ui.map;

import com.gridwall.domain.Level;
import java.awt.Font;
import java.util.List;
import javafx.geometry.Rectangle2D;

/**
 * Everything a layer needs to paint the static image: the projected map, the level of detail, the
 * world→image transform (imageX = worldX * scale + offsetX), the image size in device pixels, the
 * device pixels per design pixel (line widths and font sizes are given in design pixels), colours and
 * the label fonts (regular, bold), where in the image the view it was painted for lies (the rest is
 * margin for panning), and the areas of that view covered by overlays (info card, status) where no
 * label goes, in view device pixels. Immutable value; painted on the render thread.
 */
public record MapFrame(ProjectedMap map, Level level, double scale, double offsetX, double offsetY,
                       int width, int height, double pixelRatio, MapPalette palette, Font labelFont,
                       Font labelFontBold, int viewLeft, int viewTop, int viewWidth, int viewHeight,
                       List<Rectangle2D> reserved) {

    /** Equal but for the reserved areas: the same picture for every layer that does not place around overlays. */
    public boolean sameExceptReserved(MapFrame o) {
        return o != null && map == o.map && level == o.level && scale == o.scale && offsetX == o.offsetX
                && offsetY == o.offsetY && width == o.width && height == o.height && pixelRatio == o.pixelRatio
                && palette == o.palette && java.util.Objects.equals(labelFont, o.labelFont)
                && java.util.Objects.equals(labelFontBold, o.labelFontBold) && viewLeft == o.viewLeft
                && viewTop == o.viewTop && viewWidth == o.viewWidth && viewHeight == o.viewHeight;
    }

    /** True if the box lies wholly inside the visible part or wholly outside it: labels must not be cut by the view's edge. */
    public boolean notCutByView(double x0, double y0, double x1, double y1) {
        boolean inside = x0 >= viewLeft && y0 >= viewTop && x1 <= viewLeft + viewWidth && y1 <= viewTop + viewHeight;
        boolean outside = x1 < viewLeft || y1 < viewTop || x0 > viewLeft + viewWidth || y0 > viewTop + viewHeight;
        return inside || outside;
    }

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

}
