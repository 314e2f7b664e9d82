package com.gridwall.ui.map;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.util.Arrays;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * Puts the static image on screen for the current view: the visible part is copied into a view-sized
 * pixel buffer shown 1:1, row by row at the image's own scale (a settled view or panning) or nearest
 * neighbour while zooming. With software rendering this is far cheaper than letting the renderer resample
 * a big image, and it costs the same for 600 or 40,000 grids. The buffer, and so the renderer's texture,
 * lives as long as the view size: a new image is a copy of one screen of pixels, not a new 4K texture (an
 * allocation and an upload of the whole image with its margins, as it was when each image was shown as
 * an image of its own). Nothing is copied when neither the view nor the image changed. Reads the image's
 * pixels only inside {@link #show}.
 *
 * <p>Two such buffers take turns: the frame loop composes during a pulse's animation phase, while the
 * renderer may still be uploading the previous pulse's buffer (the pulse waits for the previous render
 * only later, before its sync), so a compose never writes the buffer the previous one filled. Writes
 * happen inside {@link PixelBuffer#updateBuffer}, as its contract asks. Confined to the FX thread.
 */
final class MapCompositor {
    private final ImageView view = new ImageView();
    private final javafx.scene.Group nodes = new javafx.scene.Group(view);
    private final PixelBuffer<IntBuffer>[] buffers = newBuffers();
    private final WritableImage[] images = new WritableImage[2];
    private int next;
    private IntBuffer pixels;
    private int[] row = new int[0];
    private int[] columns = new int[0];
    private int width;
    private int height;
    private StaticImage shownImage;
    private Viewport shownView;
    private long composes;

    MapCompositor() {
        view.setMouseTransparent(true);
        view.setManaged(false);
        view.setSmooth(false);
        view.getStyleClass().add("map-image");
        nodes.setManaged(false);
        nodes.setMouseTransparent(true);
    }

    javafx.scene.Node node() {
        return nodes;
    }

    long composes() {
        return composes;
    }

    /** Shows {@code img} for {@code v} on a {@code w}x{@code h} device-pixel view, drawn at 1/renderScale. */
    void show(StaticImage img, Viewport v, int w, int h, double renderScale) {
        if (w != width || h != height) {
            allocate(w, h);
        }
        view.setFitWidth(w / renderScale);
        view.setFitHeight(h / renderScale);
        if (img == null || img == shownImage && v.equals(shownView)) {
            return;
        }
        PixelBuffer<IntBuffer> target = buffers[next];
        pixels = target.getBuffer();
        target.updateBuffer(b -> {
            compose(img, v);
            return new Rectangle2D(0, 0, width, height);
        });
        view.setImage(images[next]);
        next = 1 - next;
        shownImage = img;
        shownView = v;
        composes++;
    }

    @SuppressWarnings("unchecked")
    private static PixelBuffer<IntBuffer>[] newBuffers() {
        return new PixelBuffer[2];
    }

    private void allocate(int w, int h) {
        width = w;
        height = h;
        for (int i = 0; i < 2; i++) {
            IntBuffer px = ByteBuffer.allocateDirect(w * h * 4).order(ByteOrder.nativeOrder()).asIntBuffer();
            buffers[i] = new PixelBuffer<>(w, h, px, PixelFormat.getIntArgbPreInstance());
            images[i] = new WritableImage(buffers[i]);
        }
        next = 0;
        row = new int[w];
        columns = new int[w];
        shownImage = null;
    }

    private void compose(StaticImage img, Viewport v) {
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
            for (int y = 0; y < height; y++) {
                int sy = y - dy;
                pixels.position(y * width);
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
            for (int y = 0; y < height; y++) {
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
                pixels.position(y * width);
                pixels.put(row, 0, width);
            }
        }
        pixels.rewind();
    }
}
