package com.gridwall.replay.checkpoint;

import java.lang.reflect.Array;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Large arrays (primitive, or the {@code String[]} / {@code byte[][]} tables of interned keys) that a
 * copy into a reused store left without a role, kept for a later copy that needs an array of the
 * same type and length. Why: the store's tables grow by steps
 * (the incident columns by half each time), so two seeks often land in states whose tables have
 * different sizes; each such seek allocated about 280 MB of new arrays at 10M events, and the
 * allocation (zeroing fresh memory, the collections it starts) took 200-600 ms, the slowest part
 * of the slowest seeks. A later seek back to a state of the earlier size takes them from here.
 * <p>Bounded: when the arrays kept exceed {@code maxBytes}, the ones given longest ago go.
 * Arrays below 256 KiB are not kept by default (they are cheap to allocate).
 * <p>Seeded: once the state ladder is built, {@link #seedFor} allocates in the background the arrays
 * the largest states would need, so that even the first seek into tables of a new size takes them
 * from here, and fills the incident columns among them from a state of that size.
 * <p>Thread-safety: safe for one seeking thread (with its store) and one seeding thread; new
 * arrays are allocated outside the lock.
 */
public final class SpareArrays {
    private static final long MIN_BYTES = 256 << 10;
    private final long maxBytes;
    private final long minBytes;
    private final Map<Shape, ArrayDeque<Object>> byKey = new HashMap<>();
    /** Every kept array in the order it was given, for eviction. */
    private final ArrayDeque<Object> order = new ArrayDeque<>();
    private long bytes;
    private long taken;
    private long missed;
    private long keyTablesKept;
    private long keyBytesKept;
    /** What the seeker's incident columns (in its store or kept here) were last copied from. */
    private final ThawOrigins origins = new ThawOrigins();

    /** The component type and length of a kept array. */
    record Shape(Class<?> type, int length) {
        static Shape of(Object array) {
            return new Shape(array.getClass().getComponentType(), Array.getLength(array));
        }

        long bytes() {
            return bytesOf(type, length);
        }
    }

    public SpareArrays(long maxBytes) {
        this(maxBytes, MIN_BYTES);
    }

    /** Keeps arrays of {@code minBytes} to {@code maxBytes}, at most {@code maxBytes} in all. */
    public SpareArrays(long maxBytes, long minBytes) {
        this.maxBytes = maxBytes;
        this.minBytes = minBytes;
    }

    /** What arrays of the seeker hold: one seeking thread reads and writes it. */
    ThawOrigins origins() {
        return origins;
    }

    /** Incident-column pages that copies left in place, because the array held them already. */
    public long keptPages() {
        return origins.keptPages();
    }

    /** Incident-column pages copied into arrays whose content was known (kept or written). */
    public long pagesWithOrigin() {
        return origins.pagesWithOrigin();
    }

    /** Counts an interned-key table a copy kept in place instead of copying ({@code bytes}: its arrays). */
    synchronized void keptKeys(long bytes) {
        keyTablesKept++;
        keyBytesKept += bytes;
    }

    /** Interned-key tables that copies kept in place (see {@code ByteKeyIndex#cutTo}). */
    public synchronized long keyTablesKept() {
        return keyTablesKept;
    }

    /** The bytes of those tables: what the copies did not have to write. */
    public synchronized long keyBytesKept() {
        return keyBytesKept;
    }

    /** Arrays smaller than this are neither kept nor looked for. */
    long minBytes() {
        return minBytes;
    }

    /** A kept array of {@code type} and {@code length} with undefined contents (the caller overwrites it), or null. */
    synchronized Object take(Class<?> type, int length) {
        return take(type, length, null);
    }

    /** The same, preferring an array last copied as incident column {@code column} (null: any). */
    synchronized Object take(Class<?> type, int length, String column) {
        Shape shape = new Shape(type, length);
        long size = shape.bytes();
        if (size < minBytes) {
            return null;
        }
        ArrayDeque<Object> q = byKey.get(shape);
        Object a = column == null ? null : columnIn(q, column);
        if (a != null) {
            q.removeFirstOccurrence(a);
        } else {
            a = q == null ? null : q.pollLast();
        }
        if (a == null) {
            missed++;
            return null;
        }
        order.removeLastOccurrence(a);
        bytes -= size;
        taken++;
        return a;
    }

    /** Keeps {@code array} (an array no one else references any more) if it is large enough. */
    synchronized void give(Object array) {
        Shape shape = Shape.of(array);
        long size = shape.bytes();
        if (size < minBytes || size > maxBytes) {
            return;
        }
        byKey.computeIfAbsent(shape, k -> new ArrayDeque<>()).addLast(array);
        order.addLast(array);
        bytes += size;
        for (Iterator<Object> it = order.iterator(); bytes > maxBytes && it.hasNext(); ) {
            Object old = it.next();
            it.remove();
            Shape k = Shape.of(old);
            byKey.get(k).removeFirstOccurrence(old);
            bytes -= k.bytes();
        }
    }

    /** The lengths of the arrays kept now whose component type is {@code component}, ascending. */
    synchronized List<Integer> lengths(Class<?> component) {
        List<Integer> out = new java.util.ArrayList<>();
        for (Map.Entry<Shape, ArrayDeque<Object>> e : byKey.entrySet()) {
            for (int i = 0; e.getKey().type() == component && i < e.getValue().size(); i++) {
                out.add(e.getKey().length());
            }
        }
        out.sort(null);
        return out;
    }

    /** Bytes of the arrays kept now. */
    public synchronized long bytes() {
        return bytes;
    }

    /** Arrays handed out again, and requests for a large array that found none. */
    public synchronized long taken() {
        return taken;
    }

    public synchronized long missed() {
        return missed;
    }

    /**
     * Allocates, within the bound, the large arrays {@code states} would need that are not kept
     * yet: the states' arrays by shape, each shape as many times as one state holds it, the
     * states in the order given (give the most likely first: the newest states have the largest
     * tables, and the largest share of the journal). The incident columns among them are filled
     * from the first state that holds a column of that shape, and remembered as copied from it:
     * the first seek into a state with tables of that size then leaves the pages the two states
     * share (the old incidents) instead of copying the whole column (about 200 MB at 10M events).
     */
    public void seedFor(List<FrozenStore> states) {
        Map<Shape, Integer> want = new LinkedHashMap<>();
        long wanted = 0;
        for (FrozenStore s : states) {
            Map<Shape, Integer> one = s.largeArrays(minBytes);
            long more = 0;
            for (Map.Entry<Shape, Integer> e : one.entrySet()) {
                more += Math.max(0, e.getValue() - want.getOrDefault(e.getKey(), 0)) * e.getKey().bytes();
            }
            if (wanted + more > maxBytes) {
                break;
            }
            wanted += more;
            one.forEach((k, n) -> want.merge(k, n, Math::max));
        }
        Map<Shape, Integer> missing = new LinkedHashMap<>();
        synchronized (this) {
            for (Map.Entry<Shape, Integer> e : want.entrySet()) {
                ArrayDeque<Object> q = byKey.get(e.getKey());
                int m = e.getValue() - (q == null ? 0 : q.size());
                if (m > 0) {
                    missing.put(e.getKey(), m);
                }
            }
        }
        for (FrozenStore s : states) {
            for (Map.Entry<String, FrozenGraph.Prim> c : s.incidentColumns().entrySet()) {
                FrozenGraph.Prim p = c.getValue();
                Shape k = new Shape(p.type(), p.length());
                if (missing.getOrDefault(k, 0) == 0 || holdsColumn(k, c.getKey())) {
                    continue;
                }
                Object a = Array.newInstance(k.type, k.length);
                if (!s.copyColumn(p, a)) {
                    continue;
                }
                origins.seeded(a, c.getKey(), p, s); // before a seek can take it
                if (!keep(a, k)) {
                    origins.forget(a);
                    return;
                }
                missing.merge(k, -1, Integer::sum);
            }
        }
        for (Map.Entry<Shape, Integer> e : missing.entrySet()) {
            for (int i = 0; i < e.getValue(); i++) {
                if (!keep(Array.newInstance(e.getKey().type, e.getKey().length), e.getKey())) {
                    return;
                }
            }
        }
    }

    /** Gives {@code a} (of shape {@code k}) unless that would cross the bound. */
    private synchronized boolean keep(Object a, Shape k) {
        if (bytes + k.bytes() > maxBytes) {
            return false;
        }
        give(a);
        return true;
    }

    /** Whether a kept array of shape {@code k} was last copied as incident column {@code column}. */
    private synchronized boolean holdsColumn(Shape k, String column) {
        return columnIn(byKey.get(k), column) != null;
    }

    /** The first array of {@code q} (may be null) last copied as incident column {@code column}, or null. */
    private Object columnIn(ArrayDeque<Object> q, String column) {
        if (q != null) {
            for (Object x : q) {
                if (origins.wasColumn(x, column)) {
                    return x;
                }
            }
        }
        return null;
    }

    private static long bytesOf(Class<?> type, int length) {
        return (long) length * (type.isPrimitive() ? FrozenGraph.width(type) : FrozenGraph.REF);
    }
}
