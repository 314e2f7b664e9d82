package com.gridwall.replay.checkpoint;

import com.gridwall.replay.seek.ReplayTime;
import com.gridwall.replay.seek.StoreFactory;
import com.gridwall.store.EventStore;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;
import org.apache.arrow.memory.BufferAllocator;

/**
 * Checkpoints in the store's own format ({@link EventStore#checkpoint}, {@link EventStore#restore}:
 * Arrow IPC streams of incidents, recent events and the retained log; aggregates rebuilt on
 * import), followed by a 16-byte trailer: length of the store part (int64 LE), its CRC32C (int32
 * LE) and the magic {@code GWSC}. Read into a trusted-input replay store (no dedup index: the
 * journal holds accepted events only). The default codec: owned by the store, compact,
 * independent of its field layout.
 * <p>The trailer is checked before anything is built: a file cut short, a flipped byte (Arrow
 * IPC has no checksum of its own) or a file without the trailer (another codec, or a checkpoint
 * written before the trailer existed) is refused with an {@link IOException} naming the file.
 * Stateless and thread-safe.
 */
public final class StoreCheckpointCodec implements StoreStateCodec {
    private static final int MAGIC = 0x43535747; // "GWSC" as little-endian bytes
    private static final int TRAILER = 16;

    @Override
    public void write(EventStore store, Path file) throws IOException {
        CRC32C crc = new CRC32C();
        try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            CountingCrc body = new CountingCrc(raw, crc);
            store.checkpoint(body);
            body.flush();
            ByteBuffer t = ByteBuffer.allocate(TRAILER).order(ByteOrder.LITTLE_ENDIAN);
            t.putLong(body.count).putInt((int) crc.getValue()).putInt(MAGIC);
            raw.write(t.array());
        }
    }

    @Override
    public EventStore read(Path file, BufferAllocator allocator, StoreFactory factory, ReplayTime time) throws IOException {
        long length = verify(file);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            // the store part only: the reader must not run into the trailer
            return EventStore.restoreTrusted(new com.gridwall.feed.file.LimitedInputStream(in, length), allocator, factory.units(), factory.resolver(),
                    time, factory.config());
        } catch (IOException | RuntimeException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    /** Checks the trailer and the checksum of the store part; returns its length. */
    private static long verify(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size < TRAILER) {
                throw new IOException(file + ": not a store checkpoint (" + size + " bytes, no trailer)");
            }
            ByteBuffer t = ByteBuffer.allocate(TRAILER).order(ByteOrder.LITTLE_ENDIAN);
            ch.read(t, size - TRAILER);
            t.flip();
            long length = t.getLong();
            int want = t.getInt();
            if (t.getInt() != MAGIC) {
                throw new IOException(file + ": not a store checkpoint with a checksum trailer (cut short, written by"
                        + " another codec, or by a version before the trailer): rebuild the checkpoints");
            }
            if (length != size - TRAILER) {
                throw new IOException(file + ": trailer says " + length + " bytes of state, the file holds "
                        + (size - TRAILER) + " (truncated or corrupt)");
            }
            CRC32C crc = new CRC32C();
            ByteBuffer buf = ByteBuffer.allocateDirect(1 << 20);
            for (long pos = 0; pos < length; ) {
                buf.clear().limit((int) Math.min(buf.capacity(), length - pos));
                int n = ch.read(buf, pos);
                if (n <= 0) {
                    throw new IOException(file + ": unexpected end at byte " + pos);
                }
                buf.flip();
                crc.update(buf);
                pos += n;
            }
            if ((int) crc.getValue() != want) {
                throw new IOException(file + ": checkpoint checksum mismatch (corrupt)");
            }
            return length;
        }
    }

    /** The store part on its way out: counted and checksummed; closing leaves the file open for the trailer. */
    private static final class CountingCrc extends CheckedOutputStream {
        long count;

        CountingCrc(OutputStream out, CRC32C crc) {
            super(out, crc);
        }

        @Override
        public void write(int b) throws IOException {
            super.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            super.write(b, off, len);
            count += len;
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
