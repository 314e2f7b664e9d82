package com.gridwall.ui.shell;

import javafx.scene.layout.Region;

/** An empty framed panel holding a slot's place until the real panels are put in it. */
public final class SlotPlaceholder extends Region {
    public SlotPlaceholder() {
        getStyleClass().addAll("wall-panel", "slot-placeholder");
    }
}
