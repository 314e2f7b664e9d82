package com.gridwall.store.log;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.arrow.memory.ArrowBuf;

/**
 * Interns utf8 keys (incident ids, grid codes) to dense ints 0..n-1 with open addressing on a
 * 64-bit hash, verifying the bytes on every hit so that a hash collision never merges two keys.
 * Single-writer; not thread-safe.
 * <p>The keys' bytes lie back to back in one pool, not in an array per key: at 10M events that is
 * 2.7 million small objects fewer for the collector to mark in every store (the live one, the
 * state ladder's and the replay's), and a replay's copy of the table moves pages of bytes instead
 * of references.
 * <p>An index may hold more keys than it shows ({@link #cutTo}): a replay seek into an earlier
 * state of the same journal shows the first n keys of the table it has instead of copying the
 * state's. Everything but {@link #cutTo} answers for the keys shown only.
 */
public final class ByteKeyIndex {
    /** The names of the fields a copy reads to decide whether this index already holds a state's keys. */
    public static final String SIZE_FIELD = "size";
    public static final String DIGEST_FIELD = "digest";
    private static final long MIX = 0x9E3779B97F4A7C15L;

    private long[] hashes = new long[1024];
    private int[] ids = new int[1024];
    /** Key {@code id} is {@code bytes[starts[id] .. starts[id + 1])}. */
    private byte[] bytes = new byte[1024];
    private int[] starts = new int[257];
    /** {@code digests[id]}: a digest of keys 0..id in id order (their hashes), see {@link #cutTo}. */
    private long[] digests = new long[256];
    /** Keys shown: ids at or above it are held but not part of this index's state. */
    private int size;
    /** Keys held: ids below it are in the hash table and the pool (at least {@link #size}). */
    private int held;
    /**
     * The digest of the keys shown (0 when none): {@code digests[size - 1]}, kept as a field so that
     * a copy reads it among a stored state's scalars instead of in its pages.
     */
    private long digest;

    public ByteKeyIndex() {
        Arrays.fill(ids, -1);
    }

    public int size() {
        return size;
    }

    /** Slots of the hash table and bytes of the key pool allocated now (for tests and diagnostics). */
    long[] capacity() {
        return new long[] {ids.length, bytes.length, starts.length};
    }

    /**
     * Shows only the first {@code n} keys, when they are those whose digest is {@code digestOfN}
     * (the keys of another index of the same key order, e.g. a stored state of the same journal):
     * a replay seek then keeps the table it holds instead of copying one of tens of MB. The keys
     * above stay held: interning one of them again, as the id it had, only shows it. Returns
     * false, changing nothing, when this index does not hold those n keys.
     */
    public boolean cutTo(int n, long digestOfN) {
        if (n > held || n < 0 || (n == 0 ? 0 : digests[n - 1]) != digestOfN) {
            return false;
        }
        size = n;
        digest = digestOfN;
        return true;
    }

    /** The bytes of this index's arrays. */
    public long bytes() {
        return hashes.length * 8L + ids.length * 4L + bytes.length + starts.length * 4L + digests.length * 8L;
    }

    /** The digest of the keys shown, as {@link #cutTo} takes it. */
    long digest() {
        return digest;
    }

    /** Keys held beyond those shown (for tests and diagnostics). */
    int heldBeyond() {
        return held - size;
    }

    /** The id of the key, or -1 (also for a key held beyond those shown). */
    public int find(ArrowBuf buf, long start, int len, long hash) {
        int id = findHeld(buf, start, len, hash);
        return id < size ? id : -1;
    }

