package com.gridwall.ui.map;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.util.function.Consumer;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * Rows [top, bottom) of the map view, shown 1:1 by an {@link ImageView} of their own, so that updating
 * them dirties only their part of the screen. The buffer, and so the renderer's texture, lives as long as
 * the view size: a new picture is a copy into it, not a new texture.
 *
 * <p>Two buffers take turns: the frame loop composes during a pulse's animation phase, while the renderer
 * may still be uploading the previous pulse's buffer (the pulse waits for the previous render only later,
 * before its sync), so a write never touches the buffer shown last. Writes happen inside
 * {@link PixelBuffer#updateBuffer}, as its contract asks. Confined to the FX thread.
 */
final class MapBand {
    private final ImageView view = new ImageView();
    @SuppressWarnings("unchecked")
    private final PixelBuffer<IntBuffer>[] buffers = new PixelBuffer[2];
    private final WritableImage[] images = new WritableImage[2];
    private final int width;
    private final int top;
    private final int bottom;
    private int next;
    private StaticImage image;

    MapBand(int width, int top, int bottom) {
        this.width = width;
        this.top = top;
        this.bottom = bottom;
        int rows = Math.max(1, bottom - top);
        for (int i = 0; i < 2; i++) {
            IntBuffer px = ByteBuffer.allocateDirect(width * rows * 4).order(ByteOrder.nativeOrder()).asIntBuffer();
            buffers[i] = new PixelBuffer<>(width, rows, px, PixelFormat.getIntArgbPreInstance());
            images[i] = new WritableImage(buffers[i]);
        }
        view.setMouseTransparent(true);
        view.setManaged(false);
        view.setSmooth(false);
        view.getStyleClass().add("map-image");
        view.setVisible(bottom > top);
    }

    ImageView view() {
        return view;
    }

    int top() {
        return top;
    }

    int bottom() {
        return bottom;
    }

    /** The image whose pixels this band shows, or null before the first write. */
    StaticImage image() {
        return image;
    }

    /** Positions the band in layout units (device pixels / renderScale). */
    void place(int viewWidth, double renderScale) {
        view.setLayoutY(top / renderScale);
        view.setFitWidth(viewWidth / renderScale);
        view.setFitHeight((bottom - top) / renderScale);
    }

    /** Lets {@code fill} write this band's rows (row {@code top} first) of {@code img}, and shows them. */
    void write(StaticImage img, Consumer<IntBuffer> fill) {
        if (bottom > top) {
            PixelBuffer<IntBuffer> target = buffers[next];
            target.updateBuffer(b -> {
                fill.accept(b.getBuffer());
                return new Rectangle2D(0, 0, width, bottom - top);
            });
            view.setImage(images[next]);
            next = 1 - next;
        }
        image = img;
    }

    /** The shown pixels, row-major (tests). */
    int[] shownPixels() {
        IntBuffer b = buffers[1 - next].getBuffer().duplicate();
        b.rewind();
        int[] out = new int[b.remaining()];
        b.get(out);
        return out;
    }
}
