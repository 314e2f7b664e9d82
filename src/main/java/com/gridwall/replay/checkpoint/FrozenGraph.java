package com.gridwall.replay.checkpoint;

import static com.gridwall.replay.checkpoint.FrozenStore.PAGE_BYTES;

import java.util.IdentityHashMap;
import java.util.Set;

/**
 * The nodes a {@link FrozenStore} is made of (one per object, array, list or map of the captured
 * store; primitive arrays and Arrow buffers as tables of off-heap page slots), the constants their
 * memory is counted with, and {@link Census}, which counts and marks the pages of a set of states.
 * Immutable once built; safe to read from any thread.
 */
final class FrozenGraph {
    /** Heap cost counted per page reference (compressed oops or a slot number) and per heap page object (array header). */
    static final long REF = 4;
    static final long HEADER = 16;
    /** The slot of a page that is all zeros: nothing stored. */
    static final int ZERO = -1;
    /** References per page of a {@code byte[][]} or {@code String[]}. */
    static final int REF_PAGE = 512;
    /** A field of the environment (allocator, unit table, clock): the thawed store keeps its own. */
    static final Object KEEP = new Object();

    private FrozenGraph() {
    }

    /** Something that references pages (for {@link FrozenStore#retainedBytes} and {@link FrozenPages#sweep}). */
    interface Node {
        void census(Census c);
    }

    record Obj(Class<?> type, Object[] values) implements Node {
        @Override
        public void census(Census c) {
            for (Object v : values) {
                c.visit(v);
            }
        }
    }

    /** A primitive array as off-heap pages of {@code perPage} elements ({@link #ZERO}: all zeros). */
    record Prim(Class<?> type, int length, int perPage, SlotTable slots) implements Node {
        int pageBytes() {
            return perPage * width(type);
        }

        @Override
        public void census(Census c) {
            if (c.onArray != null) {
                c.onArray.accept(new SpareArrays.Shape(type, length));
            }
            c.slots(slots, pageBytes());
        }
    }

    /**
     * An array of equal-length primitive arrays (the counter blocks: thousands of rows, nearly all
     * changed at every capture) as one table of pages, {@link #pagesPerRow} per row, row after row:
     * one node per array instead of one per row, so a state holds a few objects where it held
     * tens of thousands, for the collector to trace and a copy to build.
     */
    record Rows(Class<?> type, int rows, int rowLength, int perPage, SlotTable slots) implements Node {
        int pagesPerRow() {
            return (rowLength + perPage - 1) / perPage;
        }

        int pageBytes() {
            return perPage * width(type);
        }

        @Override
        public void census(Census c) {
            c.slots(slots, pageBytes());
        }
    }

    /** {@code byte[][]} / {@code String[]}: pages of shared element references (on the heap). */
    record Refs(Class<?> component, int length, Object[][] pages) implements Node {
        @Override
        public void census(Census c) {
            if (c.onArray != null) {
                c.onArray.accept(new SpareArrays.Shape(component, length));
            }
            c.total += REF * pages.length;
            for (Object[] p : pages) {
                c.heapPage(p);
            }
        }
    }

    record Elements(Class<?> component, Object[] elements) implements Node {
        @Override
        public void census(Census c) {
            for (Object v : elements) {
                c.visit(v);
            }
        }
    }

    /** An Arrow buffer as off-heap pages of {@link FrozenStore#PAGE_BYTES} (the last one may be used in part). */
    record Arrow(long capacity, SlotTable slots) implements Node {
        @Override
        public void census(Census c) {
            c.slots(slots, PAGE_BYTES);
        }
    }

    record ListOf(Object[] elements) implements Node {
        @Override
        public void census(Census c) {
            for (Object v : elements) {
                c.visit(v);
            }
        }
    }

    record MapOf(Object[] keys, Object[] values) implements Node {
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

    /** Pages seen so far (each counted once) and the bytes they and their references take. */
    static final class Census {
        final java.util.BitSet coarse = new java.util.BitSet();
        final java.util.BitSet fine = new java.util.BitSet();
        private final Set<Object> nodes = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        private final Set<Object> heapPages = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        long total;
        /** Sees the shape of every primitive or reference-page array node once (null: none). */
        java.util.function.Consumer<SpareArrays.Shape> onArray;

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

    static boolean immutable(Class<?> c) {
        return c == String.class || c == Long.class || c == Integer.class || c == Double.class || c == Boolean.class
                || c == Byte.class || c == Short.class || c == Float.class || c == Character.class
                || c.isEnum() || (c.getSuperclass() != null && c.getSuperclass().isEnum());
    }

    /** Offset of element 0 in an array of {@code t}, a primitive type (asked per page: no {@code t.arrayType()}, which allocates). */
    static long base(Class<?> t) {
        return t == long.class ? sun.misc.Unsafe.ARRAY_LONG_BASE_OFFSET : t == int.class ? sun.misc.Unsafe.ARRAY_INT_BASE_OFFSET
                : t == double.class ? sun.misc.Unsafe.ARRAY_DOUBLE_BASE_OFFSET : t == float.class ? sun.misc.Unsafe.ARRAY_FLOAT_BASE_OFFSET
                : t == short.class ? sun.misc.Unsafe.ARRAY_SHORT_BASE_OFFSET : t == char.class ? sun.misc.Unsafe.ARRAY_CHAR_BASE_OFFSET
                : t == boolean.class ? sun.misc.Unsafe.ARRAY_BOOLEAN_BASE_OFFSET : sun.misc.Unsafe.ARRAY_BYTE_BASE_OFFSET;
    }

    static int width(Class<?> t) {
        return t == long.class || t == double.class ? 8 : t == int.class || t == float.class ? 4
                : t == short.class || t == char.class ? 2 : 1;
    }
}
