package com.gridwall.replay.journal;

import com.gridwall.store.EventSchema;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.util.zip.CRC32C;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorLoader;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.VectorUnloader;
import org.apache.arrow.vector.ipc.ReadChannel;
import org.apache.arrow.vector.ipc.WriteChannel;
import org.apache.arrow.vector.ipc.message.ArrowRecordBatch;
import org.apache.arrow.vector.ipc.message.MessageSerializer;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Arrow IPC stream messages as byte arrays: the schema message that opens a segment, one record
 * batch message per journaled batch, and the end-of-stream marker. Working on bytes lets the
 * writer checksum exactly what lands on disk and lets the reader jump to any batch by offset.
 * Stateless and thread-safe.
 */
final class BatchCodec {
    /** Arrow's end-of-stream marker: continuation token then a zero length. */
    static final byte[] END_OF_STREAM = {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0, 0, 0, 0};

    private BatchCodec() {
    }

    static byte[] schemaMessage() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        try (WriteChannel ch = new WriteChannel(Channels.newChannel(out))) {
            MessageSerializer.serialize(ch, EventSchema.SCHEMA);
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise the event schema", e);
        }
        return out.toByteArray();
    }

    static byte[] batchMessage(VectorSchemaRoot root) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + root.getRowCount() * 96);
        try (WriteChannel ch = new WriteChannel(Channels.newChannel(out));
             ArrowRecordBatch batch = new VectorUnloader(root).getRecordBatch()) {
            MessageSerializer.serialize(ch, batch);
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise a batch", e);
        }
        return out.toByteArray();
    }

    /** Loads one batch message into {@code root} (which must be in the event schema). */
    static void load(byte[] message, VectorSchemaRoot root, BufferAllocator allocator) throws IOException {
        load(message, message.length, root, allocator);
    }

    /** As above, from the first {@code length} bytes of {@code message} (a reused read buffer). */
    static void load(byte[] message, int length, VectorSchemaRoot root, BufferAllocator allocator) throws IOException {
        ReadChannel ch = new ReadChannel(Channels.newChannel(new ByteArrayInputStream(message, 0, length)));
        try (ArrowRecordBatch batch = MessageSerializer.deserializeRecordBatch(ch, allocator)) {
            if (batch == null) {
                throw new IOException("no record batch in the message");
            }
            new VectorLoader(root).load(batch);
        }
    }

    /** Reads the schema message at the start of a segment; throws when it is not the event schema. */
    static Schema readSchema(byte[] bytes) throws IOException {
        ReadChannel ch = new ReadChannel(Channels.newChannel(new ByteArrayInputStream(bytes)));
        return MessageSerializer.deserializeSchema(ch);
    }

    static int crc(byte[] bytes, int off, int len) {
        CRC32C c = new CRC32C();
        c.update(bytes, off, len);
        return (int) c.getValue();
    }
}
