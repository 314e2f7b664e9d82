package com.gridwall.store.log;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.util.MemoryUtil;

/** Decodes an enum's wire name (utf8 bytes in an Arrow buffer) to its ordinal without a String. */
public final class EnumCodec {
    private static final int TABLE = 1024;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.nativeOrder());
    private final byte[][] names;
    /** ordinal + 1 by a cheap key of (length, first, middle, last byte); 0 = none; -1 = collision. */
    private final int[] table = new int[TABLE];

    public EnumCodec(Class<? extends Enum<?>> type) {
        Enum<?>[] values = type.getEnumConstants();
        names = new byte[values.length][];
        for (Enum<?> v : values) {
            byte[] b = v.name().getBytes(StandardCharsets.US_ASCII);
            names[v.ordinal()] = b;
            int k = key(b.length, b[0], b[b.length / 2], b[b.length - 1]);
            table[k] = table[k] == 0 ? v.ordinal() + 1 : -1;
        }
    }

    private static int key(int len, byte first, byte mid, byte last) {
        return (len * 131 + first * 31 + mid * 17 + last) & (TABLE - 1);
    }

    /**
     * The same for bytes at a raw address that the caller has checked to lie inside its buffer
     * ({@link RawBatchReader}).
     */
    int decode(long address, int len) {
        if (len <= 0) {
            return -1;
        }
        int k = table[key(len, MemoryUtil.getByte(address), MemoryUtil.getByte(address + len / 2),
                MemoryUtil.getByte(address + len - 1))];
        if (k > 0) {
            return rawEquals(address, len, names[k - 1]) ? k - 1 : -1;
        }
        if (k == 0) {
            return -1;
        }
        for (int i = 0; i < names.length; i++) {
            if (rawEquals(address, len, names[i])) {
                return i;
            }
        }
        return -1;
    }

    private static boolean rawEquals(long address, int len, byte[] name) {
        if (name.length != len) {
            return false;
        }
        // whole words, the last one overlapping the previous: names are a few words at most
        if (len >= 8) {
            for (int i = 0; i < len - 8; i += 8) {
                if (MemoryUtil.getLong(address + i) != (long) LONGS.get(name, i)) {
                    return false;
                }
            }
            return MemoryUtil.getLong(address + len - 8) == (long) LONGS.get(name, len - 8);
        }
        for (int i = 0; i < len; i++) {
            if (MemoryUtil.getByte(address + i) != name[i]) {
                return false;
            }
        }
        return true;
    }

    /** The ordinal, or -1 for a name that is not a constant. */
    public int decode(ArrowBuf buf, long start, int len) {
        if (len > 0) {
            int k = table[key(len, buf.getByte(start), buf.getByte(start + len / 2), buf.getByte(start + len - 1))];
            if (k == 0) {
                return -1;
            }
            if (k > 0) {
                return Utf8.equals(buf, start, len, names[k - 1]) ? k - 1 : -1;
            }
        }
        for (int i = 0; i < names.length; i++) {
            if (names[i].length == len && Utf8.equals(buf, start, len, names[i])) {
                return i;
            }
        }
        return -1;
    }
}
