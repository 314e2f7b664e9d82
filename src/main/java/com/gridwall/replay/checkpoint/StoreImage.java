package com.gridwall.replay.checkpoint;

import com.gridwall.domain.GridResolver;
import com.gridwall.domain.UnitDirectory;
import com.gridwall.replay.seek.ReplayTime;
import com.gridwall.replay.seek.StoreFactory;
import com.gridwall.store.EventStore;
import com.gridwall.store.StoreConfig;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;

/**
 * A checkpoint codec that needs nothing from the store but its object graph: it writes every field
 * reachable from an {@link EventStore} (primitive arrays in bulk, Arrow buffers as bytes, lists,
 * maps, plain objects, shared references once) and reads it back over a fresh store built by the
 * {@link StoreFactory}. Environment (allocator, clock, resolver, config, units, snapshot cache,
 * decoder scratch) is never written: the fresh store supplies its own.
 * <p>Why reflective: the store offers no export/import of its state, and a generic image keeps
 * working as the store's internal fields change; a mismatch between writer and reader layouts is
 * refused with the class that differs, never half-read. Stateless and thread-safe; imaging holds
 * the store's monitor (the lock of its synchronized methods), so call it from the writer thread.
 */
public final class StoreImage implements StoreStateCodec {
    private static final int MAGIC = 0x47575349; // "GWSI"
    private static final int VERSION = 2;
    private static final int NULL = 0;
    private static final int REF = 1;
    private static final int OBJECT = 2;
    private static final int OBJECTS = 3;
    private static final int STRING = 4;
    private static final int BOXED = 5;
    private static final int ENUM = 6;
    private static final int ARROW = 7;
    private static final int LIST = 8;
    private static final int MAP = 9;
    private static final int PRIMITIVES = 10;
    private static final int KEEP = 11;
    private static final int BYTE_ROWS = 12;
    private static final int STRINGS = 13;

    private static final Map<Class<?>, Field[]> FIELDS = new ConcurrentHashMap<>();
    static final sun.misc.Unsafe UNSAFE = unsafe();

