package com.gridwall.app;

/**
 * Selects headless JavaFX (Monocle, software rendering) for commands that must run without a display.
 * Effective only before the toolkit starts; harmless afterwards (e.g. in tests that already run headless).
 */
final class Headless {
    private Headless() {
    }

    static void configure(int width, int height) {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
        // the virtual screen must hold the largest scene we render
        System.setProperty("headless.geometry", Math.max(width, 1920) + "x" + Math.max(height, 1080) + "-32");
    }
}
