package com.gridwall.feed.file;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SeekableByteChannel;
import java.util.List;
import org.apache.arrow.flatbuf.Buffer;
import org.apache.arrow.flatbuf.DictionaryBatch;
import org.apache.arrow.flatbuf.Message;
import org.apache.arrow.flatbuf.MessageHeader;
import org.apache.arrow.flatbuf.RecordBatch;
import org.apache.arrow.vector.ipc.message.ArrowBlock;

/**
 * Checks IPC framing before Arrow reads it: Arrow allocates whatever a length prefix says, so a
 * corrupt or hostile prefix could demand gigabytes of heap for a five-byte file. Every declared
 * length is checked against the bytes actually left. Stateless.
 */
final class IpcFraming {
    private static final int CONTINUATION = 0xFFFFFFFF;

    /** The first bad spot of a stream, or none. */
    record Verdict(long validBytes, String problem) {
    }

    private IpcFraming() {
    }

    /** Walks the messages of an IPC stream; returns how many leading bytes are whole, sound messages. */
    static Verdict scanStream(SeekableByteChannel ch) throws IOException {
        long size = ch.size();
        long pos = 0;
        ByteBuffer word = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
        boolean first = true;
        while (pos < size) {
            long start = pos;
            if (size - pos < 4) {
                return new Verdict(start, "truncated message header at byte " + start);
            }
            int len = readInt(ch, pos, word);
            pos += 4;
            if (len == CONTINUATION) {
                if (size - pos < 4) {
                    return new Verdict(start, "truncated message header at byte " + start);
                }
                len = readInt(ch, pos, word);
                pos += 4;
            }
            if (len == 0) {
                return new Verdict(size, null); // end-of-stream marker
            }
            if (len < 0 || len > size - pos) {
                return new Verdict(start, "message at byte " + start + " declares " + Integer.toUnsignedLong(len)
                        + " metadata bytes but only " + (size - pos) + " remain");
            }
            ByteBuffer meta = ByteBuffer.allocate(len).order(ByteOrder.LITTLE_ENDIAN);
            ch.position(pos);
            while (meta.hasRemaining() && ch.read(meta) > 0) {
                // fill
            }
            meta.flip();
            long body;
            try {
                Message m = Message.getRootAsMessage(meta);
                body = m.bodyLength();
                String bad = first ? schemaProblem(m) : batchProblem(m, false);
                if (bad == null) {
                    bad = bufferProblem(m, body);
                }
                if (bad != null) {
                    return new Verdict(start, "message at byte " + start + ": " + bad);
                }
            } catch (RuntimeException e) {
                return new Verdict(start, "message at byte " + start + " has unreadable metadata");
            }
            pos += len;
            if (body < 0 || body > size - pos) {
                return new Verdict(start, "message at byte " + start + " declares a body of " + body
                        + " bytes but only " + (size - pos) + " remain");
            }
            pos += body;
            first = false;
        }
        return new Verdict(size, null);
    }

    /** The stream must open with a schema message without body (Arrow leaks a body it does not expect). */
    private static String schemaProblem(Message m) {
        if (m.headerType() != MessageHeader.Schema) {
            return "the stream does not start with a schema (header type " + m.headerType() + ")";
        }
        return m.bodyLength() == 0 ? null : "the schema message carries a body of " + m.bodyLength() + " bytes";
    }

    /** After the schema only record and dictionary batches, uncompressed, may follow. */
    private static String batchProblem(Message m, boolean dictionaryExpected) {
        byte type = m.headerType();
        if (type != MessageHeader.RecordBatch && type != MessageHeader.DictionaryBatch
                || dictionaryExpected && type != MessageHeader.DictionaryBatch) {
            return "unexpected message header type " + type;
        }
        RecordBatch batch = type == MessageHeader.RecordBatch
                ? (RecordBatch) m.header(new RecordBatch())
                : ((DictionaryBatch) m.header(new DictionaryBatch())).data();
        if (batch != null && batch.compression() != null) {
            return "compressed record batches are not supported";
        }
        return null;
    }