    @Override
    public void write(EventStore store, Path file) throws IOException {
        CRC32C crc = new CRC32C();
        try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
             Counting counted = new Counting(raw);
             DataOutputStream d = new DataOutputStream(new CheckedOutputStream(counted, crc))) {
            d.writeInt(MAGIC);
            d.writeInt(VERSION);
            Writer w = new Writer(d);
            synchronized (store) { // the store's own lock: no tick or query changes it while it is imaged
                w.object(store);
            }
            d.flush();
            long layoutAt = counted.count;
            d.writeInt(w.classes.size());
            for (Class<?> c : w.classes) {
                d.writeUTF(c.getName());
                d.writeUTF(layout(c));
            }
            d.flush();
            DataOutputStream tail = new DataOutputStream(raw);
            tail.writeLong(layoutAt);
            tail.writeInt((int) crc.getValue());
            tail.writeInt(MAGIC);
            tail.flush();
        }
    }

    @Override
    public EventStore read(Path file, BufferAllocator allocator, StoreFactory factory, ReplayTime time) throws IOException {
        verify(file);
        EventStore store = factory.createReplay(allocator, time);
        try (DataInputStream d = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            d.readInt();
            d.readInt();
            Reader r = new Reader(d, storeAllocator(store));
            if (d.readByte() != OBJECT) {
                throw new IOException(file + ": checkpoint does not start with the store");
            }
            r.objectBody(store, true);
            renewSnapshotBuilder(store);
            store.tick();
            return store;
        } catch (IOException | RuntimeException e) {
            store.close();
            throw e instanceof IOException io ? io : new IOException(file + ": unreadable checkpoint: " + e.getMessage(), e);
        }
    }

    /** Checks length, checksum and that every imaged class still has the same fields, before anything is built. */
    private static void verify(Path file) throws IOException {
        long size = Files.size(file);
        if (size < 24) {
            throw new IOException(file + ": checkpoint too short (" + size + " bytes)");
        }
        long layoutAt;
        int crcWant;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer tail = ByteBuffer.allocate(16);
            ch.read(tail, size - 16);
            tail.flip();
            layoutAt = tail.getLong();
            crcWant = tail.getInt();
            if (tail.getInt() != MAGIC) {
                throw new IOException(file + ": checkpoint has no trailer (cut short?)");
            }
            CRC32C crc = new CRC32C();
            ByteBuffer buf = ByteBuffer.allocateDirect(1 << 20);
            long pos = 0;
            while (pos < size - 16) {
                buf.clear();
                buf.limit((int) Math.min(buf.capacity(), size - 16 - pos));
                int n = ch.read(buf, pos);
                if (n <= 0) {
                    throw new IOException(file + ": unexpected end at " + pos);
                }
                buf.flip();
                crc.update(buf);
                pos += n;
            }
            if ((int) crc.getValue() != crcWant) {
                throw new IOException(file + ": checkpoint checksum mismatch");
            }
        }
        try (DataInputStream d = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (d.readInt() != MAGIC || d.readInt() != VERSION) {
                throw new IOException(file + ": not a store checkpoint of version " + VERSION);
            }
            d.skipNBytes(layoutAt - 8);
            int n = d.readInt();
            for (int i = 0; i < n; i++) {
                String name = d.readUTF();
                String fieldsThen = d.readUTF();
                String fieldsNow = layout(type(name));
                if (!fieldsThen.equals(fieldsNow)) {
                    throw new IOException(file + ": written by another store version (" + name + " was {" + fieldsThen
                            + "}, is {" + fieldsNow + "}): rebuild the checkpoints");
                }
            }
        }
    }

    private static String layout(Class<?> c) {
        StringBuilder b = new StringBuilder();
        for (Field f : fields(c)) {
            b.append(f.getName()).append(':').append(f.getType().getName()).append(';');
        }
        return b.toString();
    }

    /** The snapshot builder caches what it last published; a restored store needs one that starts clean. */
    static void renewSnapshotBuilder(EventStore store) throws IOException {
        try {
            Object engine = null;
            Field builder = null;
            for (Field f : fields(EventStore.class)) {
                if (f.getType().getSimpleName().equals("StateEngine")) {
                    engine = f.get(store);
                } else if (f.getType().getSimpleName().equals("SnapshotBuilder")) {
                    builder = f;
                }
            }
            if (builder == null || engine == null) {
                return;
            }
            var ctor = builder.getType().getDeclaredConstructor(engine.getClass());
            ctor.setAccessible(true);
            builder.set(store, ctor.newInstance(engine));
        } catch (ReflectiveOperationException e) {
            throw new IOException("cannot renew the store's snapshot builder: " + e, e);
        }
    }

    /** Counts bytes on their way to the file (DataOutputStream.size() stops at 2 GB). */
    private static final class Counting extends java.io.FilterOutputStream {
        long count;

        Counting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void close() {
            // the file stream is closed by its own try-with-resources
        }
    }

    /** Cached per class: asked for every object and field of a state each time one is copied. */
    private static final ClassValue<Boolean> ENVIRONMENT = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return environmentType(type);
        }
    };

    /** Fields of these types belong to the running environment, not to the state. */
    static boolean environment(Class<?> type) {
        return ENVIRONMENT.get(type);
    }

    private static boolean environmentType(Class<?> type) {
        return BufferAllocator.class.isAssignableFrom(type) || Clock.class.isAssignableFrom(type)
                || GridResolver.class.isAssignableFrom(type) || StoreConfig.class == type
                || UnitDirectory.class == type || ZoneId.class.isAssignableFrom(type)
                || AtomicReference.class == type || Supplier.class.isAssignableFrom(type)
                || type.getSimpleName().equals("BatchDecoder") || type.getSimpleName().equals("SnapshotBuilder")
                || type.getSimpleName().equals("DecodedBatch") || type.getSimpleName().equals("RowPreparer")
                || type.getSimpleName().equals("PrepareAhead") || type.getSimpleName().equals("BackfillScratch")
                || type.getSimpleName().equals("DeferredCounters")
                // the tiles' samples of the last 24 h (31 MB at 10M events): a copy would be taken mid-minute
                // at its batches' clocks; a store made from a state derives the sample its tiles read
                || type.getSimpleName().equals("TileSamples")
                // replay reads images into trusted-input stores, which keep no dedup index (the
                // journal holds accepted events only): the largest table of the store is not written
                || type.getSimpleName().equals("EventIdIndex");
    }

    static Field[] fields(Class<?> c) {
        return FIELDS.computeIfAbsent(c, k -> {
            List<Field> l = new ArrayList<>();
            for (Class<?> x = k; x != null && x != Object.class; x = x.getSuperclass()) {
                if (x.getName().startsWith("java.")) {
                    throw new IllegalStateException("cannot image JDK class " + x.getName());
                }
                for (Field f : x.getDeclaredFields()) {
                    // transient: bookkeeping of the running store, not its state (e.g. which incidents a seek's tail wrote)
                    if (!Modifier.isStatic(f.getModifiers()) && !Modifier.isTransient(f.getModifiers()) && !f.isSynthetic()) {
                        f.setAccessible(true);
                        l.add(f);
                    }
                }
            }
            return l.toArray(new Field[0]);
        });
    }

    static BufferAllocator storeAllocator(EventStore store) {
        try {
            for (Field f : fields(EventStore.class)) {
                if (BufferAllocator.class.isAssignableFrom(f.getType())) {
                    return (BufferAllocator) f.get(store);
                }
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalStateException("the store has no allocator field");
    }

    private static final class Writer {
        final java.util.LinkedHashSet<Class<?>> classes = new java.util.LinkedHashSet<>();
        private final DataOutputStream out;
        private final IdentityHashMap<Object, Integer> seen = new IdentityHashMap<>();
        private final byte[] chunk = new byte[1 << 16];

        Writer(DataOutputStream out) {
            this.out = out;
        }

        void object(Object o) throws IOException {
            classes.add(o.getClass());
            seen.put(o, seen.size());
            out.writeByte(OBJECT);
            out.writeUTF(o.getClass().getName());
            Field[] fs = fields(o.getClass());
            out.writeInt(fs.length);
            try {
                for (Field f : fs) {
                    out.writeUTF(f.getName());
                    Class<?> t = f.getType();
                    if (t.isPrimitive()) {
                        primitive(t, f, o);
                    } else if (environment(t)) {
                        out.writeByte(KEEP);
                    } else {
                        value(f.get(o));
                    }
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }

        private void primitive(Class<?> t, Field f, Object o) throws IllegalAccessException, IOException {
            if (t == long.class) {
                out.writeLong(f.getLong(o));
            } else if (t == int.class) {
                out.writeInt(f.getInt(o));
            } else if (t == boolean.class) {
                out.writeBoolean(f.getBoolean(o));
            } else if (t == double.class) {
                out.writeDouble(f.getDouble(o));
            } else if (t == byte.class) {
                out.writeByte(f.getByte(o));
            } else if (t == short.class) {
                out.writeShort(f.getShort(o));
            } else if (t == float.class) {
                out.writeFloat(f.getFloat(o));
            } else {
                out.writeChar(f.getChar(o));
            }
        }

        void value(Object v) throws IOException {
            if (v == null) {
                out.writeByte(NULL);
                return;
            }
            Class<?> c = v.getClass();
            if (v instanceof String s) {
                out.writeByte(STRING);
                byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                out.writeInt(b.length);
                out.write(b);
                return;
            }
            if (v instanceof Number || v instanceof Boolean || v instanceof Character) {
                out.writeByte(BOXED);
                boxed(v);
                return;
            }
            if (c.isEnum() || (c.getSuperclass() != null && c.getSuperclass().isEnum())) {
                out.writeByte(ENUM);
                out.writeUTF(((Enum<?>) v).getDeclaringClass().getName());
                out.writeUTF(((Enum<?>) v).name());
                return;
            }
            if (environment(c)) {
                out.writeByte(KEEP);
                return;
            }
            Integer ref = seen.get(v);
            if (ref != null) {
                out.writeByte(REF);
                out.writeInt(ref);
                return;
            }
            if (v instanceof ArrowBuf b) {
                seen.put(v, seen.size());
                out.writeByte(ARROW);
                long cap = b.capacity();
                long used = usedBytes(b);
                out.writeLong(cap);
                out.writeLong(used);
                for (long p = 0; p < used; p += chunk.length) {
                    int n = (int) Math.min(chunk.length, used - p);
                    b.getBytes(p, chunk, 0, n);
                    out.write(chunk, 0, n);
                }
                return;
            }
            if (c.isArray()) {
                seen.put(v, seen.size());
                if (c.getComponentType().isPrimitive()) {
                    out.writeByte(PRIMITIVES);
                    primitives(v);
                } else if (c == byte[][].class || c == String[].class) {
                    // interned keys: millions of small values, written flat (they are never shared)
                    boolean strings = c == String[].class;
                    out.writeByte(strings ? STRINGS : BYTE_ROWS);
                    int n = Array.getLength(v);
                    out.writeInt(n);
                    for (int i = 0; i < n; i++) {
                        Object e = Array.get(v, i);
                        byte[] b = e == null ? null : strings ? ((String) e).getBytes(java.nio.charset.StandardCharsets.UTF_8) : (byte[]) e;
                        out.writeInt(b == null ? -1 : b.length);
                        if (b != null) {
                            out.write(b);
                        }
                    }
                } else {
                    out.writeByte(OBJECTS);
                    out.writeUTF(c.getComponentType().getName());
                    int n = Array.getLength(v);
                    out.writeInt(n);
                    for (int i = 0; i < n; i++) {
                        value(Array.get(v, i));
                    }
                }
                return;
            }
            if (v instanceof List<?> l) {
                seen.put(v, seen.size());
                out.writeByte(LIST);
                out.writeInt(l.size());
                for (Object e : l) {
                    value(e);
                }
                return;
            }
            if (v instanceof Map<?, ?> m) {
                seen.put(v, seen.size());
                out.writeByte(MAP);
                out.writeInt(m.size());
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    value(e.getKey());
                    value(e.getValue());
                }
                return;
            }
            if (v instanceof Collection<?> || c.isRecord() || c.getName().startsWith("java.")) {
                throw new IllegalStateException("cannot image a " + c.getName() + " in the store state");
            }
            object(v);
        }

        private void boxed(Object v) throws IOException {
            if (v instanceof Long x) {
                out.writeByte('J');
                out.writeLong(x);
            } else if (v instanceof Integer x) {
                out.writeByte('I');
                out.writeInt(x);
            } else if (v instanceof Double x) {
                out.writeByte('D');
                out.writeDouble(x);
            } else if (v instanceof Boolean x) {
                out.writeByte('Z');
                out.writeBoolean(x);
            } else if (v instanceof Byte x) {
                out.writeByte('B');
                out.writeByte(x);
            } else if (v instanceof Short x) {
                out.writeByte('S');
                out.writeShort(x);
            } else if (v instanceof Float x) {
                out.writeByte('F');
                out.writeFloat(x);
            } else if (v instanceof Character x) {
                out.writeByte('C');
                out.writeChar(x);
            } else {
                throw new IllegalStateException("cannot image a " + v.getClass().getName());
            }
        }

        private void primitives(Object a) throws IOException {
            Class<?> t = a.getClass().getComponentType();
            int length = Array.getLength(a);
            int n = usedLength(a, t, length);
            out.writeByte(code(t));
            out.writeInt(length);
            out.writeInt(n);
            int width = width(t);
            ByteBuffer bb = ByteBuffer.wrap(chunk).order(ByteOrder.LITTLE_ENDIAN);
            int per = chunk.length / width;
            for (int from = 0; from < n; from += per) {
                int k = Math.min(per, n - from);
                bb.clear();
                if (t == long.class) {
                    bb.asLongBuffer().put((long[]) a, from, k);
                } else if (t == int.class) {
                    bb.asIntBuffer().put((int[]) a, from, k);
                } else if (t == double.class) {
                    bb.asDoubleBuffer().put((double[]) a, from, k);
                } else if (t == byte.class) {
                    System.arraycopy(a, from, chunk, 0, k);
                } else if (t == short.class) {
                    bb.asShortBuffer().put((short[]) a, from, k);
                } else if (t == float.class) {
                    bb.asFloatBuffer().put((float[]) a, from, k);
                } else if (t == char.class) {
                    bb.asCharBuffer().put((char[]) a, from, k);
                } else {
                    boolean[] z = (boolean[]) a;
                    for (int i = 0; i < k; i++) {
                        chunk[i] = (byte) (z[from + i] ? 1 : 0);
                    }
                }
                out.write(chunk, 0, k * width);
            }
        }
    }

    private static final class Reader {
        private final DataInputStream in;
        private final BufferAllocator allocator;
        private final List<Object> seen = new ArrayList<>();
        private final byte[] chunk = new byte[1 << 16];

        Reader(DataInputStream in, BufferAllocator allocator) {
            this.in = in;
            this.allocator = allocator;
        }

        /** Reads an object's fields over {@code target} (tag already consumed). */
        void objectBody(Object target, boolean existing) throws IOException {
            seen.add(target);
            String cls = in.readUTF();
            if (!cls.equals(target.getClass().getName())) {
                throw new IOException("checkpoint holds a " + cls + " where the store has a " + target.getClass().getName());
            }
            Field[] fs = fields(target.getClass());
            int n = in.readInt();
            if (n != fs.length) {
                throw new IOException("checkpoint layout of " + cls + " has " + n + " fields, this store version "
                        + fs.length + ": rebuild the checkpoints");
            }
            try {
                for (Field f : fs) {
                    String name = in.readUTF();
                    if (!name.equals(f.getName())) {
                        throw new IOException("checkpoint layout of " + cls + ": field '" + name + "' where this store has '"
                                + f.getName() + "': rebuild the checkpoints");
                    }
                    Class<?> t = f.getType();
                    if (t.isPrimitive()) {
                        primitive(t, f, target);
                        continue;
                    }
                    Object current = f.get(target);
                    Object v = value(current, f.getType());
                    if (v == KEEP_MARK) {
                        if (!existing && BufferAllocator.class.isAssignableFrom(t)) {
                            f.set(target, allocator);
                        }
                        continue;
                    }
                    if (v != current) {
                        if (current instanceof ArrowBuf old) {
                            old.close();
                        }
                        f.set(target, v);
                    }
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }

        private void primitive(Class<?> t, Field f, Object o) throws IllegalAccessException, IOException {
            if (t == long.class) {
                f.setLong(o, in.readLong());
            } else if (t == int.class) {
                f.setInt(o, in.readInt());
            } else if (t == boolean.class) {
                f.setBoolean(o, in.readBoolean());
            } else if (t == double.class) {
                f.setDouble(o, in.readDouble());
            } else if (t == byte.class) {
                f.setByte(o, in.readByte());
            } else if (t == short.class) {
                f.setShort(o, in.readShort());
            } else if (t == float.class) {
                f.setFloat(o, in.readFloat());
            } else {
                f.setChar(o, in.readChar());
            }
        }

        private static final Object KEEP_MARK = new Object();

        /** Reads one value; {@code current} is what the fresh store holds there (reused for plain objects). */
        Object value(Object current, Class<?> declared) throws IOException {
            int tag = in.readByte();
            switch (tag) {
                case NULL:
                    return null;
                case KEEP:
                    return KEEP_MARK;
                case REF:
                    return seen.get(in.readInt());
                case STRING: {
                    byte[] b = new byte[in.readInt()];
                    in.readFully(b);
                    return new String(b, java.nio.charset.StandardCharsets.UTF_8);
                }
                case BOXED:
                    return boxed();
                case ENUM:
                    return enumValue(in.readUTF(), in.readUTF());
                case ARROW: {
                    long cap = in.readLong();
                    long used = in.readLong();
                    ArrowBuf b = allocator.buffer(cap);
                    seen.add(b);
                    for (long p = 0; p < used; p += chunk.length) {
                        int n = (int) Math.min(chunk.length, used - p);
                        in.readFully(chunk, 0, n);
                        b.setBytes(p, chunk, 0, n);
                    }
                    b.setZero(used, b.capacity() - used);
                    return b;
                }
                case PRIMITIVES:
                    return primitives();
                case BYTE_ROWS:
                case STRINGS: {
                    int n = in.readInt();
                    Object a = tag == STRINGS ? new String[n] : new byte[n][];
                    seen.add(a);
                    for (int i = 0; i < n; i++) {
                        int len = in.readInt();
                        if (len < 0) {
                            continue;
                        }
                        byte[] b = new byte[len];
                        in.readFully(b);
                        if (tag == STRINGS) {
                            ((String[]) a)[i] = new String(b, java.nio.charset.StandardCharsets.UTF_8);
                        } else {
                            ((byte[][]) a)[i] = b;
                        }
                    }
                    return a;
                }
                case OBJECTS: {
                    Class<?> comp = type(in.readUTF());
                    int n = in.readInt();
                    Object a = Array.newInstance(comp, n);
                    seen.add(a);
                    for (int i = 0; i < n; i++) {
                        Array.set(a, i, value(null, comp));
                    }
                    return a;
                }
                case LIST: {
                    @SuppressWarnings("unchecked")
                    List<Object> l = current instanceof List<?> c ? (List<Object>) c : new ArrayList<>();
                    closeAll(l);
                    l.clear();
                    seen.add(l);
                    int n = in.readInt();
                    for (int i = 0; i < n; i++) {
                        l.add(value(null, Object.class));
                    }
                    return l;
                }
                case MAP: {
                    @SuppressWarnings("unchecked")
                    Map<Object, Object> m = current instanceof Map<?, ?> c ? (Map<Object, Object>) c : new java.util.HashMap<>();
                    m.clear();
                    seen.add(m);
                    int n = in.readInt();
                    for (int i = 0; i < n; i++) {
                        Object k = value(null, Object.class);
                        m.put(k, value(null, Object.class));
                    }
                    return m;
                }
                case OBJECT: {
                    in.mark(1 << 10);
                    String cls = in.readUTF();
                    in.reset();
                    boolean reuse = current != null && current.getClass().getName().equals(cls);
                    Object target = reuse ? current : instantiate(cls);
                    objectBody(target, reuse);
                    return target;
                }
                default:
                    throw new IOException("corrupt checkpoint: tag " + tag);
            }
        }

        private static void closeAll(List<Object> l) {
            for (Object o : l) {
                if (o instanceof AutoCloseable c) {
                    try {
                        c.close();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }

        private Object boxed() throws IOException {
            int k = in.readByte();
            return switch (k) {
                case 'J' -> in.readLong();
                case 'I' -> in.readInt();
                case 'D' -> in.readDouble();
                case 'Z' -> in.readBoolean();
                case 'B' -> in.readByte();
                case 'S' -> in.readShort();
                case 'F' -> in.readFloat();
                case 'C' -> in.readChar();
                default -> throw new IOException("corrupt checkpoint: boxed kind " + k);
            };
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private static Object enumValue(String cls, String name) throws IOException {
            return Enum.valueOf((Class) type(cls), name);
        }

        private Object primitives() throws IOException {
            int code = in.readByte();
            int length = in.readInt();
            int n = in.readInt(); // written up to the last non-zero element; the rest is zero
            Class<?> t = primitiveOf(code);
            Object a = Array.newInstance(t, length);
            seen.add(a);
            int width = width(t);
            ByteBuffer bb = ByteBuffer.wrap(chunk).order(ByteOrder.LITTLE_ENDIAN);
            int per = chunk.length / width;
            for (int from = 0; from < n; from += per) {
                int k = Math.min(per, n - from);
                in.readFully(chunk, 0, k * width);
                bb.clear();
                if (t == long.class) {
                    bb.asLongBuffer().get((long[]) a, from, k);
                } else if (t == int.class) {
                    bb.asIntBuffer().get((int[]) a, from, k);
                } else if (t == double.class) {
                    bb.asDoubleBuffer().get((double[]) a, from, k);
                } else if (t == byte.class) {
                    System.arraycopy(chunk, 0, a, from, k);
                } else if (t == short.class) {
                    bb.asShortBuffer().get((short[]) a, from, k);
                } else if (t == float.class) {
                    bb.asFloatBuffer().get((float[]) a, from, k);
                } else if (t == char.class) {
                    bb.asCharBuffer().get((char[]) a, from, k);
                } else {
                    boolean[] z = (boolean[]) a;
                    for (int i = 0; i < k; i++) {
                        z[from + i] = chunk[i] != 0;
                    }
                }
            }
            return a;
        }

        private static Object instantiate(String cls) throws IOException {
            try {
                return UNSAFE.allocateInstance(type(cls));
            } catch (InstantiationException e) {
                throw new IOException("cannot create " + cls, e);
            }
        }
    }

    private static Class<?> type(String name) throws IOException {
        try {
            return Class.forName(name, false, StoreImage.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IOException("checkpoint names a class this store does not have: " + name, e);
        }
    }

    /** Arrays grow ahead of use: only the part up to the last non-zero element is written. */
    private static int usedLength(Object a, Class<?> t, int n) {
        int i = n;
        if (t == long.class) {
            long[] x = (long[]) a;
            while (i > 0 && x[i - 1] == 0) {
                i--;
            }
        } else if (t == int.class) {
            int[] x = (int[]) a;
            while (i > 0 && x[i - 1] == 0) {
                i--;
            }
        } else if (t == byte.class) {
            byte[] x = (byte[]) a;
            while (i > 0 && x[i - 1] == 0) {
                i--;
            }
        } else if (t == double.class) {
            double[] x = (double[]) a;
            while (i > 0 && Double.doubleToRawLongBits(x[i - 1]) == 0) {
                i--;
            }
        } else if (t == boolean.class) {
            boolean[] x = (boolean[]) a;
            while (i > 0 && !x[i - 1]) {
                i--;
            }
        }
        return i;
    }

    /** Bytes of {@code b} up to its last non-zero byte (8-byte steps, then single bytes). */
    private static long usedBytes(ArrowBuf b) {
        long i = b.capacity();
        while (i >= 8 && b.getLong(i - 8) == 0) {
            i -= 8;
        }
        while (i > 0 && b.getByte(i - 1) == 0) {
            i--;
        }
        return i;
    }

    private static int code(Class<?> t) {
        return "JIDBSFCZ".indexOf(t == long.class ? 'J' : t == int.class ? 'I' : t == double.class ? 'D'
                : t == byte.class ? 'B' : t == short.class ? 'S' : t == float.class ? 'F' : t == char.class ? 'C' : 'Z');
    }

    private static Class<?> primitiveOf(int code) {
        return new Class<?>[] {long.class, int.class, double.class, byte.class, short.class, float.class, char.class,
            boolean.class}[code];
    }

    private static int width(Class<?> t) {
        return t == long.class || t == double.class ? 8 : t == int.class || t == float.class ? 4
                : t == short.class || t == char.class ? 2 : 1;
    }

    private static sun.misc.Unsafe unsafe() {
        try {
            Field f = sun.misc.Unsafe.class.getDeclaredField("theUnsafe");
            f.setAccessible(true);
            return (sun.misc.Unsafe) f.get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("no Unsafe for checkpoint restore", e);
        }
    }
}
