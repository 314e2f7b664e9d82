package com.gridwall.replay.checkpoint;

/**
 * The slot numbers of one captured array's pages, in chunks of {@value #CHUNK} that consecutive
 * captures share when equal. Why: a column of 2 million incidents is 31,000 pages; two captures
 * 50k events apart differ in a few hundred of them (the band of recent incidents), so a flat
 * {@code int[]} per capture repeated the same 124 KB on the heap 200 times (about 830 MB for a
 * ladder at 10M events), and that heap kept the collector's concurrent cycles running during seeks.
 * <p>Immutable once built; safe to read from any thread.
 */
final class SlotTable {
    static final int CHUNK = 1024;
    private static final int SHIFT = 10;
    private final int length;
    private final int[][] chunks;

    private SlotTable(int length, int[][] chunks) {
        this.length = length;
        this.chunks = chunks;
    }

    /** A table of {@code slots}, reusing each chunk of {@code old} (null: none) that holds the same slots. */
    static SlotTable of(int[] slots, SlotTable old) {
        int[][] chunks = new int[(slots.length + CHUNK - 1) / CHUNK][];
        for (int c = 0; c < chunks.length; c++) {
            int from = c * CHUNK;
            int to = Math.min(slots.length, from + CHUNK);
            int[] prev = old != null && old.length == slots.length ? old.chunks[c] : null;
            chunks[c] = prev != null && java.util.Arrays.equals(slots, from, to, prev, 0, prev.length)
                    ? prev : java.util.Arrays.copyOfRange(slots, from, to);
        }
        return new SlotTable(slots.length, chunks);
    }

    /** Heap bytes of the chunks this table does not share with {@code old} (null: all of them). */
    long bytesNotSharedWith(SlotTable old) {
        long bytes = 0;
        for (int c = 0; c < chunks.length; c++) {
            if (old == null || c >= old.chunks.length || old.chunks[c] != chunks[c]) {
                bytes += FrozenGraph.HEADER + FrozenGraph.REF * chunks[c].length;
            }
        }
        return bytes;
    }

    int length() {
        return length;
    }

    int get(int page) {
        return chunks[page >>> SHIFT][page & (CHUNK - 1)];
    }

    int chunkCount() {
        return chunks.length;
    }

    int[] chunk(int c) {
        return chunks[c];
    }
}
