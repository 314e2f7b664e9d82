package com.gridwall.replay.checkpoint;

import static com.gridwall.replay.checkpoint.FrozenGraph.KEEP;
import static com.gridwall.replay.checkpoint.FrozenGraph.REF_PAGE;
import static com.gridwall.replay.checkpoint.FrozenGraph.ZERO;
import static com.gridwall.replay.checkpoint.FrozenGraph.base;
import static com.gridwall.replay.checkpoint.FrozenGraph.width;
import static com.gridwall.replay.checkpoint.FrozenStore.PAGE_BYTES;

import com.gridwall.replay.checkpoint.FrozenGraph.Arrow;
import com.gridwall.replay.checkpoint.FrozenGraph.Elements;
import com.gridwall.replay.checkpoint.FrozenGraph.ListOf;
import com.gridwall.replay.checkpoint.FrozenGraph.MapOf;
import com.gridwall.replay.checkpoint.FrozenGraph.Node;
import com.gridwall.replay.checkpoint.FrozenGraph.Obj;
import com.gridwall.replay.checkpoint.FrozenGraph.Prim;
import com.gridwall.replay.checkpoint.FrozenGraph.Refs;
import com.gridwall.replay.checkpoint.FrozenGraph.Rows;
import com.gridwall.store.log.ByteKeyIndex;
import com.gridwall.store.state.IncidentTable;
import java.io.IOException;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;

/**
 * Turns {@link FrozenGraph} nodes back into a store's objects: into the reused store's own objects
 * and arrays where they fit (claimed once each), else into spare or new ones; page copies are
 * queued while the graph is built and run at the end on two threads ({@link #copyAll}). One thaw,
 * one thread (plus the copy helper); used by {@link FrozenStore#thawInto}.
 */
final class Thawer {
    private final BufferAllocator allocator;
    /** New Arrow buffers come from here first (the store's buffers an earlier copy left without a role). */
    private final com.gridwall.store.log.BufferBin bin;
    private final FrozenPages pages;
    private final SpareArrays arrays;
    /** Node → the object or array it became in this thaw. */
    private final IdentityHashMap<Object, Object> made;
    /**
     * Old objects (of a spare store) already given a new role, and buffers taken from the bin for
     * this copy: never reused twice, nor given back to the bin while in use.
     */
    final IdentityHashMap<Object, Boolean> claimed;
    /** Old list elements without a new role whose buffers went to the bin: never claimed afterwards. */
    private final IdentityHashMap<Object, Boolean> released = new IdentityHashMap<>();
    /** Page copies, run after the graph is built: in two halves on two threads (see {@link #copyAll}). */
    private final List<Copy> copies = new ArrayList<>();
    /** What the seeker's arrays hold (null: nothing known, copy every page). */
    private final ThawOrigins origins;
    /** The incident table being filled, while its columns are (null otherwise), and its written blocks before this copy. */
    private IncidentTable table;
    private long[] tableWrittenBefore;
    private IncidentTable filledTable;
    /** Columns of the incident table and the nodes copied into them, for {@link ThawOrigins#copied}. */
    private final List<Column> columns = new ArrayList<>();
    /** The field of the incident table being filled. */
    private String column;

    Thawer(BufferAllocator allocator, com.gridwall.store.log.BufferBin bin, int objects, FrozenPages pages,
           SpareArrays arrays) {
        this.allocator = allocator;
        this.bin = bin;
        this.pages = pages;
        this.arrays = arrays;
        this.origins = arrays == null ? null : arrays.origins();
        this.made = new IdentityHashMap<>(objects);
        this.claimed = new IdentityHashMap<>(objects);
    }

