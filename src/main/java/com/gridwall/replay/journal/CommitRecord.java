package com.gridwall.replay.journal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.zip.CRC32C;

/**
 * The commit record of one journaled batch, written to the segment's {@code .commit} file only
 * after the batch bytes are synced. A batch without a valid record is not part of the journal,
 * whatever the Arrow stream itself says. Fixed size, little-endian, self-checked by its own CRC32C
 * so a torn record is recognised. Immutable.
 *
 * @param offset   byte offset of the batch message in the segment's {@code .arrows} file
 * @param length   length of the batch message (metadata and body)
 * @param firstSeq seq of the first row
 * @param lastSeq  seq of the last row
 * @param count    number of rows
 * @param minTs    smallest event time in the batch (epoch ms)
 * @param maxTs    largest event time in the batch (epoch ms)
 * @param crc      CRC32C of the batch message bytes
 */
public record CommitRecord(long offset, int length, long firstSeq, long lastSeq, int count,
                           long minTs, long maxTs, int crc) {
    /** Bytes of one record on disk. */
    public static final int SIZE = 64;
    static final int MAGIC = 0x434A5747; // "GWJC" little-endian

    public long end() {
        return offset + length;
    }

    byte[] encode() {
        ByteBuffer b = ByteBuffer.allocate(SIZE).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(MAGIC).putInt(SIZE).putLong(offset).putInt(length).putLong(firstSeq).putLong(lastSeq)
                .putInt(count).putLong(minTs).putLong(maxTs).putInt(crc);
        CRC32C c = new CRC32C();
        c.update(b.array(), 0, b.position());
        b.putInt((int) c.getValue());
        return b.array();
    }

    /** Decodes the record at {@code pos} of {@code bytes}, or returns null when it is torn or not a record. */
    static CommitRecord decode(byte[] bytes, int pos) {
        if (pos + SIZE > bytes.length) {
            return null;
        }
        ByteBuffer b = ByteBuffer.wrap(bytes, pos, SIZE).order(ByteOrder.LITTLE_ENDIAN);
        if (b.getInt() != MAGIC || b.getInt() != SIZE) {
            return null;
        }
        long offset = b.getLong();
        int length = b.getInt();
        long firstSeq = b.getLong();
        long lastSeq = b.getLong();
        int count = b.getInt();
        long minTs = b.getLong();
        long maxTs = b.getLong();
        int crc = b.getInt();
        int used = b.position() - pos;
        CRC32C c = new CRC32C();
        c.update(bytes, pos, used);
        if ((int) c.getValue() != b.getInt()) {
            return null;
        }
        return new CommitRecord(offset, length, firstSeq, lastSeq, count, minTs, maxTs, crc);
    }
}
