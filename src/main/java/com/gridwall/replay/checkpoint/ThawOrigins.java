package com.gridwall.replay.checkpoint;

import com.gridwall.replay.checkpoint.FrozenGraph.Prim;
import com.gridwall.store.state.IncidentTable;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * What each incident column of a seek's store was last copied from: the stored page table and
 * state, and (once the column has left its table for {@link SpareArrays}) the table's written
 * blocks at that moment. A later copy into the same array skips every page that both stored states
 * hold in the same slot and that no write has touched since: the columns of old incidents, which
 * no event changes any more, are most of the 200 MB of a state at 10M events.
 * <p>Arrays are keys by identity (arrays do not override equals) and weakly: a column the store
 * replaced (its table grew) is forgotten with it. Thread-safety: safe for the seeking thread and the
 * thread that seeds the spares ({@link SpareArrays#seedFor}); every method holds this object's lock.
 */
final class ThawOrigins {
    /**
     * {@code column}: the table's field the array was; {@code written}: the table's written blocks
     * when the array left it, null while it is still the table's.
     */
    private record Origin(String column, Prim node, FrozenStore state, long[] written) {
    }

    private final Map<Object, Origin> byArray = new WeakHashMap<>();
    private long keptPages;
    private long pages;

    /**
     * The pages of {@code node} to leave as they are in {@code out} (null: copy all): {@code out}
     * was copied from a node of the same shape in a state still held, and {@code live} holds the
     * written blocks of the table it is in now (used while the array has not left that table).
     */
    synchronized boolean[] unchanged(Object out, Prim node, long[] live) {
        Origin o = byArray.get(out);
        if (o == null || o.state.released() || o.node.type() != node.type() || o.node.length() != node.length()
                || o.node.perPage() != node.perPage()) {
            return null;
        }
        boolean[] keep = keep(node, o.node, o.written != null ? o.written : live);
        for (boolean k : keep) {
            keptPages += k ? 1 : 0;
        }
        this.pages += keep.length;
        return keep;
    }

    /** Pages of {@code now} in the same slot as in {@code then} and not written since (the loop apart, so the JIT compiles it alone). */
    private static boolean[] keep(Prim now, Prim then, long[] written) {
        int per = now.perPage();
        boolean[] keep = new boolean[now.slots().length()];
        for (int c = 0; c < now.slots().chunkCount(); c++) {
            int[] slots = now.slots().chunk(c);
            int[] before = then.slots().chunk(c);
            int first = c * SlotTable.CHUNK;
            for (int k = 0; k < slots.length; k++) {
                if (slots == before || slots[k] == before[k]) {
                    int page = first + k;
                    keep[page] = !IncidentTable.anyWritten(written, page * per, Math.min(now.length(), (page + 1) * per));
                }
            }
        }
        return keep;
    }

    /** Pages left in place so far. */
    synchronized long keptPages() {
        return keptPages;
    }

    /** Pages of columns that had a known origin so far (kept or copied). */
    synchronized long pagesWithOrigin() {
        return pages;
    }

    /** {@code out} now holds exactly {@code node} of {@code state}, in a table whose written blocks were just cleared. */
    synchronized void copied(Object out, String column, Prim node, FrozenStore state) {
        byArray.put(out, new Origin(column, node, state, null));
    }

    /** Whether {@code array} was last copied as the column named {@code column}: a spare that most likely holds its pages. */
    synchronized boolean wasColumn(Object array, String column) {
        Origin o = byArray.get(array);
        return o != null && o.column.equals(column);
    }

    /** {@code out} was written with something else: nothing is known of its content. */
    synchronized void forget(Object out) {
        byArray.remove(out);
    }

    /**
     * {@code out} was filled with {@code node} of {@code state} outside any table (a seeded spare):
     * nothing was written to it since.
     */
    synchronized void seeded(Object out, String column, Prim node, FrozenStore state) {
        byArray.put(out, new Origin(column, node, state, new long[0]));
    }

    /** {@code array} leaves its table, whose writes since its copy are {@code written}. */
    synchronized void left(Object array, long[] written) {
        Origin o = byArray.get(array);
        if (o != null && o.written == null) {
            byArray.put(array, new Origin(o.column, o.node, o.state, written == null ? new long[0] : written));
        }
    }
}
