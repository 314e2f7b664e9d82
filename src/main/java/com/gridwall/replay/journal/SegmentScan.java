package com.gridwall.replay.journal;

import com.gridwall.store.EventSchema;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Reads one segment's commit file and checks every record against the data file: records must be
 * whole (own CRC), contiguous, in seq order, and their bytes present; with {@code verify} the
 * batch bytes must match the record's CRC32C. Stops at the first failure: everything before it is
 * the committed segment, the failure and everything after it is the tail. Stateless.
 */
final class SegmentScan {
    /**
     * @param kept     the committed records
     * @param dataEnd  where the committed data ends (0 when no record is kept)
     * @param problem  why the scan stopped early, or null when every record passed
     */
    record Result(SegmentIndex segment, List<CommitRecord> kept, long dataEnd, long dataSize, long commitSize,
                  String problem, boolean sealed) {
        /** Nothing to cut: every record valid, no bytes after the last batch but a whole end-of-stream marker. */
        boolean clean() {
            return problem == null && (dataSize == dataEnd || sealed)
                    && commitSize == (long) kept.size() * CommitRecord.SIZE;
        }
    }

    private SegmentScan() {
    }

    static Result scan(Path dir, long id, boolean verify) throws IOException {
        Path data = dir.resolve(SegmentIndex.dataName(id));
        Path commit = dir.resolve(SegmentIndex.commitName(id));
        byte[] commits = Files.exists(commit) ? Files.readAllBytes(commit) : new byte[0];
        long dataSize = Files.exists(data) ? Files.size(data) : 0;
        List<CommitRecord> kept = new ArrayList<>();
        String problem = null;
        try (FileChannel ch = dataSize > 0 ? FileChannel.open(data, StandardOpenOption.READ) : null) {
            long prevEnd = -1;
            long prevSeq = Long.MIN_VALUE;
            for (int pos = 0; pos < commits.length; pos += CommitRecord.SIZE) {
                String where = commit.getFileName() + " record " + (pos / CommitRecord.SIZE) + " (byte " + pos + ")";
                CommitRecord r = CommitRecord.decode(commits, pos);
                if (r == null) {
                    problem = where + ": torn or invalid commit record";
                    break;
                }
                if (r.end() > dataSize) {
                    problem = where + ": batch bytes " + r.offset() + ".." + r.end() + " missing, "
                            + data.getFileName() + " has " + dataSize + " bytes (seq " + r.firstSeq() + ".." + r.lastSeq() + ")";
                    break;
                }
                if (prevEnd < 0) {
                    String bad = checkSchema(ch, r.offset());
                    if (bad != null) {
                        problem = data.getFileName() + ": " + bad;
                        break;
                    }
                } else if (r.offset() != prevEnd) {
                    problem = where + ": batch at " + r.offset() + " does not follow the previous one ending at " + prevEnd;
                    break;
                }
                if (r.count() <= 0 || r.firstSeq() > r.lastSeq() || r.firstSeq() <= prevSeq) {
                    problem = where + ": seq " + r.firstSeq() + ".." + r.lastSeq() + " out of order after " + prevSeq;
                    break;
                }
                if (verify) {
                    byte[] bytes = readFully(ch, r.offset(), r.length());
                    if (BatchCodec.crc(bytes, 0, bytes.length) != r.crc()) {
                        problem = data.getFileName() + " at byte " + r.offset() + ": checksum mismatch for seq "
                                + r.firstSeq() + ".." + r.lastSeq();
                        break;
                    }
                }
                kept.add(r);
                prevEnd = r.end();
                prevSeq = r.lastSeq();
            }
            long dataEnd = kept.isEmpty() ? 0 : kept.get(kept.size() - 1).end();
            boolean sealed = !kept.isEmpty() && dataSize == dataEnd + BatchCodec.END_OF_STREAM.length
                    && java.util.Arrays.equals(readFully(ch, dataEnd, BatchCodec.END_OF_STREAM.length), BatchCodec.END_OF_STREAM);
            return new Result(SegmentIndex.of(dir, id, kept), kept, dataEnd, dataSize, commits.length, problem, sealed);
        }
    }

    private static String checkSchema(FileChannel ch, long length) throws IOException {
        if (length <= 0 || length > (1 << 20)) {
            return "implausible schema length " + length;
        }
        try {
            Schema s = BatchCodec.readSchema(readFully(ch, 0, (int) length));
            if (!s.getFields().equals(EventSchema.SCHEMA.getFields())) {
                return "not the event schema v" + EventSchema.VERSION + ": " + s;
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return "unreadable schema message: " + e.getMessage();
        }
    }

    static byte[] readFully(FileChannel ch, long offset, int length) throws IOException {
        return readFully(ch, offset, length, new byte[length]);
    }

    /** Reads {@code length} bytes at {@code offset} into the start of {@code into} (at least that long). */
    static byte[] readFully(FileChannel ch, long offset, int length, byte[] into) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(into, 0, length);
        while (b.hasRemaining()) {
            int n = ch.read(b, offset + b.position());
            if (n < 0) {
                throw new IOException("unexpected end of file at " + (offset + b.position()));
            }
        }
        return b.array();
    }

    /** The ids of all segments in {@code dir}, ascending. */
    static List<Long> ids(Path dir) throws IOException {
        List<Long> ids = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return ids;
        }
        try (var s = Files.list(dir)) {
            s.forEach(p -> {
                long id = SegmentIndex.idOf(p.getFileName().toString());
                if (id >= 0) {
                    ids.add(id);
                }
            });
        }
        ids.sort(null);
        return ids;
    }
}
