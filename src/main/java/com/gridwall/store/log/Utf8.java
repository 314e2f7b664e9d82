package com.gridwall.store.log;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.util.MemoryUtil;

/**
 * Hashing and comparison of utf8 byte strings straight from Arrow buffers, so that ids can be
 * deduplicated and interned without creating a Java String per row. The same hash is computed
 * for a byte[] and for an ArrowBuf range holding the same bytes.
 */
public final class Utf8 {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long SEED = 0x9E3779B97F4A7C15L;

    private Utf8() {
    }

    public static long hash(ArrowBuf buf, long start, int len) {
        buf.checkBytes(start, start + len);
        // Raw reads after one range check: this runs for every id of every event.
        long addr = buf.memoryAddress() + start;
        long h = SEED ^ len;
        int i = 0;
        for (; i + 8 <= len; i += 8) {
            h = step(h, MemoryUtil.getLong(addr + i));
        }
        if (i < len) {
            long tail = 0;
            for (int k = len - 1; k >= i; k--) {
                tail = (tail << 8) | (MemoryUtil.getByte(addr + k) & 0xFF);
            }
            h = step(h, tail);
        }
        return fmix(h);
    }

    public static long hash(byte[] b) {
        return hash(b, 0, b.length);
    }

    /** The hash of {@code len} bytes of {@code b} from {@code off}: equal to the hash of the same bytes anywhere else. */
    public static long hash(byte[] b, int off, int len) {
        long h = SEED ^ len;
        int i = 0;
        for (; i + 8 <= len; i += 8) {
            h = step(h, (long) LONGS.get(b, off + i));
        }
        if (i < len) {
            long tail = 0;
            for (int k = len - 1; k >= i; k--) {
                tail = (tail << 8) | (b[off + k] & 0xFF);
            }
            h = step(h, tail);
        }
        return fmix(h);
    }

    public static boolean equals(ArrowBuf buf, long start, int len, byte[] b) {
        return equals(buf, start, len, b, 0, b.length);
    }

    /** True if {@code len} bytes of the buffer from {@code start} equal {@code blen} bytes of {@code b} from {@code off}. */
    public static boolean equals(ArrowBuf buf, long start, int len, byte[] b, int off, int blen) {
        if (blen != len) {
            return false;
        }
        buf.checkBytes(start, start + len);
        long addr = buf.memoryAddress() + start;
        int i = 0;
        for (; i + 8 <= len; i += 8) {
            if (MemoryUtil.getLong(addr + i) != (long) LONGS.get(b, off + i)) {
                return false;
            }
        }
        for (; i < len; i++) {
            if (MemoryUtil.getByte(addr + i) != b[off + i]) {
                return false;
            }
        }
        return true;
    }

    /** True if two ranges of the same buffer hold the same bytes. */
    public static boolean equals(ArrowBuf buf, long a, long b, int len) {
        buf.checkBytes(a, a + len);
        buf.checkBytes(b, b + len);
        long base = buf.memoryAddress();
        int i = 0;
        for (; i + 8 <= len; i += 8) {
            if (MemoryUtil.getLong(base + a + i) != MemoryUtil.getLong(base + b + i)) {
                return false;
            }
        }
        for (; i < len; i++) {
            if (MemoryUtil.getByte(base + a + i) != MemoryUtil.getByte(base + b + i)) {
                return false;
            }
        }
        return true;
    }

    private static byte[] copy(ArrowBuf buf, long start, int len) {
        byte[] b = new byte[len];
        buf.getBytes(start, b, 0, len);
        return b;
    }

    public static String string(ArrowBuf buf, long start, int len) {
        return new String(copy(buf, start, len), StandardCharsets.UTF_8);
    }

    private static long step(long h, long word) {
        long k = word * 0xC2B2AE3D27D4EB4FL;
        k = Long.rotateLeft(k, 31) * 0x9E3779B185EBCA87L;
        return Long.rotateLeft(h ^ k, 27) * 5 + 0x52DCE729;
    }

    private static long fmix(long h) {
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        return h ^ (h >>> 33);
    }
}
