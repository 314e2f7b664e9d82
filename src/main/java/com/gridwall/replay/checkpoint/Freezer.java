package com.gridwall.replay.checkpoint;

import static com.gridwall.replay.checkpoint.FrozenGraph.HEADER;
import static com.gridwall.replay.checkpoint.FrozenGraph.KEEP;
import static com.gridwall.replay.checkpoint.FrozenGraph.REF;
import static com.gridwall.replay.checkpoint.FrozenGraph.REF_PAGE;
import static com.gridwall.replay.checkpoint.FrozenGraph.ZERO;
import static com.gridwall.replay.checkpoint.FrozenGraph.base;
import static com.gridwall.replay.checkpoint.FrozenGraph.immutable;
import static com.gridwall.replay.checkpoint.FrozenGraph.width;
import static com.gridwall.replay.checkpoint.FrozenStore.FINE_BYTES;
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
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.arrow.memory.ArrowBuf;

/**
 * Captures a store's object graph as {@link FrozenGraph} nodes, copying each changed page into
 * off-heap slots and sharing with the previous capture every page, slot chunk and node that did
 * not change. Used by {@link FrozenStore#capture}; one capture at a time, on the thread that owns
 * the captured store.
 */
final class Freezer {
    final IdentityHashMap<Object, Object> seen = new IdentityHashMap<>();
    /** What {@link #seen} maps a row of a {@link Rows} node to: the row has no node of its own. */
    private static final Object IN_ROWS = new Object();
    final IdentityHashMap<Object, Object> before;
    final FrozenPages pages;
    final byte[] scratch = new byte[PAGE_BYTES];
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
        if (previous(o) instanceof Obj old && old.type() == node.type() && same(values, old.values())) {
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
        if (done == IN_ROWS) {
            // a copy would give the row and this reference two arrays where the store has one
            throw new IllegalStateException("a " + c.getName() + " captured as a row of a table is referenced elsewhere too");
        }
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
            } else if (equalRows((Object[]) v)) {
                node = rows((Object[]) v);
            } else {
                Object[] a = (Object[]) v;
                Object[] el = new Object[a.length];
                node = new Elements(c.getComponentType(), el);
                seen.put(v, node);
                for (int i = 0; i < a.length; i++) {
                    el[i] = value(a[i]);
                }
                if (previous(v) instanceof Elements old && old.component() == c.getComponentType() && same(el, old.elements())) {
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
            if (previous(v) instanceof ListOf old && same(el, old.elements())) {
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
            if (previous(v) instanceof MapOf old && same(ks, old.keys()) && same(vs, old.values())) {
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
        Prim old = previous(a) instanceof Prim p && p.type() == t && p.length() == length ? p : null;
        int per = old != null ? old.perPage() : PAGE_BYTES / width(t);
        if (old != null && per == PAGE_BYTES / width(t) && old.slots().length() > 64 && scattered(a, old)) {
            // changes all over a large array (a hash table): from now on pages of FINE_BYTES,
            // which then share far more; this capture copies the array once at the new size
            per = FINE_BYTES / width(t);
            old = null;
        }
        PageSlab slab = pages.slab(per * width(t));
        int[] slots = new int[(length + per - 1) / per];
        boolean unchanged = freezePages(a, length, per, slots, 0, old == null ? null : old.slots(), slab);
        return unchanged ? old : new Prim(t, length, per, table(slots, old == null ? null : old.slots()));
    }

    /**
     * Stores the pages of {@code a} ({@code length} elements, {@code per} to a page) as
     * {@code slots[first...]}, sharing each page equal to the one {@code old} holds at the same
     * place (null: none; an all-zero page then needs no slot).
     * @return whether every page was shared
     */
    private boolean freezePages(Object a, int length, int per, int[] slots, int first, SlotTable old, PageSlab slab) {
        Class<?> t = a.getClass().getComponentType();
        int w = width(t);
        long base = base(t);
        boolean unchanged = old != null;
        for (int k = 0; k * per < length; k++) {
            int from = k * per;
            int to = Math.min(length, from + per);
            int at = first + k;
            int prev = old == null ? ZERO : old.get(at);
            if (same(a, from, to, prev, slab)) {
                slots[at] = prev;
            } else {
                slots[at] = slab.put(a, base + (long) from * w, (to - from) * w);
                newBytes += slab.pageBytes();
            }
            unchanged &= old != null && slots[at] == prev;
        }
        return unchanged;
    }

    /**
     * Whether {@code a} is a table {@link Rows} can hold: at least one row, every row a primitive
     * array of one length that nothing captured so far references.
     */
    private boolean equalRows(Object[] a) {
        Class<?> row = a.getClass().getComponentType();
        if (a.length == 0 || !row.isArray() || !row.getComponentType().isPrimitive() || a[0] == null) {
            return false;
        }
        int length = Array.getLength(a[0]);
        for (Object r : a) {
            if (r == null || Array.getLength(r) != length || seen.containsKey(r)) {
                return false;
            }
        }
        return true;
    }

    private Rows rows(Object[] a) {
        Class<?> t = a.getClass().getComponentType().getComponentType();
        int rowLength = Array.getLength(a[0]);
        // fine pages: a block changes in a few slots between two states, which a 512-byte page
        // nearly always spans (the ladder at 10M events: 8.6 instead of 9.2 GB)
        int per = FINE_BYTES / width(t);
        Rows old = previous(a) instanceof Rows r && r.type() == t && r.rows() == a.length && r.rowLength() == rowLength
                && r.perPage() == per ? r : null;
        PageSlab slab = pages.slab(FINE_BYTES);
        int perRow = (rowLength + per - 1) / per;
        int[] slots = new int[a.length * perRow];
        boolean unchanged = old != null;
        for (int r = 0; r < a.length; r++) {
            seen.put(a[r], IN_ROWS);
            boolean shared = freezePages(a[r], rowLength, per, slots, r * perRow, old == null ? null : old.slots(), slab);
            unchanged &= shared;
        }
        return unchanged ? old : new Rows(t, a.length, rowLength, per, table(slots, old == null ? null : old.slots()));
    }

    /** The slot table of one array, sharing the previous capture's chunks where equal. */
    private SlotTable table(int[] slots, SlotTable old) {
        SlotTable table = SlotTable.of(slots, old);
        newBytes += table.bytesNotSharedWith(old);
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
        for (int k = 0; k < old.slots().length(); k++) {
            int from = k * old.perPage();
            if (!same(a, from, Math.min(old.length(), from + old.perPage()), old.slots().get(k), slab)) {
                changed++;
            }
        }
        return changed * 4 > old.slots().length();
    }

    private Refs refs(Object[] a) {
        int n = a.length;
        Object[][] pages = new Object[(n + REF_PAGE - 1) / REF_PAGE][];
        Refs old = previous(a) instanceof Refs r && r.length() == n ? r : null;
        long added = REF * pages.length;
        boolean unchanged = old != null;
        for (int k = 0; k < pages.length; k++) {
            int from = k * REF_PAGE;
            int to = Math.min(n, from + REF_PAGE);
            Object[] prev = old == null ? null : old.pages()[k];
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
        Arrow old = previous(b) instanceof Arrow x && x.capacity() == cap ? x : null;
        boolean unchanged = old != null;
        for (int k = 0; k < n; k++) {
            long p = (long) k * PAGE_BYTES;
            int len = (int) Math.min(PAGE_BYTES, cap - p);
            b.getBytes(p, scratch, 0, len); // a page on the heap, frozen as one page of a byte array
            boolean shared = freezePages(scratch, len, PAGE_BYTES, slots, k, old == null ? null : old.slots(), pages.coarse);
            unchanged &= shared;
        }
        return unchanged ? old : new Arrow(cap, table(slots, old == null ? null : old.slots()));
    }
}
