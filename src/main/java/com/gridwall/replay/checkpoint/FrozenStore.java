package com.gridwall.replay.checkpoint;

import com.gridwall.replay.seek.ReplayTime;
import com.gridwall.replay.seek.StoreFactory;
import com.gridwall.store.EventStore;
import java.io.IOException;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;

/**
 * An in-memory copy of a store's state (the same object graph {@link StoreImage} writes, minus
 * the environment) that a replay can turn back into a working store many times ({@link #thaw}),
 * without a file, a checksum pass or a decode: arrays are copied page by page.
 * <p>Why pages: consecutive captures of a store folding forward share most of their bytes (old
 * incidents, the older part of the log, whole hash-table regions do not change between two
 * captures 50k events apart). {@link #capture(EventStore, FrozenStore)} compares every page of
 * 512 bytes with the previous capture's page of the same array and shares it when equal, so a ladder
 * of captures costs the changed pages only (a large array changed all over, like a hash table,
 * switches to pages of 128 bytes). All-zero pages are not stored at all. The pages live outside the
 * Java heap, in the {@link FrozenPages} the captures of one series share.
 * <p>Interned byte keys ({@code byte[][]}) and {@code String[]} elements are shared by reference
 * with the captured store and with every thawed store: the store never changes a key's bytes
 * once interned (it copies on intern). Everything else a thawed store gets is its own.
 * <p>Thread-safety: the pages are immutable once captured, so any thread may thaw a copy (under the
 * pages' read lock, which keeps them from being freed meanwhile); capture runs on the thread that
 * owns the captured store (its bookkeeping for the next capture is used by that thread only).
 */
public final class FrozenStore {
    /** Page size in bytes: small enough that scattered hash-table writes dirty few bytes per page. */
    static final int PAGE_BYTES = 512;
    /** Page size for large arrays changed all over between captures (hash tables). */
    static final int FINE_BYTES = 128;
    /** Heap cost counted per page reference (compressed oops or a slot number) and per heap page object (array header). */
    private static final long REF = 4;
    private static final long HEADER = 16;
    /** The slot of a page that is all zeros: nothing stored. */
    private static final int ZERO = -1;
    private static final int REF_PAGE = 512;
    private static final Object KEEP = new Object();

    private final Obj root;
    private final FrozenPages pages;
    private final long newBytes;
    /** Objects in the captured graph: sizes the identity maps of a thaw (growing them cost about a tenth of it). */
    private final int objects;
    private volatile boolean released;
    /** Whether {@link #check} passed once (the walk costs 3-10 ms per seek at 10M events). */
    private volatile boolean fits;
    /** Captured object → its node, for the next capture's page comparison; dropped after that. */
    private IdentityHashMap<Object, Object> sources;

    private FrozenStore(Obj root, FrozenPages pages, long newBytes, IdentityHashMap<Object, Object> sources) {
        this.root = root;
        this.pages = pages;
        this.newBytes = newBytes;
        this.sources = sources;
        this.objects = sources.size();
    }

    /**
     * Copies the state of {@code store} into {@code pages}, sharing the pages that equal those of
     * {@code previous} (null: share nothing; else a capture into the same pages). Holds the
     * store's lock while copying. After this call {@code previous} no longer serves as a base for
     * sharing (it forgets the captured objects).
     */
    public static FrozenStore capture(EventStore store, FrozenStore previous, FrozenPages pages) {
        if (previous != null && previous.pages != pages) {
            throw new IllegalArgumentException("a capture shares pages only with a capture into the same pages");
        }
        IdentityHashMap<Object, Object> before = previous == null ? null : previous.sources;
        Freezer f = new Freezer(before, pages);
        Obj root;
        pages.reading().lock();
        try {
            if (pages.closed()) {
                throw new IllegalStateException("the pages to capture into were closed");
            }
            synchronized (store) {
                root = f.object(store);
            }
            FrozenStore state = new FrozenStore(root, pages, f.newBytes, f.seen);
            pages.captured(state);
            if (previous != null) {
                previous.sources = null;
            }
            return state;
        } finally {
            pages.reading().unlock();
        }
    }

    /** Bytes this capture added: its page references and the pages not shared with the previous capture. */
    public long newBytes() {
        return newBytes;
    }

