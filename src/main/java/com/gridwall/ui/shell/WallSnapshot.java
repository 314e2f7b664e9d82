package com.gridwall.ui.shell;

import javafx.scene.Scene;
import javafx.scene.image.WritableImage;

/** Renders a wall scene to an image of the scene's size, after one complete settled frame. FX thread only. */
public final class WallSnapshot {
    private WallSnapshot() {
    }

    public static WritableImage render(Wall wall, Scene scene) {
        wall.renderNow();
        WritableImage img = new WritableImage((int) Math.round(scene.getWidth()), (int) Math.round(scene.getHeight()));
        return scene.snapshot(img);
    }
}
