package com.gridwall.ui.theme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.text.Font;

/**
 * The wall's look: the bundled CJK font (Noto Sans SC, OFL) and the style sheets. Fonts must be loaded
 * before the first scene so CSS and canvases find the family on a machine without any CJK font.
 * Call from any thread before the scene is built; {@link #apply} on the FX thread.
 */
public final class WallTheme {
    /** The family name CSS uses (styles/wall.css) and canvases are given explicitly. */
    public static final String FONT_FAMILY = "Noto Sans SC";
    private static final String[] FONT_FILES = {
        "/com/gridwall/fonts/NotoSansSC_400Regular.ttf", "/com/gridwall/fonts/NotoSansSC_700Bold.ttf"};
    /** Token sheet first, then the wall; panel styles when that part of the wall is present. */
    private static final String[] SHEETS = {"/styles/tokens.css", "/styles/wall.css", "/styles/panels.css",
        "/styles/timeline.css"};
    private static volatile List<Font> loaded;
    private static final java.awt.Font[] AWT = new java.awt.Font[2];

    private WallTheme() {
    }

    /** Loads the bundled fonts once; returns them (regular, bold). Fails loudly if the jar lacks them. */
    public static synchronized List<Font> loadFonts() {
        if (loaded == null) {
            List<Font> fonts = new ArrayList<>();
            for (String file : FONT_FILES) {
                try (InputStream in = WallTheme.class.getResourceAsStream(file)) {
                    if (in == null) {
                        throw new IllegalStateException("bundled font missing from the class path: " + file);
                    }
                    Font f = Font.loadFont(in, 16);
                    if (f == null) {
                        throw new IllegalStateException("bundled font could not be loaded: " + file);
                    }
                    fonts.add(f);
                } catch (IOException e) {
                    throw new UncheckedIOException("reading bundled font " + file, e);
                }
            }
            loaded = List.copyOf(fonts);
        }
        return loaded;
    }

    /**
     * The bundled face for Java2D painters (the map's render thread) when {@code family} is
     * {@link #FONT_FAMILY}, else the named system family; size 1, derive the size you need.
     */
    public static synchronized java.awt.Font awtFont(String family, boolean bold) {
        String name = family.replace("\"", "").replace("'", "").trim();
        if (!FONT_FAMILY.equalsIgnoreCase(name)) {
            java.awt.Font system = new java.awt.Font(name, bold ? java.awt.Font.BOLD : java.awt.Font.PLAIN, 1);
            // a family this machine lacks falls back to a logical font without CJK: use ours instead
            if (system.getFamily().equalsIgnoreCase(name) && system.canDisplayUpTo("红旗区") < 0) {
                return system;
            }
        }
        int i = bold ? 1 : 0;
        if (AWT[i] == null) {
            try (InputStream in = WallTheme.class.getResourceAsStream(FONT_FILES[i])) {
                if (in == null) {
                    throw new IllegalStateException("bundled font missing from the class path: " + FONT_FILES[i]);
                }
                AWT[i] = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, in);
            } catch (IOException | java.awt.FontFormatException e) {
                throw new IllegalStateException("bundled font could not be loaded: " + FONT_FILES[i] + ": " + e, e);
            }
        }
        return AWT[i];
    }

    /** Adds the wall's style sheets to {@code scene}, by class-path name (ui opens no URLs itself). */
    public static void apply(Scene scene) {
        for (String sheet : SHEETS) {
            if (onClassPath(sheet)) {
                String name = sheet.substring(1);
                if (!scene.getStylesheets().contains(name)) {
                    scene.getStylesheets().add(name);
                }
            }
        }
    }

    private static boolean onClassPath(String resource) {
        try (InputStream in = WallTheme.class.getResourceAsStream(resource)) {
            return in != null;
        } catch (IOException e) {
            return false;
        }
    }
}
