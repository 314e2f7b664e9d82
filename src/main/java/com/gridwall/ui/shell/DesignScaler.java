package com.gridwall.ui.shell;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.scene.Parent;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;

/**
 * Shows a fixed-size design (1920x1080) scaled uniformly to fit whatever size this region gets
 * (a laptop window, a 3840x2160 or 7680x2160 wall), centred with letterboxing, never distorted.
 * The current factor is published so canvases can render at device resolution instead of being
 * stretched. Confined to the FX thread.
 */
public final class DesignScaler extends Region {
    public static final double DESIGN_WIDTH = 1920;
    public static final double DESIGN_HEIGHT = 1080;

    private final Region design;
    private final double designWidth;
    private final double designHeight;
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final ReadOnlyDoubleWrapper factor = new ReadOnlyDoubleWrapper(this, "factor", 1);

    public DesignScaler(Region design) {
        this(design, DESIGN_WIDTH, DESIGN_HEIGHT);
    }

    /** A design of another size, e.g. 3840x1080 for 32:9 walls (more panels instead of stretching). */
    public DesignScaler(Region design, double designWidth, double designHeight) {
        this.design = design;
        this.designWidth = designWidth;
        this.designHeight = designHeight;
        getStyleClass().add("design-scaler");
        design.getTransforms().add(scale);
        getChildren().add(design);
    }

    public Parent design() {
        return design;
    }

    public double designWidth() {
        return designWidth;
    }

    public double designHeight() {
        return designHeight;
    }

    /** Device pixels per design pixel. */
    public ReadOnlyDoubleProperty factorProperty() {
        return factor.getReadOnlyProperty();
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        double s = Math.min(w / designWidth, h / designHeight);
        if (!(s > 0)) {
            s = 1;
        }
        scale.setX(s);
        scale.setY(s);
        factor.set(s);
        design.resizeRelocate(0, 0, designWidth, designHeight);
        // centre the scaled design: letterbox left/right or top/bottom
        design.setLayoutX(Math.round((w - designWidth * s) / 2));
        design.setLayoutY(Math.round((h - designHeight * s) / 2));
    }

    @Override
    protected double computePrefWidth(double height) {
        return designWidth;
    }

    @Override
    protected double computePrefHeight(double width) {
        return designHeight;
    }
}
