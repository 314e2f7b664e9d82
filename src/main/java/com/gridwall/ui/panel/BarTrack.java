package com.gridwall.ui.panel;

import javafx.scene.layout.Region;

/**
 * A thin bar: a track with a fill whose width is a fraction of it. Two regions, styled by CSS
 * ({@code bar-track}, {@code bar-fill}); reused by every bar list.
 */
final class BarTrack extends Region {
    private final Region fill = new Region();
    private double fraction;

    BarTrack() {
        getStyleClass().add("bar-track");
        fill.getStyleClass().add("bar-fill");
        fill.setManaged(false);
        getChildren().add(fill);
        setMinWidth(20);
    }

    Region fill() {
        return fill;
    }

    void setFraction(double f) {
        double clamped = Double.isFinite(f) ? Math.max(0, Math.min(1, f)) : 0;
        if (clamped != fraction) {
            fraction = clamped;
            requestLayout();
        }
    }

    double getFraction() {
        return fraction;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth() * fraction;
        fill.resizeRelocate(0, 0, Math.max(w, fraction > 0 ? 2 : 0), getHeight());
    }

    @Override
    protected double computePrefHeight(double width) {
        return 8;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 60;
    }
}