    /**
     * Marks this copy unusable (the pages only it holds go back at the next
     * {@link FrozenPages#sweep}); a later {@link #thaw} fails with a clear error instead of
     * building a store.
     */
    public void release() {
        released = true;
    }

    public boolean released() {
        return released;
    }

    /**
     * Bytes held by the pages of all {@code states}, each shared page counted once, with their
     * array headers and the references to them: what keeping them costs (the few small objects
     * around them are not counted).
     */
    public static long retainedBytes(Collection<FrozenStore> states) {
        Census c = new Census();
        for (FrozenStore s : states) {
            s.census(c);
        }
        return c.total;
    }

    /** How many primitive arrays of at least {@code minBytes} this state holds, by type and length. */
    Map<SpareArrays.Shape, Integer> largeArrays(long minBytes) {
        Map<SpareArrays.Shape, Integer> out = new HashMap<>();
        Census walk = new Census();
        walk.onPrim = p -> {
            if ((long) p.length * width(p.type) >= minBytes) {
                out.merge(new SpareArrays.Shape(p.type, p.length), 1, Integer::sum);
            }
        };
        walk.visit(root);
        return out;
    }

    /** Adds this state's pages to {@code c}. */
    void census(Census c) {
        c.visit(root);
    }

    /** Pages seen so far (each counted once) and the bytes they and their references take. */
    static final class Census {
        final java.util.BitSet coarse = new java.util.BitSet();
        final java.util.BitSet fine = new java.util.BitSet();
        private final Set<Object> nodes = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        private final Set<Object> heapPages = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        long total;
        /** Sees every primitive array node once (null: none). */
        java.util.function.Consumer<Prim> onPrim;

        void visit(Object v) {
            if (v instanceof Node n && nodes.add(n)) {
                n.census(this);
            }
        }

        void slots(SlotTable slots, int pageBytes) {
            java.util.BitSet seen = pageBytes == PAGE_BYTES ? coarse : fine;
            for (int c = 0; c < slots.chunkCount(); c++) {
                int[] chunk = slots.chunk(c);
                if (!heapPages.add(chunk)) {
                    continue; // a chunk shared with a state counted before: its pages were counted then
                }
                total += HEADER + REF * chunk.length;
                for (int s : chunk) {
                    if (s != ZERO && !seen.get(s)) {
                        seen.set(s);
                        total += pageBytes;
                    }
                }
            }
        }

        void heapPage(Object[] page) {
            if (page != null && heapPages.add(page)) {
                total += HEADER + REF * page.length;
            }
        }
    }

    /**
     * A working replay store holding exactly the captured state, its clock {@code time}; the
     * caller closes it.
     * @throws IOException when this copy was released or cannot be applied to this store version
     */
    public EventStore thaw(BufferAllocator allocator, StoreFactory factory, ReplayTime time) throws IOException {
        pages.reading().lock();
        try {
            check();
            EventStore store = factory.createReplay(allocator, time);
            return into(store, null);
        } finally {
            pages.reading().unlock();
        }
    }

    /**
     * The same into {@code spare}, a replay store made by the same factory that the caller gives
     * up (e.g. the previous seek's): its arrays and buffers are overwritten in place where they
     * fit, so a seek allocates (and the collector reclaims) almost nothing. Its clock and its
     * prepare-thread setting stay its own (set the clock before). On failure {@code spare} is closed.
     */
    public EventStore thawInto(EventStore spare) throws IOException {
        return thawInto(spare, null);
    }

    /**
     * The same, taking new arrays from {@code arrays} where it holds one of the right type and
     * length, and giving it the large arrays of {@code spare}'s previous state that got no new role
     * (null: allocate, and leave those to the collector).
     */
    public EventStore thawInto(EventStore spare, SpareArrays arrays) throws IOException {
        pages.reading().lock();
        try {
            try {
                check();
            } catch (IOException e) {
                spare.close();
                throw e;
            }
            return into(spare, arrays);
        } finally {
            pages.reading().unlock();
        }
    }

