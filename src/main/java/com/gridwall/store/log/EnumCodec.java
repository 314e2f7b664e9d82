package com.gridwall.store.log;

import java.nio.charset.StandardCharsets;
import org.apache.arrow.memory.ArrowBuf;

/** Decodes an enum's wire name (utf8 bytes in an Arrow buffer) to its ordinal without a String. */
public final class EnumCodec {
    private final byte[][] names;

    public EnumCodec(Class<? extends Enum<?>> type) {
        Enum<?>[] values = type.getEnumConstants();
        names = new byte[values.length][];
        for (Enum<?> v : values) {
            names[v.ordinal()] = v.name().getBytes(StandardCharsets.US_ASCII);
        }
    }

    /** The ordinal, or -1 for a name that is not a constant. */
    public int decode(ArrowBuf buf, long start, int len) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].length == len && Utf8.equals(buf, start, len, names[i])) {
                return i;
            }
        }
        return -1;
    }
}
