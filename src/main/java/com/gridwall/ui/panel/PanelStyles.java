package com.gridwall.ui.panel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javafx.scene.Parent;
import javafx.scene.text.Font;

/**
 * Where the panels' stylesheets and fonts live on the class path (styles/ is packaged as
 * resources). {@link #install} puts the colour tokens and the panel styles on a root and loads the
 * bundled Noto Sans SC, without which Chinese renders as boxes.
 */
public final class PanelStyles {
    public static final String FONT_FAMILY = "Noto Sans SC";

    private PanelStyles() {
    }

    /** Class-path form ("styles/tokens.css"): JavaFX resolves a stylesheet without a scheme on the class path. */
    public static String tokensCss() {
        return checked("styles/tokens.css");
    }

    public static String panelsCss() {
        return checked("styles/panels.css");
    }

    /** Adds tokens.css and panels.css (once) to the given root's stylesheets and loads the fonts. */
    public static void install(Parent root) {
        loadFonts();
        for (String css : new String[] {tokensCss(), panelsCss()}) {
            if (!root.getStylesheets().contains(css)) {
                root.getStylesheets().add(css);
            }
        }
    }

    /** Loads the bundled regular and bold faces; safe to call repeatedly. */
    public static synchronized void loadFonts() {
        if (!fontsLoaded) {
            if (!Font.getFamilies().contains(FONT_FAMILY)) {
                for (String face : new String[] {"NotoSansSC_400Regular.ttf", "NotoSansSC_700Bold.ttf"}) {
                    String path = "/com/gridwall/fonts/" + face;
                    try (InputStream in = PanelStyles.class.getResourceAsStream(path)) {
                        if (in == null || Font.loadFont(in, 16) == null) {
                            throw new IllegalStateException("cannot load the bundled font " + path);
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read the bundled font " + path, e);
                    }
                }
            }
            fontsLoaded = true;
        }
    }

    private static boolean fontsLoaded;

    /** The path, after making sure it is on the class path (a missing stylesheet would only log a warning). */
    private static String checked(String path) {
        try (InputStream in = PanelStyles.class.getResourceAsStream("/" + path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path + " on the class path");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
        return path;
    }
}
