package com.gridwall.store.log;

import java.util.Arrays;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;

/**
 * A utf8 column of one log chunk: Arrow-style int32 offsets plus data in fixed 64 KiB pages.
 * Pages replace one growing data buffer so that no reallocation doubles memory (power-of-two
 * waste): each page is an exact power of two and only the chunk's last page is partly empty.
 * A string may straddle two pages. An empty string stands for null.
 *
 * <p>One appender; {@link #equalsBytes} may run on another thread for rows written before that
 * thread was handed its work (the page array is republished through a volatile field when it
 * grows, and written rows never change).
 */
final class PagedStrings implements AutoCloseable {
    static final int PAGE = 1 << 16;

    private final BufferAllocator allocator;
    private final ArrowBuf offsets;
    /** Grows by copy and is republished, so that a reader of older rows never sees a half-built list. */
    private volatile ArrowBuf[] pages = new ArrowBuf[0];
    private int pageCount;
    private int end;

    PagedStrings(BufferAllocator allocator, int rows) {
        this.allocator = allocator;
        this.offsets = allocator.buffer((rows + 1L) * 4);
        offsets.setInt(0, 0);
    }

    void append(int row, ArrowBuf src, long start, int len) {
        int pos = end;
        int done = 0;
        while (done < len) {
            int page = (pos + done) >>> 16;
            if (page == pageCount) {
                addPage();
            }
            int inPage = (pos + done) & (PAGE - 1);
            int n = Math.min(len - done, PAGE - inPage);
            src.getBytes(start + done, pages[page], inPage, n);
            done += n;
        }
        end = pos + len;
        offsets.setInt((row + 1L) * 4, end);
    }

    private void addPage() {
        ArrowBuf[] p = Arrays.copyOf(pages, pageCount + 1);
        p[pageCount] = allocator.buffer(PAGE);
        pages = p;
        pageCount++;
    }

    void appendEmpty(int row) {
        offsets.setInt((row + 1L) * 4, end);
    }

    int length(int row) {
        return offsets.getInt((row + 1L) * 4) - offsets.getInt(row * 4L);
    }

    byte[] bytes(int row) {
        int from = offsets.getInt(row * 4L);
        int len = offsets.getInt((row + 1L) * 4) - from;
        byte[] out = new byte[len];
        int done = 0;
        while (done < len) {
            int p = from + done;
            int inPage = p & (PAGE - 1);
            int n = Math.min(len - done, PAGE - inPage);
            pages[p >>> 16].getBytes(inPage, out, done, n);
            done += n;
        }
        return out;
    }

    boolean equalsBytes(int row, ArrowBuf buf, long start, int len) {
        int from = offsets.getInt(row * 4L);
        if (offsets.getInt((row + 1L) * 4) - from != len) {
            return false;
        }
        ArrowBuf[] pg = pages;
        for (int i = 0; i < len; i++) {
            int p = from + i;
            if (pg[p >>> 16].getByte(p & (PAGE - 1)) != buf.getByte(start + i)) {
                return false;
            }
        }
        return true;
    }

    /** Writes the offsets buffer once, whole, keeping offset 0 at 0 (its memory faulted in ahead of use). */
    void writeOffsets() {
        offsets.setZero(0, offsets.capacity());
    }

    /** Bytes of the buffers allocated now. */
    long capacityBytes() {
        long n = offsets.capacity();
        for (int k = 0; k < pageCount; k++) {
            n += pages[k].capacity();
        }
        return n;
    }

    /** Utf8 bytes held (the payload). */
    long dataBytes() {
        return end;
    }

    @Override
    public void close() {
        offsets.close();
        for (int k = 0; k < pageCount; k++) {
            pages[k].close();
        }
        pages = new ArrowBuf[0];
        pageCount = 0;
    }
}
