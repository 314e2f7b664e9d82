package com.gridwall.ui.panel;

import java.util.List;
import javafx.scene.control.Skin;

/** Repeat-complaint hotspots (高频问题) in model order: place, category, count in 7 days. FX thread only. */
public class HotspotList extends BoundedList<HotspotItem> {
    public HotspotList() {
        super("hotspot-list", 4);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new HotspotListSkin(this);
    }
}
