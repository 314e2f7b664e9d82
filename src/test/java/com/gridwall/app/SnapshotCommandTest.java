package com.gridwall.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `snapshot` writes a PNG of the requested size headless; a broken map still gives a picture, and exit 1. */
class SnapshotCommandTest {
    @TempDir
    Path dir;

    @org.junit.jupiter.api.BeforeAll
    static void toolkit() throws Exception {
        // other tests in this JVM drive a TestFX stage: let TestFX start the toolkit, as it would be anyway
        org.testfx.api.FxToolkit.registerPrimaryStage();
    }

    @Test
    void writesAPngOfTheRequestedSizeShowingTheBundledMap() throws Exception {
        Path out = dir.resolve("wall.png");
        int rc = Launcher.run(new String[] {"snapshot", "--out", out.toString(), "--size", "1280x720"});
        assertEquals(0, rc);
        BufferedImage img = ImageIO.read(out.toFile());
        assertEquals(1280, img.getWidth());
        assertEquals(720, img.getHeight());
        // the map in the centre is not empty: many distinct colours (fills, outlines, labels)
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 100; y < 620; y += 3) {
            for (int x = 330; x < 950; x += 3) {
                colours.add(img.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 50, "map area has " + colours.size() + " colours");
    }

    @Test
    void aBrokenMapFileGivesTheErrorPictureAndExitCodeOne() throws Exception {
        Path bad = dir.resolve("bad.geojson");
        Files.writeString(bad, "{\"type\": \"FeatureCollection\", \"features\": [");
        Path out = dir.resolve("error.png");
        int rc = Launcher.run(new String[] {"snapshot", "--out", out.toString(), "--size", "800x450", "--map", bad.toString()});
        assertEquals(1, rc);
        BufferedImage img = ImageIO.read(out.toFile());
        assertEquals(800, img.getWidth());
        assertEquals(450, img.getHeight());
    }

    @Test
    void badOptionsAreRefusedWithExitCodeTwo() {
        assertEquals(2, Launcher.run(new String[] {"snapshot", "--out", dir.resolve("x.png").toString(), "--size", "wide"}));
        assertEquals(2, Launcher.run(new String[] {"snapshot", "--size", "800x450"}));
        assertEquals(2, Launcher.run(new String[] {"snapshot", "--out", dir.resolve("x.png").toString(), "--lang", "fr"}));
    }
}