    private EventStore into(EventStore store, SpareArrays arrays) throws IOException {
        try {
            // the blocks the store's published snapshots read must not be overwritten in place
            store.releaseSharedBlocks();
            // how the store uses the machine is its own, not the captured store's (the ladder folds
            // on one core; a seek's tail may use two)
            boolean prepareThread = store.usesPrepareThread();
            Set<ArrowBuf> before = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            List<Object> large = arrays == null ? null : new ArrayList<>();
            buffers(store, java.util.Collections.newSetFromMap(new IdentityHashMap<>(objects)), before, large,
                    arrays == null ? Long.MAX_VALUE : arrays.minBytes());
            Thawer t = new Thawer(StoreImage.storeAllocator(store), objects, pages, arrays);
            t.fill(store, root, true);
            t.copyAll();
            for (ArrowBuf b : before) { // buffers of the store's previous state that got no new role
                if (!t.claimed.containsKey(b) && b.refCnt() > 0) {
                    b.close();
                }
            }
            if (large != null) { // so are these arrays: nothing references them any more
                for (Object a : large) {
                    if (!t.claimed.containsKey(a)) {
                        arrays.give(a);
                    }
                }
            }
            StoreImage.renewSnapshotBuilder(store);
            store.usePrepareThread(prepareThread);
            // the copy's engine still stands at the capture's time: move it to this store's clock
            // before any event is applied (an event after the engine's now would count as future)
            store.advanceClock();
            return store;
        } catch (IOException | RuntimeException e) {
            try {
                store.close();
            } catch (RuntimeException ignored) {
                // already failing: the first error is the one to report
            }
            throw e instanceof IOException io ? io : new IOException("cannot rebuild the in-memory state: " + e, e);
        }
    }