    /**
     * Null when every buffer a batch message declares lies inside its body. Arrow Java 19 leaks the
     * body buffer when a slice falls outside it (found by the fuzz test), so it is checked here.
     */
    static String bufferProblem(Message m, long body) {
        RecordBatch batch = null;
        if (m.headerType() == MessageHeader.RecordBatch) {
            batch = (RecordBatch) m.header(new RecordBatch());
        } else if (m.headerType() == MessageHeader.DictionaryBatch) {
            DictionaryBatch d = (DictionaryBatch) m.header(new DictionaryBatch());
            batch = d == null ? null : d.data();
        }
        if (batch == null) {
            return null;
        }
        if (batch.length() < 0 || batch.length() > Integer.MAX_VALUE) {
            return "batch length " + batch.length() + " is out of range";
        }
        for (int i = 0; i < batch.nodesLength(); i++) {
            org.apache.arrow.flatbuf.FieldNode node = batch.nodes(i);
            if (node.length() < 0 || node.length() > Integer.MAX_VALUE || node.nullCount() < 0 || node.nullCount() > node.length()) {
                return "field node " + i + " (length " + node.length() + ", nulls " + node.nullCount() + ") is out of range";
            }
        }
        for (int i = 0; i < batch.buffersLength(); i++) {
            Buffer b = batch.buffers(i);
            if (b.offset() < 0 || b.length() < 0 || b.offset() + b.length() > body) {
                return "buffer " + i + " (offset " + b.offset() + ", length " + b.length()
                        + ") lies outside the message body of " + body + " bytes";
            }
        }
        return null;
    }

    /** Checks the batch message at each block of an IPC file, as {@link #scanStream} does for streams. */
    static String checkBlockMessages(SeekableByteChannel ch, List<ArrowBlock> blocks, boolean dictionaries)
            throws IOException {
        ByteBuffer word = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < blocks.size(); i++) {
            ArrowBlock b = blocks.get(i);
            long pos = b.getOffset();
            int prefix = readInt(ch, pos, word);
            int skip = 4;
            if (prefix == CONTINUATION) {
                prefix = readInt(ch, pos + 4, word);
                skip = 8;
            }
            if (prefix < 0 || prefix + skip > b.getMetadataLength()) {
                return "block " + i + " declares " + prefix + " metadata bytes, more than its " + b.getMetadataLength();
            }
            ByteBuffer meta = ByteBuffer.allocate(prefix).order(ByteOrder.LITTLE_ENDIAN);
            ch.position(pos + skip);
            while (meta.hasRemaining() && ch.read(meta) > 0) {
                // fill
            }
            meta.flip();
            try {
                Message m = Message.getRootAsMessage(meta);
                String wrongType = batchProblem(m, dictionaries);
                if (wrongType != null) {
                    return "block " + i + ": " + wrongType;
                }
                if (m.headerType() == MessageHeader.DictionaryBatch && !dictionaries) {
                    return "block " + i + " is a dictionary batch among the record batches";
                }
                if (m.bodyLength() != b.getBodyLength()) {
                    return "block " + i + " body length " + m.bodyLength() + " differs from the footer's " + b.getBodyLength();
                }
                String bad = bufferProblem(m, m.bodyLength());
                if (bad != null) {
                    return "block " + i + ": " + bad;
                }
            } catch (RuntimeException e) {
                return "block " + i + " has unreadable metadata";
            }
        }
        return null;
    }

    /** Null when every block of an IPC file lies inside the file, else what does not. */
    static String checkBlocks(List<ArrowBlock> blocks, long size) {
        for (int i = 0; i < blocks.size(); i++) {
            ArrowBlock b = blocks.get(i);
            if (b.getOffset() < 0 || b.getMetadataLength() < 0 || b.getBodyLength() < 0
                    || b.getOffset() + b.getMetadataLength() + b.getBodyLength() > size) {
                return "block " + i + " (offset " + b.getOffset() + ", " + b.getMetadataLength() + "+" + b.getBodyLength()
                        + " bytes) lies outside the file of " + size + " bytes";
            }
        }
        return null;
    }

    private static int readInt(SeekableByteChannel ch, long pos, ByteBuffer word) throws IOException {
        word.clear();
        ch.position(pos);
        while (word.hasRemaining() && ch.read(word) > 0) {
            // fill
        }
        return word.getInt(0);
    }
}
