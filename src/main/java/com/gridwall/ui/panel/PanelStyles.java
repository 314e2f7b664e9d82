package com.gridwall.ui.panel;

import java.net.URL;
import java.util.Objects;
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

    public static String tokensCss() {
        return resource("/styles/tokens.css");
    }

    public static String panelsCss() {
        return resource("/styles/panels.css");
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
                    Font.loadFont(resource("/com/gridwall/fonts/" + face), 16);
                }
            }
            fontsLoaded = true;
        }
    }

    private static boolean fontsLoaded;

    private static String resource(String path) {
        URL url = Objects.requireNonNull(PanelStyles.class.getResource(path), () -> "missing resource " + path);
        return url.toExternalForm();
    }
}
