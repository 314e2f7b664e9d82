package com.gridwall.app;

import com.gridwall.store.snapshot.WallSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Wraps the wall's snapshot source so that the presenter's single pull per pulse also reaches the
 * map layers and emergency mode: no second pull. Listeners run on the puller's thread (the FX thread)
 * and only when the snapshot reference changed. Not thread-safe: pulled from the FX thread only.
 */
final class SnapshotTap implements Supplier<WallSnapshot> {
    private final Supplier<WallSnapshot> source;
    private final List<Consumer<WallSnapshot>> listeners = new ArrayList<>();
    private WallSnapshot last;

    SnapshotTap(Supplier<WallSnapshot> source) {
        this.source = source;
    }

    SnapshotTap onChange(Consumer<WallSnapshot> l) {
        listeners.add(l);
        return this;
    }

    @Override
    public WallSnapshot get() {
        WallSnapshot s = source.get();
        if (s != last && s != null) {
            last = s;
            for (Consumer<WallSnapshot> l : listeners) {
                l.accept(s);
            }
        }
        return s;
    }
}
