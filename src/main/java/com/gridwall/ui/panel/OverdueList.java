package com.gridwall.ui.panel;

import java.util.List;
import javafx.scene.control.Skin;

/**
 * Overdue and nearly-due incidents with live countdowns ("剩余 0:42:10") or overdue-by times
 * ("超期 2:05:11") that tick with {@link #nowProperty()}. Shows at most {@code maxRows} (the
 * model order is kept: the adapter sorts, most overdue first) and a "+N" line for the rest.
 * FX thread only.
 */
public class OverdueList extends BoundedList<OverdueItem> {
    public OverdueList() {
        super("overdue-list", 5);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new OverdueListSkin(this);
    }
}
