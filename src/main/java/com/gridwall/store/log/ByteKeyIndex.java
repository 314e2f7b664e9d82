package com.gridwall.store.log;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.arrow.memory.ArrowBuf;

/**
 * Interns utf8 keys (incident ids, grid codes) to dense ints 0..n-1 with open addressing on a
 * 64-bit hash, verifying the bytes on every hit so that a hash collision never merges two keys.
 * Single-writer; not thread-safe.
 */
public final class ByteKeyIndex {
    private long[] hashes = new long[1024];
    private int[] ids = new int[1024];
    private byte[][] keys = new byte[256][];
    private String[] strings = new String[256];
    private int size;

    public ByteKeyIndex() {
        Arrays.fill(ids, -1);
    }

    public int size() {
        return size;
    }

    /** The id of the key, or -1. */
    public int find(ArrowBuf buf, long start, int len, long hash) {
        int mask = ids.length - 1;
        for (int slot = (int) hash & mask; ; slot = (slot + 1) & mask) {
            int id = ids[slot];
            if (id < 0) {
                return -1;
            }
            if (hashes[slot] == hash && Utf8.equals(buf, start, len, keys[id])) {
                return id;
            }
        }
    }

    /** The id of the key, adding it when new. */
    public int intern(ArrowBuf buf, long start, int len) {
        return intern(buf, start, len, Utf8.hash(buf, start, len));
    }

    /** The same with the key's {@link Utf8#hash} already computed. */
    public int intern(ArrowBuf buf, long start, int len, long hash) {
        int id = find(buf, start, len, hash);
        return id >= 0 ? id : add(Utf8.copy(buf, start, len), hash);
    }

    public int intern(String key) {
        byte[] b = key.getBytes(StandardCharsets.UTF_8);
        long hash = Utf8.hash(b);
        int mask = ids.length - 1;
        for (int slot = (int) hash & mask; ; slot = (slot + 1) & mask) {
            int id = ids[slot];
            if (id < 0) {
                return add(b, hash);
            }
            if (hashes[slot] == hash && Arrays.equals(keys[id], b)) {
                return id;
            }
        }
    }

    /** Reads the home slot of a hash (see {@link EventIdIndex#touch}): a prefetch, the value is meaningless. */
    public long touch(long hash) {
        int slot = (int) hash & (ids.length - 1);
        return hashes[slot] + ids[slot];
    }

    public byte[] key(int id) {
        return keys[id];
    }

    public long hashOf(int id) {
        return Utf8.hash(keys[id]);
    }

    public String string(int id) {
        String s = strings[id];
        if (s == null) {
            s = new String(keys[id], StandardCharsets.UTF_8);
            strings[id] = s;
        }
        return s;
    }

    private int add(byte[] key, long hash) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            strings = Arrays.copyOf(strings, size * 2);
        }
        keys[size] = key;
        if ((size + 1) * 2L > ids.length) {
            rehash(ids.length * 2);
        }
        place(hash, size);
        return size++;
    }

    private void place(long hash, int id) {
        int mask = ids.length - 1;
        int slot = (int) hash & mask;
        while (ids[slot] >= 0) {
            slot = (slot + 1) & mask;
        }
        ids[slot] = id;
        hashes[slot] = hash;
    }

    private void rehash(int capacity) {
        long[] oldHashes = hashes;
        int[] oldIds = ids;
        hashes = new long[capacity];
        ids = new int[capacity];
        Arrays.fill(ids, -1);
        for (int i = 0; i < oldIds.length; i++) {
            if (oldIds[i] >= 0) {
                place(oldHashes[i], oldIds[i]);
            }
        }
    }
}
