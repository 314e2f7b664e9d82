package com.gridwall.replay.checkpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gridwall.replay.events.SyntheticHistory;
import com.gridwall.replay.seek.ReplayTime;
import com.gridwall.replay.seek.StoreFactory;
import com.gridwall.store.EventSchema;
import com.gridwall.store.EventStore;
import com.gridwall.store.StoreConfig;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.junit.jupiter.api.Test;

/**
 * Tables of equal-length primitive rows (the counter blocks) are captured as one node each, copy
 * back exactly into rows that held other values, and are never split from a row referenced elsewhere.
 */
class FrozenRowsTest {
    /** A graph with a table whose first row is also referenced by a field of its own. */
    static final class AliasedRow {
        long[][] table = {new long[100], new long[100]};
        long[] alias = table[0];
    }

    /** The same, the row's other reference met first. */
    static final class RowMetFirst {
        long[] alias;
        long[][] table = {new long[100], new long[100]};

        RowMetFirst() {
            alias = table[1];
        }
    }

    @Test
    void theCounterBlocksAreOneNodePerWindowAndCopyBackExactlyOverOtherValues() throws Exception {
        SyntheticHistory h = new SyntheticHistory(11, FrozenStoreTest.START, 3000, 40);
        StoreFactory factory = new StoreFactory(h.units(), null, StoreConfig.defaults());
        try (BufferAllocator a = new RootAllocator();
             VectorSchemaRoot root = VectorSchemaRoot.create(EventSchema.SCHEMA, a);
             FrozenPages pages = new FrozenPages()) {
            ReplayTime seekTime = new ReplayTime(FrozenStoreTest.START);
            // few events first: most units' rows still all zeros, pages a copy over later rows must clear
            TwoStates two = TwoStates.capture(h, factory, a, root, pages, 200, 8_000);
            FrozenStore early = two.small();
            FrozenStore late = two.large();

            List<FrozenGraph.Rows> tables = new ArrayList<>();
            collectRows(late.root(), tables, new java.util.IdentityHashMap<>());
            FrozenGraph.Rows blocks = tables.stream()
                    .filter(r -> r.type() == long.class && r.rows() > 10).findFirst().orElseThrow();
            assertTrue(blocks.rows() >= 20, "a row per unit: " + blocks.rows());
            assertEquals(blocks.rows() * blocks.pagesPerRow(), blocks.slots().length());

            // the late state's blocks hold other values everywhere: copy the early one over them
            seekTime.set(two.largeTime());
            EventStore seekStore = late.thawInto(factory.quiet().createReplay(a, seekTime));
            assertEquals(two.largeHash(), seekStore.stateHash());
            // a tail written into the rows and no snapshot since: the next copy overwrites them in place
            StoreImageTest.feed(seekStore, seekTime, root, h.next(300));
            seekTime.set(two.smallTime());
            seekStore = early.thawInto(seekStore);
            assertEquals(two.smallHash(), seekStore.stateHash(), "rows overwritten in place, their zero pages too");
            seekTime.set(two.largeTime());
            seekStore = late.thawInto(seekStore);
            assertEquals(two.largeHash(), seekStore.stateHash());
            seekStore.close();
            root.clear();
            assertEquals(0, a.getAllocatedMemory());
        }
    }

    /** Counter blocks as the engine keeps them: a row of 256 longs per unit. */
    static final class Blocks {
        long[][] rows = new long[40][256];
    }

    @Test
    void aSlotChangedInOneRowCostsTheNextCaptureOneFinePage() {
        try (FrozenPages pages = new FrozenPages()) {
            Blocks b = new Blocks();
            for (long[] row : b.rows) {
                java.util.Arrays.fill(row, 7);
            }
            Freezer first = new Freezer(null, pages);
            FrozenGraph.Rows before = assertInstanceOf(FrozenGraph.Rows.class, first.object(b).values()[0]);
            assertEquals(FrozenStore.FINE_BYTES, before.pageBytes(), "a block changes in a few slots: fine pages");

            b.rows[17][100]++;
            Freezer second = new Freezer(first.seen, pages);
            FrozenGraph.Rows after = assertInstanceOf(FrozenGraph.Rows.class, second.object(b).values()[0]);
            int changed = 0;
            for (int k = 0; k < after.slots().length(); k++) {
                if (after.slots().get(k) != before.slots().get(k)) {
                    changed++;
                }
            }
            assertEquals(1, changed, "only the page holding the changed slot is new");
            assertTrue(second.newBytes < FrozenStore.PAGE_BYTES + 4L * SlotTable.CHUNK + 64,
                    "one fine page and one chunk of slot numbers: " + second.newBytes);
        }
    }

    @Test
    void aRowReferencedElsewhereIsNeverSplitFromItsOtherReference() {
        try (FrozenPages pages = new FrozenPages()) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> new Freezer(null, pages).object(new AliasedRow()));
            assertTrue(e.getMessage().contains("referenced elsewhere"), e.getMessage());

            // met first, the row keeps a node of its own and the table stays a list of nodes
            FrozenGraph.Obj node = new Freezer(null, pages).object(new RowMetFirst());
            Object alias = node.values()[0];
            FrozenGraph.Elements table = assertInstanceOf(FrozenGraph.Elements.class, node.values()[1]);
            assertTrue(table.elements()[1] == alias, "one node for the one array");
        }
    }

    private static void collectRows(Object v, List<FrozenGraph.Rows> out, java.util.IdentityHashMap<Object, Boolean> seen) {
        if (v == null || seen.put(v, Boolean.TRUE) != null) {
            return;
        }
        if (v instanceof FrozenGraph.Rows r) {
            out.add(r);
        } else if (v instanceof FrozenGraph.Obj o) {
            for (Object x : o.values()) {
                collectRows(x, out, seen);
            }
        } else if (v instanceof FrozenGraph.Elements e) {
            for (Object x : e.elements()) {
                collectRows(x, out, seen);
            }
        }
    }
}
