package com.gridwall.replay.history;

import com.gridwall.feed.decode.BatchValidator;
import com.gridwall.feed.decode.Rejection;
import com.gridwall.feed.decode.ValidatedBatch;
import com.gridwall.replay.journal.JournalWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.ipc.ArrowFileReader;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.arrow.vector.ipc.ArrowStreamReader;

/**
 * Journals a history file made elsewhere: an Arrow IPC stream or file in the event schema
 * (docs/event-schema.md). Rows pass the feed's validator, so imported history obeys the same rules
 * as live events; malformed rows are left out and reported with file, batch, seq, row and field;
 * a wrong schema refuses the file before anything is written. Stateless.
 */
public final class ArrowHistoryImport {
    private static final int MAX_PROBLEMS = 20;
    private static final byte[] FILE_MAGIC = {'A', 'R', 'R', 'O', 'W', '1'};

    private ArrowHistoryImport() {
    }

    public static ImportReport importFile(Path file, JournalWriter journal, BufferAllocator allocator) throws IOException {
        BatchValidator validator = new BatchValidator(allocator);
        List<String> problems = new ArrayList<>();
        long batches = 0;
        long accepted = 0;
        long stale = 0;
        long rejected = 0;
        try (Opened o = open(file, allocator)) {
            ArrowReader reader = o.reader;
            while (loadNext(reader, file, batches)) {
                batches++;
                try (ValidatedBatch v = validator.validate(reader.getVectorSchemaRoot(), journal.lastSeq(), true)) {
                    for (Rejection r : v.examples()) {
                        if (r.seq() < 0 && r.row() < 0) {
                            throw new IllegalArgumentException(file + ": batch " + batches + ": " + r.reason());
                        }
                        if (problems.size() < MAX_PROBLEMS) {
                            problems.add(file.getFileName() + " batch " + batches + ": " + r);
                        }
                    }
                    rejected += v.rejected();
                    stale += v.stale();
                    if (v.root() != null && v.accepted() > 0) {
                        journal.append(v.root());
                        accepted += v.accepted();
                    }
                }
            }
        }
        return new ImportReport(file.toString(), batches, accepted, stale, rejected, problems, journal.lastSeq());
    }

    private static boolean loadNext(ArrowReader reader, Path file, long batches) throws IOException {
        try {
            return reader.loadNextBatch();
        } catch (IOException | RuntimeException e) {
            throw new IOException(file + ": unreadable after batch " + batches + ": " + e.getMessage(), e);
        }
    }

    /** Holds the reader and what it reads from, closed together. */
    private static final class Opened implements AutoCloseable {
        final ArrowReader reader;
        final AutoCloseable source;

        Opened(ArrowReader reader, AutoCloseable source) {
            this.reader = reader;
            this.source = source;
        }

        @Override
        public void close() throws IOException {
            try {
                reader.close();
                source.close();
            } catch (IOException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException(e);
            }
        }
    }

    private static Opened open(Path file, BufferAllocator allocator) throws IOException {
        byte[] head = new byte[6];
        try (InputStream in = Files.newInputStream(file)) {
            int n = in.readNBytes(head, 0, head.length);
            if (n == 0) {
                throw new IllegalArgumentException(file + ": empty file, expected an Arrow IPC stream or file");
            }
        }
        if (Arrays.equals(head, FILE_MAGIC)) {
            SeekableByteChannel ch = Files.newByteChannel(file);
            return new Opened(new ArrowFileReader(ch, allocator), ch);
        }
        InputStream in = Files.newInputStream(file);
        return new Opened(new ArrowStreamReader(in, allocator), in);
    }
}