    /** Sets every field of {@code target} from {@code node}; {@code existing}: target came with the fresh store. */
    void fill(Object target, Obj node, boolean existing) throws IOException {
        if (target.getClass() != node.type()) {
            throw new IOException("in-memory state holds a " + node.type().getName() + " where the store has a "
                    + target.getClass().getName());
        }
        made.put(node, target);
        Field[] fs = StoreImage.fields(target.getClass());
        if (existing && target instanceof ByteKeyIndex keys && keptInPlace(keys, node, fs)) {
            return;
        }
        if (target instanceof IncidentTable t) { // its fields are primitives and columns only
            table = t;
            filledTable = t;
            tableWrittenBefore = t.writtenBlocks();
        }
        try {
            for (int i = 0; i < fs.length; i++) {
                Field f = fs[i];
                Object v = node.values()[i];
                column = f.getName();
                if (f.getType().isPrimitive()) {
                    f.set(target, v);
                    continue;
                }
                if (v == KEEP) {
                    if (!existing && BufferAllocator.class.isAssignableFrom(f.getType())) {
                        f.set(target, allocator);
                    }
                    continue;
                }
                Object current = f.get(target);
                Object nv = value(v, current);
                if (nv != current) {
                    if (current instanceof ArrowBuf old && !claimed.containsKey(old)) {
                        bin.give(old); // kept for a later need (given twice, it is kept once)
                    }
                    f.set(target, nv);
                }
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } finally {
            if (target instanceof IncidentTable) {
                table = null;
            }
        }
    }

    /**
     * Whether {@code keys} (the reused store's index) already holds the state's keys in the same
     * order, and now shows only those: its tables, tens of MB at 10M events, are then neither
     * copied nor given away. The index checks the keys' digest, so an index filled in another
     * order (a tail of other events than the journal's) is copied as any other object.
     */
    private boolean keptInPlace(ByteKeyIndex keys, Obj node, Field[] fs) throws IOException {
        Object size = null;
        Object digest = null;
        for (int i = 0; i < fs.length; i++) {
            if (fs[i].getName().equals(ByteKeyIndex.SIZE_FIELD)) {
                size = node.values()[i];
            } else if (fs[i].getName().equals(ByteKeyIndex.DIGEST_FIELD)) {
                digest = node.values()[i];
            }
        }
        if (!(size instanceof Integer n) || !(digest instanceof Long d) || !keys.cutTo(n, d)) {
            return false;
        }
        try {
            for (Field f : fs) {
                if (!f.getType().isPrimitive()) {
                    Object held = f.get(keys);
                    if (held != null) {
                        claimed.put(held, Boolean.TRUE); // still in use: not a spare
                    }
                }
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        if (arrays != null) {
            arrays.keptKeys(keys.bytes());
        }
        return true;
    }

    /**
     * After {@link #copyAll}: records what the incident table's columns now hold and clears its
     * written blocks; {@code given}: the large arrays of the store's previous state now given to
     * the spares (the table's old columns among them keep the writes they had).
     */
    void recordOrigins(FrozenStore state, List<Object> given) {
        if (origins == null) {
            return;
        }
        for (Object a : given) {
            origins.left(a, tableWrittenBefore);
        }
        for (Column c : columns) {
            origins.copied(c.array(), c.name(), c.node(), state);
        }
        if (filledTable != null) {
            filledTable.markClean();
        }
    }

    /** An incident column copied in this thaw: the array, the table's field, the node it now holds. */
    private record Column(Object array, String name, Prim node) {
    }

    private interface PageRange {
        void copy(int from, int to);
    }

    private record Copy(int pages, PageRange range) {
    }

    /**
     * Runs every page copy, the second half of the pages on a helper thread
     * ({@link com.gridwall.store.HelperThreads}): a state is a few hundred MB of memory copies,
     * which two cores do in about half the time.
     */
    void copyAll() throws IOException {
        long total = 0;
        for (Copy c : copies) {
            total += c.pages;
        }
        List<Copy> first = new ArrayList<>();
        List<Copy> second = new ArrayList<>();
        long half = total / 2;
        long acc = 0;
        for (Copy c : copies) {
            if (acc + c.pages <= half) {
                first.add(c);
            } else if (acc >= half) {
                second.add(c);
            } else { // split this one
                int cut = (int) (half - acc);
                first.add(new Copy(cut, (a, b) -> c.range.copy(0, cut)));
                second.add(new Copy(c.pages - cut, (a, b) -> c.range.copy(cut, c.pages)));
            }
            acc += c.pages;
        }
        java.util.concurrent.CompletableFuture<Void> other = com.gridwall.store.HelperThreads.run(() -> {
            for (Copy c : second) {
                c.range.copy(0, c.pages);
            }
        });
        for (Copy c : first) {
            c.range.copy(0, c.pages);
        }
        try {
            other.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw new IOException("cannot copy the in-memory state: " + e.getCause(), e.getCause());
        }
    }

    /** {@code keep}: pages {@code out} holds already (null: none). */
    private static void copyPrim(FrozenPages pages, Prim p, Object out, boolean reuse, boolean[] keep, int fromPage,
                                 int toPage) {
        PageSlab slab = pages.slab(p.pageBytes());
        int w = width(p.type());
        long base = base(p.type());
        for (int k = fromPage; k < toPage; k++) {
            if (keep != null && keep[k]) {
                continue;
            }
            int at = k * p.perPage();
            copyPage(slab, p.slots().get(k), out, at, Math.min(p.length(), at + p.perPage()), w, base, reuse);
        }
    }

    /** Copies every page of {@code p} into {@code out}, a fresh (all-zero) array of its type and length. */
    static void copyWhole(FrozenPages pages, Prim p, Object out) {
        copyPrim(pages, p, out, false, null, 0, p.slots().length());
    }

    /** Copies pages [fromPage, toPage) of a {@link Rows} node into {@code out}'s rows ({@code reused[r]}: write its zero pages too). */
    private void copyRows(Rows rs, Object[] out, boolean[] reused, int fromPage, int toPage) {
        PageSlab slab = pages.slab(rs.pageBytes());
        int w = width(rs.type());
        long base = base(rs.type());
        int perRow = rs.pagesPerRow();
        for (int p = fromPage; p < toPage; p++) {
            int r = p / perRow;
            int at = (p - r * perRow) * rs.perPage();
            copyPage(slab, rs.slots().get(p), out[r], at, Math.min(rs.rowLength(), at + rs.perPage()), w, base, reused[r]);
        }
    }

    /**
     * Copies the page in {@code slot} to out[at, end) (elements of {@code w} bytes from {@code base});
     * an all-zero page is written only into an array that held other values ({@code dirty}), a
     * fresh one is zero already.
     */
    private static void copyPage(PageSlab slab, int slot, Object out, int at, int end, int w, long base, boolean dirty) {
        if (slot != ZERO) {
            slab.read(slot, out, base + (long) at * w, (end - at) * w);
        } else if (dirty) {
            Pages.zero(out, at, end);
        }
    }

    private void copyArrow(Arrow ar, ArrowBuf b, int fromPage, int toPage) {
        for (int k = fromPage; k < toPage; k++) {
            long at = (long) k * PAGE_BYTES;
            int len = (int) Math.min(PAGE_BYTES, ar.capacity() - at);
            int slot = ar.slots().get(k);
            if (slot == ZERO) {
                b.setZero(at, len);
            } else {
                pages.coarse.read(slot, null, b.memoryAddress() + at, len);
            }
        }
    }

    private boolean claim(Object current, boolean fits) {
        if (current == null || !fits || claimed.containsKey(current) || released.containsKey(current)) {
            return false;
        }
        claimed.put(current, Boolean.TRUE);
        return true;
    }

    /**
     * What {@code v} (a node of the frozen graph, or a plain value) becomes, reusing
     * {@code current} (the field's or element's object in the store being overwritten) when it fits.
     * <p>One small method per node kind, on purpose: a seek runs this a few thousand times, so the
     * JIT compiles it during a process's first seeks and again whenever a node kind or array type
     * shows up that it had not seen. As one 1.5 KB method each recompilation took a compiler thread
     * about 250 ms, which on two cores delayed the seeks it overlapped; small methods recompile in
     * a few ms.
     */
    Object value(Object v, Object current) throws IOException {
        if (!(v instanceof Node)) {
            return v == KEEP ? null : v;
        }
        Object done = made.get(v);
        if (done != null) {
            return done;
        }
        if (v instanceof Obj o) {
            boolean reuse = claim(current, current != null && current.getClass() == o.type());
            Object target = reuse ? current : instantiate(o.type());
            fill(target, o, reuse);
            return target;
        }
        Object out;
        if (v instanceof Prim p) {
            out = primitives(p, current);
        } else if (v instanceof Refs r) {
            out = references(r, current);
        } else if (v instanceof Rows rs) {
            out = rows(rs, current);
        } else if (v instanceof Elements os) {
            out = elements(os, current);
        } else if (v instanceof Arrow ar) {
            out = arrow(ar, current);
        } else if (v instanceof ListOf l) {
            out = list(l, current);
        } else {
            out = map((MapOf) v, current);
        }
        made.put(v, out);
        return out;
    }

    private Object primitives(Prim p, Object current) {
        boolean reuse = claim(current, current != null && current.getClass().getComponentType() == p.type()
                && Array.getLength(current) == p.length());
        Object spare = reuse || arrays == null ? null : arrays.take(p.type(), p.length(), table != null ? column : null);
        Object out = reuse ? current : spare != null ? spare : Array.newInstance(p.type(), p.length());
        boolean dirty = reuse || spare != null; // its all-zero pages must be written too
        boolean[] keep = null;
        if (origins != null && table != null) { // an incident column: pages it holds already may stay
            keep = dirty ? origins.unchanged(out, p, tableWrittenBefore) : null;
            columns.add(new Column(out, column, p));
        } else if (origins != null) {
            origins.forget(out);
        }
        boolean[] kept = keep;
        copies.add(new Copy(p.slots().length(), (from, to) -> copyPrim(pages, p, out, dirty, kept, from, to)));
        return out;
    }

    private Object references(Refs r, Object current) {
        boolean reuse = claim(current, current != null && current.getClass() == r.component().arrayType()
                && Array.getLength(current) == r.length());
        Object spare = reuse || arrays == null ? null : arrays.take(r.component(), r.length());
        // every element is written below, so a spare's old references do not survive
        Object[] a = reuse ? (Object[]) current : spare != null ? (Object[]) spare
                : (Object[]) Array.newInstance(r.component(), r.length());
        for (int k = 0; k < r.pages().length; k++) {
            System.arraycopy(r.pages()[k], 0, a, k * REF_PAGE, r.pages()[k].length);
        }
        return a;
    }

    private Object rows(Rows rs, Object current) {
        Class<?> rowType = rs.type().arrayType();
        boolean reuse = claim(current, current != null && current.getClass() == rowType.arrayType()
                && Array.getLength(current) == rs.rows());
        Object[] old = reuse ? (Object[]) current : null;
        // rows are gathered in an Object[] and copied into the typed array at once: storing into
        // arrays of changing element types made the JIT recompile on every new type
        Object[] built = new Object[rs.rows()];
        boolean[] reused = new boolean[rs.rows()];
        for (int r = 0; r < built.length; r++) {
            Object row = old == null ? null : old[r];
            reused[r] = row != null && Array.getLength(row) == rs.rowLength() && claim(row, true);
            built[r] = reused[r] ? row : Array.newInstance(rs.type(), rs.rowLength());
        }
        Object[] a = reuse ? old : (Object[]) Array.newInstance(rowType, rs.rows());
        System.arraycopy(built, 0, a, 0, built.length);
        copies.add(new Copy(rs.slots().length(), (from, to) -> copyRows(rs, a, reused, from, to)));
        return a;
    }

    private Object elements(Elements os, Object current) throws IOException {
        boolean reuse = claim(current, current != null && current.getClass() == os.component().arrayType()
                && Array.getLength(current) == os.elements().length);
        Object[] old = reuse ? ((Object[]) current).clone() : null;
        Object[] a = reuse ? (Object[]) current : (Object[]) Array.newInstance(os.component(), os.elements().length);
        made.put(os, a); // before the elements: they may refer back to this array
        Object[] values = new Object[a.length]; // see rows(): one copy into the typed array
        for (int i = 0; i < values.length; i++) {
            values[i] = value(os.elements()[i], old == null ? null : old[i]);
        }
        System.arraycopy(values, 0, a, 0, values.length);
        return a;
    }

    private Object arrow(Arrow ar, Object current) {
        boolean reuse = claim(current, current instanceof ArrowBuf c && c.capacity() == ar.capacity());
        ArrowBuf b = reuse ? (ArrowBuf) current : bin.take(allocator, ar.capacity());
        claimed.put(b, Boolean.TRUE); // a buffer the bin had from this copy is in use again
        copies.add(new Copy(ar.slots().length(), (from, to) -> copyArrow(ar, b, from, to)));
        return b;
    }

    private Object list(ListOf l, Object current) throws IOException {
        @SuppressWarnings("unchecked")
        List<Object> list = current instanceof List<?> c && claim(c, true) ? (List<Object>) c : new ArrayList<>();
        List<Object> old = new ArrayList<>(list);
        list.clear();
        made.put(l, list);
        for (int i = 0; i < l.elements().length; i++) {
            list.add(value(l.elements()[i], i < old.size() ? old.get(i) : null));
        }
        for (Object o : old) { // old elements given no new role (e.g. a log chunk dropped since)
            if (!claimed.containsKey(o) && o instanceof AutoCloseable) {
                release(o);
            }
        }
        return list;
    }

    /**
     * Gives the buffers of {@code o} (an old object no one refers to any more) to the bin, for the
     * rest of this copy and the next ones, instead of closing it. Closed, a dropped log chunk's
     * buffers could empty pool chunks that then went back to the operating system, and a copy that
     * needed more buffers than the last faulted fresh memory in: 200-500 ms in one seek.
     */
    private void release(Object o) {
        released.put(o, Boolean.TRUE);
        for (ArrowBuf b : FrozenStore.buffersOf(o)) {
            if (!claimed.containsKey(b) && b.refCnt() > 0) {
                bin.give(b);
            }
        }
    }

    private Object map(MapOf m, Object current) throws IOException {
        @SuppressWarnings("unchecked")
        Map<Object, Object> map = current instanceof Map<?, ?> c && claim(c, true) ? (Map<Object, Object>) c : new HashMap<>();
        Map<Object, Object> old = map.isEmpty() ? Map.of() : new HashMap<>(map);
        map.clear();
        made.put(m, map);
        for (int i = 0; i < m.keys().length; i++) {
            Object k = value(m.keys()[i], null);
            map.put(k, value(m.values()[i], old.get(k)));
        }
        return map;
    }

    private static Object instantiate(Class<?> type) throws IOException {
        try {
            return StoreImage.UNSAFE.allocateInstance(type);
        } catch (InstantiationException e) {
            throw new IOException("cannot create " + type.getName(), e);
        }
    }
}