    private int findHeld(ArrowBuf buf, long start, int len, long hash) {
        int mask = ids.length - 1;
        for (int slot = (int) hash & mask; ; slot = (slot + 1) & mask) {
            int id = ids[slot];
            if (id < 0) {
                return -1;
            }
            if (hashes[slot] == hash && Utf8.equals(buf, start, len, bytes, starts[id], length(id))) {
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
        int id = shown(findHeld(buf, start, len, hash));
        if (id >= 0) {
            return id;
        }
        int at = reserve(len);
        buf.getBytes(start, bytes, at, len);
        return add(hash);
    }

    public int intern(String key) {
        byte[] b = key.getBytes(StandardCharsets.UTF_8);
        long hash = Utf8.hash(b);
        int id = shown(findHeld(b, hash));
        if (id >= 0) {
            return id;
        }
        int at = reserve(b.length); // before reading the pool field: it may grow
        System.arraycopy(b, 0, bytes, at, b.length);
        return add(hash);
    }

    private int findHeld(byte[] key, long hash) {
        int mask = ids.length - 1;
        for (int slot = (int) hash & mask; ; slot = (slot + 1) & mask) {
            int id = ids[slot];
            if (id < 0) {
                return -1;
            }
            if (hashes[slot] == hash && Arrays.equals(bytes, starts[id], starts[id + 1], key, 0, key.length)) {
                return id;
            }
        }
    }

    /**
     * The id to return for a key found held as {@code id} (-1: not held), or -1 when it must be
     * added: a key shown keeps its id; the next key held beyond is shown as the id it had; any
     * other (this index's keys beyond were interned in another order) drops the keys beyond.
     */
    private int shown(int id) {
        if (id >= 0 && id < size) {
            return id;
        }
        if (id >= 0 && id == size) {
            digest = digests[size];
            return size++;
        }
        if (held > size) {
            forgetBeyond();
        }
        return -1;
    }

    /**
     * Drops the keys held beyond those shown: the table is rebuilt from the keys shown (a pass
     * over the table, only when a tail interns in another order than the keys held).
     */
    private void forgetBeyond() {
        held = size;
        rehash(ids.length);
    }

    /** Reads the home slot of a hash (see {@link EventIdIndex#touch}): a prefetch, the value is meaningless. */
    public long touch(long hash) {
        int slot = (int) hash & (ids.length - 1);
        return hashes[slot] + ids[slot];
    }

    /** The key's bytes, in a new array. */
    public byte[] key(int id) {
        return Arrays.copyOfRange(bytes, starts[id], starts[id + 1]);
    }

    public long hashOf(int id) {
        return Utf8.hash(bytes, starts[id], length(id));
    }

    /** The key as a String, made on each call (the wall asks for a few hundred per snapshot). */
    public String string(int id) {
        return new String(bytes, starts[id], length(id), StandardCharsets.UTF_8);
    }

    private int length(int id) {
        return starts[id + 1] - starts[id];
    }

    /**
     * Makes room for {@code more} keys beyond those held (their bytes estimated from the keys' mean
     * length), so that interning them neither grows the pool nor rehashes the table.
     */
    public void reserveKeys(int more) {
        long n = Math.max((long) size + more, held); // keys held beyond are shown again, not added
        long slots = ids.length;
        while ((n + 1) * 2 > slots) {
            slots *= 2;
        }
        if (slots > ids.length) {
            rehash((int) slots);
        }
        if (n + 2 > starts.length) {
            starts = Arrays.copyOf(starts, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(starts.length * 2L, n + 2)));
        }
        if (n + 1 > digests.length) {
            digests = Arrays.copyOf(digests, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(digests.length * 2L, n + 1)));
        }
        long meanLen = held == 0 ? 16 : (starts[held] + held - 1) / held;
        long need = starts[held] + (n - held) * (meanLen + meanLen / 4 + 1);
        if (need > bytes.length) {
            bytes = Arrays.copyOf(bytes, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(bytes.length * 2L, need)));
        }
    }

    /** Makes room for the next key's {@code len} bytes and returns where they go (nothing is held beyond). */
    private int reserve(int len) {
        int at = starts[size];
        if (at + len > bytes.length) {
            if (at + (long) len > Integer.MAX_VALUE - 8) {
                throw new IllegalStateException("interned keys exceed 2 GB");
            }
            bytes = Arrays.copyOf(bytes, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(bytes.length * 2L, at + (long) len)));
        }
        if (size + 2 > starts.length) {
            starts = Arrays.copyOf(starts, starts.length * 2);
        }
        if (size + 1 > digests.length) {
            digests = Arrays.copyOf(digests, digests.length * 2);
        }
        starts[size + 1] = at + len;
        return at;
    }

    /** Indexes the key whose bytes {@link #reserve} placed last. */
    private int add(long hash) {
        if ((size + 1) * 2L > ids.length) {
            rehash(ids.length * 2);
        }
        place(hash, size);
        digest = digest * MIX + hash;
        digests[size] = digest;
        held = size + 1;
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

    /** A table of {@code capacity} slots holding the keys held. */
    private void rehash(int capacity) {
        long[] oldHashes = hashes;
        int[] oldIds = ids;
        hashes = new long[capacity];
        ids = new int[capacity];
        Arrays.fill(ids, -1);
        for (int i = 0; i < oldIds.length; i++) {
            if (oldIds[i] >= 0 && oldIds[i] < held) {
                place(oldHashes[i], oldIds[i]);
            }
        }
    }
}
