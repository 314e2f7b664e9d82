package com.gridwall.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `snapshot --events N --seed S` renders the full wall at the requested size, the same picture for the same seed. */
class WallSnapshotEventsTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() throws Exception {
        org.testfx.api.FxToolkit.registerPrimaryStage();
    }

    @Test
    void rendersTheFullWallAfterNEventsAtTheRequestedSizeDeterministically() throws Exception {
        Path a = dir.resolve("a.png");
        Path b = dir.resolve("b.png");
        String[] args = {"snapshot", "--out", a.toString(), "--size", "1280x360", "--events", "800", "--seed", "3"};
        assertEquals(0, Launcher.run(args));
        args[2] = b.toString();
        assertEquals(0, Launcher.run(args));
        BufferedImage img = ImageIO.read(a.toFile());
        assertEquals(1280, img.getWidth());
        assertEquals(360, img.getHeight());
        assertTrue(java.util.Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(b)), "same seed and N, same picture");
        assertEquals(2, Launcher.run(new String[] {"snapshot", "--out", a.toString(), "--events", "-5"}));
    }
}