    /**
     * Every Arrow buffer reachable from {@code o} through state (not environment) fields, and
     * (when {@code large} is not null) every primitive array {@code arrays} would keep.
     */
    private static void buffers(Object o, Set<Object> seen, Set<ArrowBuf> out, List<Object> large, long minBytes) {
        if (o == null || immutable(o.getClass()) || StoreImage.environment(o.getClass()) || !seen.add(o)) {
            return;
        }
        Class<?> c = o.getClass();
        if (o instanceof ArrowBuf b) {
            out.add(b);
        } else if (c.isArray()) {
            if (c.getComponentType().isPrimitive()) {
                if (large != null && (long) Array.getLength(o) * width(c.getComponentType()) >= minBytes) {
                    large.add(o);
                }
            } else if (c != byte[][].class && c != String[].class) {
                for (Object e : (Object[]) o) {
                    buffers(e, seen, out, large, minBytes);
                }
            }
        } else if (o instanceof Collection<?> l) {
            for (Object e : l) {
                buffers(e, seen, out, large, minBytes);
            }
        } else if (o instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                buffers(e.getKey(), seen, out, large, minBytes);
                buffers(e.getValue(), seen, out, large, minBytes);
            }
        } else if (!c.getName().startsWith("java.")) {
            try {
                for (Field f : StoreImage.fields(c)) {
                    Class<?> t = f.getType();
                    if (!t.isPrimitive() && !StoreImage.environment(t)) {
                        buffers(f.get(o), seen, out, large, minBytes);
                    }
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * Refuses, before anything is built, a copy that is released or does not fit this store
     * version's classes (every object's field count and every value's kind against its field).
     */
    private void check() throws IOException {
        if (released || pages.closed()) {
            throw new IOException("in-memory state was released (memory bound)");
        }
        if (fits) {
            return; // the nodes are immutable and the classes do not change while the JVM runs
        }
        Set<Object> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>(objects));
        java.util.ArrayDeque<Obj> todo = new java.util.ArrayDeque<>();
        todo.add(root);
        if (root.type != EventStore.class) {
            throw new IOException("in-memory state does not start with the store");
        }
        while (!todo.isEmpty()) {
            Obj o = todo.poll();
            Field[] fs = StoreImage.fields(o.type);
            if (fs.length != o.values.length) {
                throw new IOException("in-memory state of " + o.type.getName() + " has " + o.values.length
                        + " fields, this store version " + fs.length);
            }
            for (int i = 0; i < fs.length; i++) {
                Object v = o.values[i];
                Class<?> t = fs[i].getType();
                boolean fitsField = v == null ? !t.isPrimitive()
                        : v == KEEP ? !t.isPrimitive()
                        : v instanceof Obj x ? t.isAssignableFrom(x.type)
                        : v instanceof Prim x ? t == Object.class || t == x.type.arrayType()
                        : v instanceof Refs x ? t == Object.class || t == x.component.arrayType()
                        : v instanceof Elements x ? t == Object.class || t == x.component.arrayType()
                        : v instanceof Arrow ? t.isAssignableFrom(ArrowBuf.class)
                        : v instanceof ListOf ? t.isAssignableFrom(ArrayList.class) || List.class.isAssignableFrom(t)
                        : v instanceof MapOf ? t.isAssignableFrom(HashMap.class) || Map.class.isAssignableFrom(t)
                        : t.isPrimitive() ? boxOf(t) == v.getClass() : t.isInstance(v);
                if (!fitsField) {
                    throw new IOException("in-memory state does not fit " + o.type.getName() + "." + fs[i].getName()
                            + " (" + t.getName() + ")");
                }
                queue(v, todo, seen);
            }
        }
        fits = true;
    }

    private static void queue(Object v, java.util.ArrayDeque<Obj> todo, Set<Object> seen) {
        if (!(v instanceof Node) || !seen.add(v)) {
            return;
        }
        if (v instanceof Obj o) {
            todo.add(o);
        } else if (v instanceof Elements e) {
            for (Object x : e.elements) {
                queue(x, todo, seen);
            }
        } else if (v instanceof ListOf l) {
            for (Object x : l.elements) {
                queue(x, todo, seen);
            }
        } else if (v instanceof MapOf m) {
            for (Object x : m.keys) {
                queue(x, todo, seen);
            }
            for (Object x : m.values) {
                queue(x, todo, seen);
            }
        }
    }

    private static Class<?> boxOf(Class<?> p) {
        return java.lang.invoke.MethodType.methodType(p).wrap().returnType();
    }

    // ------------------------------------------------------------------ nodes

    /** Something that references pages (for {@link #retainedBytes} and {@link FrozenPages#sweep}). */
    private interface Node {
        void census(Census c);
    }

    private record Obj(Class<?> type, Object[] values) implements Node {
        @Override
        public void census(Census c) {
            for (Object v : values) {
                c.visit(v);
            }
        }
    }

    /** A primitive array as off-heap pages of {@code perPage} elements ({@link #ZERO}: all zeros). */
    private record Prim(Class<?> type, int length, int perPage, SlotTable slots) implements Node {
        int pageBytes() {
            return perPage * width(type);
        }

        @Override
        public void census(Census c) {
            if (c.onPrim != null) {
                c.onPrim.accept(this);
            }
            c.slots(slots, pageBytes());
        }
    }

    /** {@code byte[][]} / {@code String[]}: pages of shared element references (on the heap). */
    private record Refs(Class<?> component, int length, Object[][] pages) implements Node {
        @Override
        public void census(Census c) {
            c.total += REF * pages.length;
            for (Object[] p : pages) {
                c.heapPage(p);
            }
        }
    }

    private record Elements(Class<?> component, Object[] elements) implements Node {
        @Override
        public void census(Census c) {
            for (Object v : elements) {
                c.visit(v);
            }
        }
    }

    /** An Arrow buffer as off-heap pages of {@link #PAGE_BYTES} (the last one may be used in part). */
    private record Arrow(long capacity, SlotTable slots) implements Node {
        @Override
        public void census(Census c) {
            c.slots(slots, PAGE_BYTES);
        }
    }

    private record ListOf(Object[] elements) implements Node {
        @Override
        public void census(Census c) {
            for (Object v : elements) {
                c.visit(v);
            }
        }
    }

    private record MapOf(Object[] keys, Object[] values) implements Node {
        @Override
        public void census(Census c) {
            for (Object v : keys) {
                c.visit(v);
            }
            for (Object v : values) {
                c.visit(v);
            }
        }
    }

    // ------------------------------------------------------------------ capture

    private static final class Freezer {
        final IdentityHashMap<Object, Object> seen = new IdentityHashMap<>();
        final IdentityHashMap<Object, Object> before;
        final FrozenPages pages;
        final byte[] scratch = new byte[PAGE_BYTES];
        final byte[] stored = new byte[PAGE_BYTES];
        /** A page-sized array per element type, to compare a stored page with the heap array. */
        final Map<Class<?>, Object> storedOf = new HashMap<>();
        long newBytes;

        Freezer(IdentityHashMap<Object, Object> before, FrozenPages pages) {
            this.before = before;
            this.pages = pages;
        }

        Obj object(Object o) {
            Field[] fs = StoreImage.fields(o.getClass());
            Object[] values = new Object[fs.length];
            Obj node = new Obj(o.getClass(), values);
            seen.put(o, node);
            try {
                for (int i = 0; i < fs.length; i++) {
                    Class<?> t = fs[i].getType();
                    if (t.isPrimitive()) {
                        values[i] = fs[i].get(o); // boxed; set back with unboxing
                    } else if (StoreImage.environment(t)) {
                        values[i] = KEEP;
                    } else {
                        values[i] = value(fs[i].get(o));
                    }
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            if (previous(o) instanceof Obj old && old.type == node.type && same(values, old.values)) {
                seen.put(o, old);
                return old;
            }
            return node;
        }

        /** The previous capture's node of the same store object, or null. */
        private Object previous(Object o) {
            return before == null ? null : before.get(o);
        }

        /**
         * Whether two value lists are equal: nodes the same node (so an unchanged part of the
         * graph is shared by both captures, down to its pages), other values equal.
         */
        private static boolean same(Object[] a, Object[] b) {
            if (a.length != b.length) {
                return false;
            }
            for (int i = 0; i < a.length; i++) {
                Object x = a[i];
                Object y = b[i];
                if (x != y && (x == null || x instanceof Node || !x.equals(y))) {
                    return false;
                }
            }
            return true;
        }

        Object value(Object v) {
            if (v == null) {
                return null;
            }
            Class<?> c = v.getClass();
            if (immutable(c)) {
                return v;
            }
            if (StoreImage.environment(c)) {
                return KEEP;
            }
            Object done = seen.get(v);
            if (done != null) {
                return done;
            }
            Object node;
            if (v instanceof ArrowBuf b) {
                node = arrow(b);
            } else if (c.isArray()) {
                if (c.getComponentType().isPrimitive()) {
                    node = prim(v);
                } else if (c == byte[][].class || c == String[].class) {
                    node = refs((Object[]) v);
                } else {
                    Object[] a = (Object[]) v;
                    Object[] el = new Object[a.length];
                    node = new Elements(c.getComponentType(), el);
                    seen.put(v, node);
                    for (int i = 0; i < a.length; i++) {
                        el[i] = value(a[i]);
                    }
                    if (previous(v) instanceof Elements old && old.component == c.getComponentType() && same(el, old.elements)) {
                        node = old;
                    }
                }
            } else if (v instanceof List<?> l) {
                Object[] el = new Object[l.size()];
                node = new ListOf(el);
                seen.put(v, node);
                int i = 0;
                for (Object e : l) {
                    el[i++] = value(e);
                }
                if (previous(v) instanceof ListOf old && same(el, old.elements)) {
                    node = old;
                }
            } else if (v instanceof Map<?, ?> m) {
                Object[] ks = new Object[m.size()];
                Object[] vs = new Object[m.size()];
                node = new MapOf(ks, vs);
                seen.put(v, node);
                int i = 0;
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    ks[i] = value(e.getKey());
                    vs[i++] = value(e.getValue());
                }
                if (previous(v) instanceof MapOf old && same(ks, old.keys) && same(vs, old.values)) {
                    node = old;
                }
            } else if (v instanceof Collection<?> || c.isRecord() || c.getName().startsWith("java.")) {
                throw new IllegalStateException("cannot copy a " + c.getName() + " in the store state");
            } else {
                return object(v);
            }
            seen.put(v, node);
            return node;
        }

        private Prim prim(Object a) {
            Class<?> t = a.getClass().getComponentType();
            int length = Array.getLength(a);
            Prim old = before != null && before.get(a) instanceof Prim p && p.type == t && p.length == length ? p : null;
            int per = old != null ? old.perPage : PAGE_BYTES / width(t);
            if (old != null && per == PAGE_BYTES / width(t) && old.slots.length() > 64 && scattered(a, old)) {
                // changes all over a large array (a hash table): from now on pages of FINE_BYTES,
                // which then share far more; this capture copies the array once at the new size
                per = FINE_BYTES / width(t);
                old = null;
            }
            int w = width(t);
            PageSlab slab = pages.slab(per * w);
            long base = base(t);
            int[] slots = new int[(length + per - 1) / per];
            boolean unchanged = old != null;
            for (int k = 0; k < slots.length; k++) {
                int from = k * per;
                int to = Math.min(length, from + per);
                int prev = old == null ? ZERO : old.slots.get(k);
                if (old != null && same(a, from, to, prev, slab)) {
                    slots[k] = prev;
                } else if (old == null && Pages.same(a, from, to, null)) {
                    slots[k] = ZERO;
                } else {
                    slots[k] = slab.put(a, base + (long) from * w, (to - from) * w);
                    newBytes += slab.pageBytes();
                }
                unchanged &= old != null && slots[k] == old.slots.get(k);
            }
            return unchanged ? old : new Prim(t, length, per, table(slots, old == null ? null : old.slots));
        }

        /** The slot table of one array, sharing the previous capture's chunks where equal. */
        private SlotTable table(int[] slots, SlotTable old) {
            long[] chunkBytes = {0};
            SlotTable table = SlotTable.of(slots, old, chunkBytes);
            newBytes += chunkBytes[0];
            return table;
        }

        /** Whether a[from, to) equals the stored page {@code slot}. */
        private boolean same(Object a, int from, int to, int slot, PageSlab slab) {
            if (slot == ZERO) {
                return Pages.same(a, from, to, null);
            }
            Class<?> t = a.getClass().getComponentType();
            Object page = storedOf.computeIfAbsent(t, k -> Array.newInstance(k, PAGE_BYTES / width(k)));
            slab.read(slot, page, base(t), (to - from) * width(t));
            return Pages.same(a, from, to, page);
        }

        /** Whether more than a quarter of the array's pages changed since {@code old}. */
        private boolean scattered(Object a, Prim old) {
            PageSlab slab = pages.slab(old.pageBytes());
            int changed = 0;
            for (int k = 0; k < old.slots.length(); k++) {
                int from = k * old.perPage;
                if (!same(a, from, Math.min(old.length, from + old.perPage), old.slots.get(k), slab)) {
                    changed++;
                }
            }
            return changed * 4 > old.slots.length();
        }

        private Refs refs(Object[] a) {
            int n = a.length;
            Object[][] pages = new Object[(n + REF_PAGE - 1) / REF_PAGE][];
            Refs old = before != null && before.get(a) instanceof Refs r && r.length == n ? r : null;
            long added = REF * pages.length;
            boolean unchanged = old != null;
            for (int k = 0; k < pages.length; k++) {
                int from = k * REF_PAGE;
                int to = Math.min(n, from + REF_PAGE);
                Object[] prev = old == null ? null : old.pages[k];
                if (prev != null && sameRefs(a, from, to, prev)) {
                    pages[k] = prev;
                } else {
                    pages[k] = java.util.Arrays.copyOfRange(a, from, to, Object[].class);
                    added += HEADER + REF * (to - from);
                    unchanged = false;
                }
            }
            if (unchanged) {
                return old;
            }
            newBytes += added;
            return new Refs(a.getClass().getComponentType(), n, pages);
        }

        private static boolean sameRefs(Object[] a, int from, int to, Object[] page) {
            for (int i = from; i < to; i++) {
                if (a[i] != page[i - from]) {
                    return false;
                }
            }
            return true;
        }

        private Arrow arrow(ArrowBuf b) {
            long cap = b.capacity();
            int n = (int) ((cap + PAGE_BYTES - 1) / PAGE_BYTES);
            int[] slots = new int[n];
            Arrow old = before != null && before.get(b) instanceof Arrow x && x.capacity == cap ? x : null;
            boolean unchanged = old != null;
            PageSlab slab = pages.coarse;
            for (int k = 0; k < n; k++) {
                long p = (long) k * PAGE_BYTES;
                int len = (int) Math.min(PAGE_BYTES, cap - p);
                b.getBytes(p, scratch, 0, len);
                int prev = old == null ? ZERO : old.slots.get(k);
                boolean same;
                if (prev == ZERO) {
                    same = Pages.same(scratch, 0, len, null);
                } else {
                    slab.read(prev, stored, BYTES, len);
                    same = java.util.Arrays.equals(scratch, 0, len, stored, 0, len);
                }
                if (same) {
                    slots[k] = prev;
                } else {
                    slots[k] = slab.put(scratch, BYTES, len);
                    newBytes += PAGE_BYTES;
                }
                unchanged &= old != null && slots[k] == prev;
            }
            return unchanged ? old : new Arrow(cap, table(slots, old == null ? null : old.slots));
        }
    }

    private static boolean immutable(Class<?> c) {
        return c == String.class || c == Long.class || c == Integer.class || c == Double.class || c == Boolean.class
                || c == Byte.class || c == Short.class || c == Float.class || c == Character.class
                || c.isEnum() || (c.getSuperclass() != null && c.getSuperclass().isEnum());
    }

    // ------------------------------------------------------------------ thaw

    private static final class Thawer {
        private final BufferAllocator allocator;
        private final FrozenPages pages;
        private final IdentityHashMap<Object, Object> made;

        private final SpareArrays arrays;

        Thawer(BufferAllocator allocator, int objects, FrozenPages pages, SpareArrays arrays) {
            this.allocator = allocator;
            this.pages = pages;
            this.arrays = arrays;
            this.made = new IdentityHashMap<>(objects);
            this.claimed = new IdentityHashMap<>(objects);
        }

        /** Sets every field of {@code target} from {@code node}; {@code existing}: target came with the fresh store. */
        void fill(Object target, Obj node, boolean existing) throws IOException {
            if (target.getClass() != node.type) {
                throw new IOException("in-memory state holds a " + node.type.getName() + " where the store has a "
                        + target.getClass().getName());
            }
            made.put(node, target);
            Field[] fs = StoreImage.fields(target.getClass());
            try {
                for (int i = 0; i < fs.length; i++) {
                    Field f = fs[i];
                    Object v = node.values[i];
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
                            old.close();
                        }
                        f.set(target, nv);
                    }
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }

        /** Old objects (of a spare store) already given a new role: never reused twice. */
        final IdentityHashMap<Object, Boolean> claimed;
        /** Page copies, run after the graph is built: in two halves on two threads (see {@link #copyAll}). */
        private final List<Copy> copies = new ArrayList<>();

        private interface PageRange {
            void copy(int from, int to);
        }

        private record Copy(int pages, PageRange range) {
        }

        /**
         * Runs every page copy, the second half of the pages on a pool thread: a state is a few
         * hundred MB of memory copies, which two cores do in about half the time.
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
            java.util.concurrent.CompletableFuture<Void> other = java.util.concurrent.CompletableFuture.runAsync(() -> {
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

        private void copyPrim(Prim p, Object out, boolean reuse, int fromPage, int toPage) {
            PageSlab slab = pages.slab(p.pageBytes());
            int w = width(p.type);
            long base = base(p.type);
            for (int k = fromPage; k < toPage; k++) {
                int slot = p.slots.get(k);
                int at = k * p.perPage;
                int end = Math.min(p.length, at + p.perPage);
                if (slot != ZERO) {
                    slab.read(slot, out, base + (long) at * w, (end - at) * w);
                } else if (reuse) {
                    Pages.zero(out, at, end);
                }
            }
        }

        private void copyArrow(Arrow ar, ArrowBuf b, int fromPage, int toPage) {
            for (int k = fromPage; k < toPage; k++) {
                long at = (long) k * PAGE_BYTES;
                int len = (int) Math.min(PAGE_BYTES, ar.capacity - at);
                int slot = ar.slots.get(k);
                if (slot == ZERO) {
                    b.setZero(at, len);
                } else {
                    pages.coarse.read(slot, null, b.memoryAddress() + at, len);
                }
            }
        }

        private boolean claim(Object current, boolean fits) {
            if (current == null || !fits || claimed.containsKey(current)) {
                return false;
            }
            claimed.put(current, Boolean.TRUE);
            return true;
        }

        Object value(Object v, Object current) throws IOException {
            if (!(v instanceof Node)) {
                return v == KEEP ? null : v;
            }
            Object done = made.get(v);
            if (done != null) {
                return done;
            }
            if (v instanceof Obj o) {
                boolean reuse = claim(current, current != null && current.getClass() == o.type);
                Object target = reuse ? current : instantiate(o.type);
                fill(target, o, reuse);
                return target;
            }
            Object out;
            if (v instanceof Prim p) {
                boolean reuse = claim(current, current != null && current.getClass().getComponentType() == p.type
                        && Array.getLength(current) == p.length);
                Object spare = reuse || arrays == null ? null : arrays.take(p.type, p.length);
                out = reuse ? current : spare != null ? spare : Array.newInstance(p.type, p.length);
                Object into = out;
                boolean dirty = reuse || spare != null; // its all-zero pages must be written too
                copies.add(new Copy(p.slots.length(), (from, to) -> copyPrim(p, into, dirty, from, to)));
            } else if (v instanceof Refs r) {
                boolean reuse = claim(current, current != null && current.getClass() == r.component.arrayType()
                        && Array.getLength(current) == r.length);
                Object[] a = reuse ? (Object[]) current : (Object[]) Array.newInstance(r.component, r.length);
                for (int k = 0; k < r.pages.length; k++) {
                    System.arraycopy(r.pages[k], 0, a, k * REF_PAGE, r.pages[k].length);
                }
                out = a;
            } else if (v instanceof Elements os) {
                boolean reuse = claim(current, current != null && current.getClass() == os.component.arrayType()
                        && Array.getLength(current) == os.elements.length);
                Object[] old = reuse ? ((Object[]) current).clone() : null;
                Object[] a = reuse ? (Object[]) current : (Object[]) Array.newInstance(os.component, os.elements.length);
                made.put(v, a);
                for (int i = 0; i < a.length; i++) {
                    a[i] = value(os.elements[i], old == null ? null : old[i]);
                }
                out = a;
            } else if (v instanceof Arrow ar) {
                boolean reuse = claim(current, current instanceof ArrowBuf c && c.capacity() == ar.capacity);
                ArrowBuf b = reuse ? (ArrowBuf) current : allocator.buffer(ar.capacity);
                copies.add(new Copy(ar.slots.length(), (from, to) -> copyArrow(ar, b, from, to)));
                out = b;
            } else if (v instanceof ListOf l) {
                @SuppressWarnings("unchecked")
                List<Object> list = current instanceof List<?> c && claim(c, true) ? (List<Object>) c : new ArrayList<>();
                List<Object> old = new ArrayList<>(list);
                list.clear();
                made.put(v, list);
                for (int i = 0; i < l.elements.length; i++) {
                    list.add(value(l.elements[i], i < old.size() ? old.get(i) : null));
                }
                for (Object o : old) { // old elements given no new role (e.g. a log chunk dropped since)
                    if (!claimed.containsKey(o) && o instanceof AutoCloseable c) {
                        try {
                            c.close();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    }
                }
                out = list;
            } else {
                MapOf m = (MapOf) v;
                @SuppressWarnings("unchecked")
                Map<Object, Object> map = current instanceof Map<?, ?> c && claim(c, true) ? (Map<Object, Object>) c : new HashMap<>();
                Map<Object, Object> old = map.isEmpty() ? Map.of() : new HashMap<>(map);
                map.clear();
                made.put(v, map);
                for (int i = 0; i < m.keys.length; i++) {
                    Object k = value(m.keys[i], null);
                    map.put(k, value(m.values[i], old.get(k)));
                }
                out = map;
            }
            made.put(v, out);
            return out;
        }

        private static Object instantiate(Class<?> type) throws IOException {
            try {
                return StoreImage.UNSAFE.allocateInstance(type);
            } catch (InstantiationException e) {
                throw new IOException("cannot create " + type.getName(), e);
            }
        }

    }

    private static final long BYTES = StoreImage.UNSAFE.arrayBaseOffset(byte[].class);

    /** Offset of element 0 in an array of {@code t}. */
    static long base(Class<?> t) {
        return StoreImage.UNSAFE.arrayBaseOffset(t.arrayType());
    }

    static int width(Class<?> t) {
        return t == long.class || t == double.class ? 8 : t == int.class || t == float.class ? 4
                : t == short.class || t == char.class ? 2 : 1;
    }
}
