package com.gridwall.ui.map;

import java.util.Arrays;

/**
 * Puts the static image on screen for the current view, through {@link #BANDS} horizontal
 * {@link MapBand}s of one view-sized picture: the visible part is copied 1:1, row by row at the image's own
 * scale (a settled view or panning), or nearest neighbour while zooming. With software rendering this is
 * far cheaper than letting the renderer resample a big image, and it costs the same for 600 or 40,000
 * grids.
 *
 * <p>Why bands: whatever a pulse changes on screen, the renderer clears, fills and blends again, and a
 * new map image used to be one change of the whole map area (about 50 ms at 4K in software rendering: two
 * pulses far over a 60 Hz frame, every few seconds). A new image of the same view (new data, same frame
 * geometry) is now rolled out one band per pulse, top to bottom, so each pulse repaints an eighth of the
 * map; the whole new picture is on screen {@link #BANDS} pulses later. A change of view (panning,
 * zooming, a new size, level or palette), or a caller that needs the exact frame at once (snapshots,
 * tests), updates every band in the same pulse, so the picture never tears while it moves. Nothing is
 * copied when neither the view nor the image changed. Reads the image's pixels only inside {@link #show}.
 * Confined to the FX thread.
 */
final class MapCompositor {
    /** Bands of the view; a data update costs one band per pulse. */
    static final int BANDS = 8;

    private final javafx.scene.Group nodes = new javafx.scene.Group();
    private final MapBand[] bands = new MapBand[BANDS];
    private int[] row = new int[0];
    private int[] columns = new int[0];
    private int width;
    private int height;
    private Viewport shownView;
    private MapFrame shownFrame;
    private StaticImage newest;
    private int cursor;
    private long composes;

    MapCompositor() {
        nodes.setManaged(false);
        nodes.setMouseTransparent(true);
    }

    javafx.scene.Node node() {
        return nodes;
    }

    /** Band compositions so far (a whole-view update counts {@link #BANDS}). */
    long composes() {
        return composes;
    }

    /** True if some band still shows an older image than the newest one passed to {@link #show}. */
    boolean rollingOut() {
        for (MapBand b : bands) {
            if (b != null && b.image() != newest) {
                return true;
            }
        }
        return false;
    }

    /**
     * Shows {@code img} for {@code v} on a {@code w}x{@code h} device-pixel view, drawn at 1/renderScale.
     * With {@code progressive}, a new image of an unchanged view and frame geometry updates one band now
     * and the next ones on the next calls; otherwise every band is brought up to date now.
     */
    void show(StaticImage img, Viewport v, int w, int h, double renderScale, boolean progressive) {
        if (w != width || h != height || bands[0] == null) {
            allocate(w, h);
        }
        for (MapBand b : bands) {
            b.place(w, renderScale);
        }
        if (img == null) {
            return;
        }
        newest = img;
        // same view and painted area: only data (or labels placed around overlays) differ, so bands of both
        // images may stand side by side for a few pulses
        boolean moved = !v.equals(shownView) || !img.frame().sameExceptReserved(shownFrame);
        shownView = v;
        shownFrame = img.frame();
        if (moved || !progressive) {
            for (MapBand b : bands) {
                if (moved || b.image() != img) {
                    compose(b, img, v);
                }
            }
            return;
        }
        for (int k = 0; k < BANDS; k++) {
            MapBand b = bands[(cursor + k) % BANDS];
            if (b.image() != img) {
                compose(b, img, v);
                cursor = (cursor + k + 1) % BANDS;
                return;
            }
        }
    }


    private void allocate(int w, int h) {
        nodes.getChildren().clear();
        width = w;
        height = h;
        for (int i = 0; i < BANDS; i++) {
            bands[i] = new MapBand(w, h * i / BANDS, h * (i + 1) / BANDS);
            nodes.getChildren().add(bands[i].view());
        }
        row = new int[w];
        columns = new int[w];
        shownView = null;
        shownFrame = null;
        newest = null;
        cursor = 0;
    }

    private void compose(MapBand band, StaticImage img, Viewport v) {
        band.write(img, pixels -> composeRows(pixels, band.top(), band.bottom(), img, v));
        composes++;
    }

    /** Writes view rows [y0, y1) of {@code img} for {@code v} into {@code pixels} (row y0 first). */
    private void composeRows(java.nio.IntBuffer pixels, int y0, int y1, StaticImage img, Viewport v) {
        MapFrame f = img.frame();
        int sw = f.width();
        int sh = f.height();
        int[] src = img.argb();
        int bg = f.palette().backgroundArgb();
        double k = v.scale() / f.scale();
        // device pixel x shows image pixel (x - offX) / k
        double offX = v.offsetX(width) - k * f.offsetX();
        double offY = v.offsetY(height) - k * f.offsetY();
        if (Math.abs(k - 1) < 1e-9) {
            int dx = (int) Math.round(offX);
            int dy = (int) Math.round(offY);
            int x0 = Math.max(0, dx);
            int x1 = Math.min(width, sw + dx);
            for (int y = y0; y < y1; y++) {
                int sy = y - dy;
                pixels.position((y - y0) * width);
                if (sy < 0 || sy >= sh || x0 >= x1) {
                    Arrays.fill(row, bg);
                    pixels.put(row, 0, width);
                    continue;
                }
                if (x0 > 0) {
                    Arrays.fill(row, 0, x0, bg);
                    pixels.put(row, 0, x0);
                }
                pixels.put(src, sy * sw + (x0 - dx), x1 - x0);
                if (x1 < width) {
                    Arrays.fill(row, 0, width - x1, bg);
                    pixels.put(row, 0, width - x1);
                }
            }
        } else {
            for (int x = 0; x < width; x++) {
                int sx = (int) Math.floor((x + 0.5 - offX) / k);
                columns[x] = sx < 0 || sx >= sw ? -1 : sx;
            }
            for (int y = y0; y < y1; y++) {
                int sy = (int) Math.floor((y + 0.5 - offY) / k);
                if (sy < 0 || sy >= sh) {
                    Arrays.fill(row, bg);
                } else {
                    int base = sy * sw;
                    for (int x = 0; x < width; x++) {
                        int sx = columns[x];
                        row[x] = sx < 0 ? bg : src[base + sx];
                    }
                }
                pixels.position((y - y0) * width);
                pixels.put(row, 0, width);
            }
        }
        pixels.rewind();
    }

    /** The pixels band {@code i} shows now, row-major (tests). */
    int[] bandPixels(int i) {
        return bands[i].shownPixels();
    }
}
