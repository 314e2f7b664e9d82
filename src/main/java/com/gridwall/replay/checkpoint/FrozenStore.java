package com.gridwall.replay.checkpoint;

import static com.gridwall.replay.checkpoint.FrozenGraph.KEEP;
import static com.gridwall.replay.checkpoint.FrozenGraph.immutable;
import static com.gridwall.replay.checkpoint.FrozenGraph.width;

import com.gridwall.replay.checkpoint.FrozenGraph.Arrow;
import com.gridwall.replay.checkpoint.FrozenGraph.Census;
import com.gridwall.replay.checkpoint.FrozenGraph.Elements;
import com.gridwall.replay.checkpoint.FrozenGraph.ListOf;
import com.gridwall.replay.checkpoint.FrozenGraph.MapOf;
import com.gridwall.replay.checkpoint.FrozenGraph.Node;
import com.gridwall.replay.checkpoint.FrozenGraph.Obj;
import com.gridwall.replay.checkpoint.FrozenGraph.Prim;
import com.gridwall.replay.checkpoint.FrozenGraph.Refs;
import com.gridwall.replay.checkpoint.FrozenGraph.Rows;
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
 * captures 50k events apart). {@link #capture(EventStore, FrozenStore, FrozenPages)} compares every page of
 * 512 bytes with the previous capture's page of the same array and shares it when equal, so a ladder
 * of captures costs the changed pages only (a large array changed all over, like a hash table,
 * switches to pages of 128 bytes). All-zero pages are not stored at all. The pages live outside the
 * Java heap, in the {@link FrozenPages} the captures of one series share; a node that did not change
 * at all (an object, an array's slot table) is shared whole. The nodes are {@link FrozenGraph}'s,
 * built by {@link Freezer} and turned back into objects by {@link Thawer}.
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
            state.verify();
            return state;
        } finally {
            pages.reading().unlock();
        }
    }

    /** Whether the check that this capture fits the store's classes has passed (for tests). */
    boolean checked() {
        return fits;
    }

    /** The captured store's node (for tests of the graph's shape). */
    Obj root() {
        return root;
    }

    /** Bytes this capture added: the pages, slot-table chunks and reference pages it does not share with the previous capture. */
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

    /** How many arrays of at least {@code minBytes} (primitive, or interned-key tables) this state holds, by shape. */
    Map<SpareArrays.Shape, Integer> largeArrays(long minBytes) {
        Map<SpareArrays.Shape, Integer> out = new HashMap<>();
        Census walk = new Census();
        walk.onArray = shape -> {
            if (shape.bytes() >= minBytes) {
                out.merge(shape, 1, Integer::sum);
            }
        };
        walk.visit(root);
        return out;
    }

    /**
     * The incident table's columns in this state, by field name (empty when the graph has no
     * incident table): what {@link SpareArrays#seedFor} fills spares with.
     */
    Map<String, Prim> incidentColumns() {
        Map<String, Prim> out = new java.util.LinkedHashMap<>();
        Set<Object> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        java.util.ArrayDeque<Obj> todo = new java.util.ArrayDeque<>();
        todo.add(root);
        while (!todo.isEmpty()) {
            Obj o = todo.poll();
            if (o.type() == com.gridwall.store.state.IncidentTable.class) {
                Field[] fs = StoreImage.fields(o.type());
                for (int i = 0; i < fs.length && i < o.values().length; i++) {
                    if (o.values()[i] instanceof Prim p) {
                        out.put(fs[i].getName(), p);
                    }
                }
                return out;
            }
            for (Object v : o.values()) {
                queue(v, todo, seen);
            }
        }
        return out;
    }

    /**
     * Copies {@code column} of this state, whole, into the fresh array {@code out}; false when this
     * state was released meanwhile (then {@code out} holds nothing usable).
     */
    boolean copyColumn(Prim column, Object out) {
        pages.reading().lock();
        try {
            if (released || pages.closed()) {
                return false;
            }
            Thawer.copyWhole(pages, column, out);
            return true;
        } finally {
            pages.reading().unlock();
        }
    }

    /** Adds this state's pages to {@code c}. */
    void census(Census c) {
        c.visit(root);
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
            // the blocks the store's published snapshots read must not be overwritten in place,
            // and its tile samples are not part of the state copied in
            store.prepareForOverwrite();
            // how the store uses the machine is its own, not the captured store's (the ladder folds
            // on one core; a seek's tail may use two)
            boolean prepareThread = store.usesPrepareThread();
            Set<ArrowBuf> before = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            List<Object> large = arrays == null ? null : new ArrayList<>();
            buffers(store, java.util.Collections.newSetFromMap(new IdentityHashMap<>(objects)), before, large,
                    arrays == null ? Long.MAX_VALUE : arrays.minBytes());
            Thawer t = new Thawer(StoreImage.storeAllocator(store), store.bufferBin(), objects, pages, arrays);
            t.fill(store, root, true);
            t.copyAll();
            for (ArrowBuf b : before) { // buffers of the store's previous state that got no new role
                if (!t.claimed.containsKey(b) && b.refCnt() > 0) {
                    store.bufferBin().give(b);
                }
            }
            List<Object> given = new ArrayList<>();
            if (large != null) { // so are these arrays: nothing references them any more
                for (Object a : large) {
                    if (!t.claimed.containsKey(a)) {
                        arrays.give(a);
                        given.add(a);
                    }
                }
            }
            t.recordOrigins(this, given);
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

    /** Every Arrow buffer reachable from {@code o} through state (not environment) fields. */
    static Set<ArrowBuf> buffersOf(Object o) {
        Set<ArrowBuf> out = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        buffers(o, java.util.Collections.newSetFromMap(new IdentityHashMap<>()), out, null, Long.MAX_VALUE);
        return out;
    }

    /**
     * Every Arrow buffer reachable from {@code o} through state (not environment) fields, and
     * (when {@code large} is not null) every array {@code arrays} would keep (primitive, or an
     * interned-key table).
     */
    private static void buffers(Object o, Set<Object> seen, Set<ArrowBuf> out, List<Object> large, long minBytes) {
        if (o == null || immutable(o.getClass()) || StoreImage.environment(o.getClass()) || !seen.add(o)) {
            return;
        }
        Class<?> c = o.getClass();
        if (o instanceof ArrowBuf b) {
            out.add(b);
        } else if (c.isArray()) {
            if (c.getComponentType().isPrimitive() || c == byte[][].class || c == String[].class) {
                if (large != null && SpareArrays.Shape.of(o).bytes() >= minBytes) {
                    large.add(o);
                }
            } else {
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
     * Checks the capture on the capturing thread (the ladder's, in the background) rather than in
     * the first seek into it, where the walk cost 3-10 ms. A capture that does not fit stays
     * unchecked: every copy checks it again and refuses it (a seek then falls back).
     */
    private void verify() {
        try {
            check();
        } catch (IOException e) {
            // left unchecked, see above
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
        if (root.type() != EventStore.class) {
            throw new IOException("in-memory state does not start with the store");
        }
        while (!todo.isEmpty()) {
            Obj o = todo.poll();
            Field[] fs = StoreImage.fields(o.type());
            if (fs.length != o.values().length) {
                throw new IOException("in-memory state of " + o.type().getName() + " has " + o.values().length
                        + " fields, this store version " + fs.length);
            }
            for (int i = 0; i < fs.length; i++) {
                Object v = o.values()[i];
                Class<?> t = fs[i].getType();
                boolean fitsField = v == null ? !t.isPrimitive()
                        : v == KEEP ? !t.isPrimitive()
                        : v instanceof Obj x ? t.isAssignableFrom(x.type())
                        : v instanceof Prim x ? t == Object.class || t == x.type().arrayType()
                        : v instanceof Rows x ? t == Object.class || t == x.type().arrayType().arrayType()
                        : v instanceof Refs x ? t == Object.class || t == x.component().arrayType()
                        : v instanceof Elements x ? t == Object.class || t == x.component().arrayType()
                        : v instanceof Arrow ? t.isAssignableFrom(ArrowBuf.class)
                        : v instanceof ListOf ? t.isAssignableFrom(ArrayList.class) || List.class.isAssignableFrom(t)
                        : v instanceof MapOf ? t.isAssignableFrom(HashMap.class) || Map.class.isAssignableFrom(t)
                        : t.isPrimitive() ? boxOf(t) == v.getClass() : t.isInstance(v);
                if (!fitsField) {
                    throw new IOException("in-memory state does not fit " + o.type().getName() + "." + fs[i].getName()
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
            for (Object x : e.elements()) {
                queue(x, todo, seen);
            }
        } else if (v instanceof ListOf l) {
            for (Object x : l.elements()) {
                queue(x, todo, seen);
            }
        } else if (v instanceof MapOf m) {
            for (Object x : m.keys()) {
                queue(x, todo, seen);
            }
            for (Object x : m.values()) {
                queue(x, todo, seen);
            }
        }
    }

    /** The wrapper class of a primitive type (asked for every primitive field of a state: no allocation). */
    private static Class<?> boxOf(Class<?> p) {
        return p == long.class ? Long.class : p == int.class ? Integer.class : p == boolean.class ? Boolean.class
                : p == double.class ? Double.class : p == byte.class ? Byte.class : p == short.class ? Short.class
                : p == char.class ? Character.class : Float.class;
    }
}
