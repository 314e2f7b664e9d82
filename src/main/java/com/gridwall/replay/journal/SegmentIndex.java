package com.gridwall.replay.journal;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The committed batches of one segment: its files and its commit records, in order. Immutable.
 * A segment is an Arrow IPC stream file {@code segment-NNNNNNNNNNNN.arrows} (schema message, then
 * one record batch message per journaled batch, the end-of-stream marker once sealed) beside its
 * commit file {@code segment-NNNNNNNNNNNN.commit} (one {@link CommitRecord} per batch).
 */
public record SegmentIndex(long id, Path data, Path commit, List<CommitRecord> records) {
    private static final Pattern NAME = Pattern.compile("segment-(\\d{12})\\.arrows");

    public SegmentIndex {
        records = List.copyOf(records);
    }

    static String dataName(long id) {
        return String.format("segment-%012d.arrows", id);
    }

    static String commitName(long id) {
        return String.format("segment-%012d.commit", id);
    }

    /** The segment id of a data file name, or -1 when the name is not a segment's. */
    static long idOf(String fileName) {
        Matcher m = NAME.matcher(fileName);
        return m.matches() ? Long.parseLong(m.group(1)) : -1;
    }

    static SegmentIndex of(Path dir, long id, List<CommitRecord> records) {
        return new SegmentIndex(id, dir.resolve(dataName(id)), dir.resolve(commitName(id)), records);
    }

    public boolean isEmpty() {
        return records.isEmpty();
    }

    public long firstSeq() {
        return records.get(0).firstSeq();
    }

    public long lastSeq() {
        return records.get(records.size() - 1).lastSeq();
    }

    public long minTs() {
        long m = Long.MAX_VALUE;
        for (CommitRecord r : records) {
            m = Math.min(m, r.minTs());
        }
        return m;
    }

    public long maxTs() {
        long m = Long.MIN_VALUE;
        for (CommitRecord r : records) {
            m = Math.max(m, r.maxTs());
        }
        return m;
    }

    public long eventCount() {
        long n = 0;
        for (CommitRecord r : records) {
            n += r.count();
        }
        return n;
    }

    /** Bytes of committed data (schema and batches) plus commit records. */
    public long bytes() {
        return records.isEmpty() ? 0 : records.get(records.size() - 1).end() + (long) records.size() * CommitRecord.SIZE;
    }

    SegmentIndex plus(CommitRecord r) {
        List<CommitRecord> l = new java.util.ArrayList<>(records.size() + 1);
        l.addAll(records);
        l.add(r);
        return new SegmentIndex(id, data, commit, l);
    }
}
