package com.gridwall.replay.checkpoint;

import java.lang.reflect.Array;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Large primitive arrays that a copy into a reused store left without a role, kept for a later
 * copy that needs an array of the same type and length. Why: the store's tables grow by steps
 * (the incident columns by half each time), so two seeks often land in states whose tables have
 * different sizes; each such seek allocated about 280 MB of new arrays at 10M events, and the
 * allocation (zeroing fresh memory, the collections it starts) took 200-600 ms, the slowest part
 * of the slowest seeks. A later seek back to a state of the earlier size takes them from here.
 * <p>Bounded: when the arrays kept exceed {@code maxBytes}, the ones given longest ago go.
 * Arrays below 256 KiB are not kept by default (they are cheap to allocate).
 * <p>Thread-safety: not thread-safe; one seeking thread uses it (with its store).
 */
public final class SpareArrays {
    private static final long MIN_BYTES = 256 << 10;
    private final long maxBytes;
    private final long minBytes;
    private final Map<Key, ArrayDeque<Object>> byKey = new HashMap<>();
    /** Every kept array in the order it was given, for eviction. */
    private final ArrayDeque<Object> order = new ArrayDeque<>();
    private long bytes;
    private long taken;
    private long missed;

    private record Key(Class<?> type, int length) {
    }

    public SpareArrays(long maxBytes) {
        this(maxBytes, MIN_BYTES);
    }

    /** Keeps arrays of {@code minBytes} to {@code maxBytes}, at most {@code maxBytes} in all. */
    public SpareArrays(long maxBytes, long minBytes) {
        this.maxBytes = maxBytes;
        this.minBytes = minBytes;
    }

    /** Arrays smaller than this are neither kept nor looked for. */
    long minBytes() {
        return minBytes;
    }

    /** A kept array of {@code type} and {@code length} with undefined contents (the caller overwrites it), or null. */
    Object take(Class<?> type, int length) {
        long size = bytesOf(type, length);
        if (size < minBytes) {
            return null;
        }
        ArrayDeque<Object> q = byKey.get(new Key(type, length));
        Object a = q == null ? null : q.pollLast();
        if (a == null) {
            missed++;
            return null;
        }
        order.removeLastOccurrence(a);
        bytes -= size;
        taken++;
        return a;
    }

    /** Keeps {@code array} (a primitive array no one else references any more) if it is large enough. */
    void give(Object array) {
        Class<?> type = array.getClass().getComponentType();
        long size = bytesOf(type, Array.getLength(array));
        if (size < minBytes || size > maxBytes) {
            return;
        }
        byKey.computeIfAbsent(new Key(type, Array.getLength(array)), k -> new ArrayDeque<>()).addLast(array);
        order.addLast(array);
        bytes += size;
        for (Iterator<Object> it = order.iterator(); bytes > maxBytes && it.hasNext(); ) {
            Object old = it.next();
            it.remove();
            Key k = new Key(old.getClass().getComponentType(), Array.getLength(old));
            byKey.get(k).removeFirstOccurrence(old);
            bytes -= bytesOf(k.type, k.length);
        }
    }

    /** Bytes of the arrays kept now. */
    public long bytes() {
        return bytes;
    }

    /** Arrays handed out again, and requests for a large array that found none. */
    public long taken() {
        return taken;
    }

    public long missed() {
        return missed;
    }

    private static long bytesOf(Class<?> type, int length) {
        return (long) length * FrozenStore.width(type);
    }
}
