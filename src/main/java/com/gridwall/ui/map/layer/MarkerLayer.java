package com.gridwall.ui.map.layer;

import com.gridwall.ui.map.MapColor;
import com.gridwall.ui.map.MapFrame;
import com.gridwall.ui.map.MapPalette;
import com.gridwall.ui.map.Mercator;
import com.gridwall.ui.map.PaintYield;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;

/**
 * Live incident markers from the model's primitive arrays: one small anti-aliased sprite per severity,
 * drawn once per marker by integer blit (no shape per point), lowest severity first so severity-4
 * incidents stay on top. 100,000 markers cost a few blits each, not 100,000 nodes. Painted on the render
 * thread; the sprite cache is confined to it.
 */
public final class MarkerLayer extends DataLayer {
    /** Markers blitted between two yield points (about a millisecond). */
    private static final int MARKERS_PER_STEP = 2048;
    static final MapColor[] SEVERITY = {MapColor.SEV_1, MapColor.SEV_2, MapColor.SEV_3, MapColor.SEV_4};
    private BufferedImage[] sprites;
    private MapPalette spritePalette;
    private double spriteRatio;

    @Override
    protected int paint(Graphics2D g, MapFrame f, MapOverlayModel m) {
        if (m.count() == 0) {
            return 0;
        }
        BufferedImage[] sp = sprites(f);
        int drawn = 0;
        for (int sev = 1; sev <= 4; sev++) {
            BufferedImage s = sp[sev - 1];
            if (s == null) {
                continue;
            }
            int half = s.getWidth() / 2;
            for (int i = 0; i < m.count(); i++) {
                if (m.severity()[i] != sev && !(sev == 1 && (m.severity()[i] < 1 || m.severity()[i] > 4))) {
                    continue;
                }
                int x = (int) Math.round(f.toImageX(Mercator.x(m.lon()[i])));
                int y = (int) Math.round(f.toImageY(Mercator.y(m.lat()[i])));
                if (x < -half || y < -half || x > f.width() + half || y > f.height() + half) {
                    continue;
                }
                g.drawImage(s, x - half, y - half, null);
                if (++drawn % MARKERS_PER_STEP == 0) {
                    PaintYield.point();
                }
            }
        }
        return drawn;
    }

    private BufferedImage[] sprites(MapFrame f) {
        if (sprites == null || spritePalette != f.palette() || spriteRatio != f.pixelRatio()) {
            sprites = new BufferedImage[4];
            for (int sev = 1; sev <= 4; sev++) {
                sprites[sev - 1] = sprite(f, f.palette().color(SEVERITY[sev - 1]), f.palette().color(MapColor.MARKER_RING),
                        sev == 4 ? 12 : sev == 3 ? 9 : 7);
            }
            spritePalette = f.palette();
            spriteRatio = f.pixelRatio();
        }
        return sprites;
    }

    private static BufferedImage sprite(MapFrame f, Color fill, Color ring, double designPx) {
        if (fill == null) {
            return null;
        }
        double d = f.px(designPx);
        int size = (int) Math.ceil(d) + 2;
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            Ellipse2D dot = new Ellipse2D.Double((size - d) / 2, (size - d) / 2, d, d);
            g.setColor(fill);
            g.fill(dot);
            if (ring != null) {
                g.setColor(ring);
                g.setStroke(new BasicStroke((float) Math.max(1, f.px(1))));
                g.draw(dot);
            }
        } finally {
            g.dispose();
        }
        return img;
    }
}
