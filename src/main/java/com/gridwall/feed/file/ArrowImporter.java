package com.gridwall.feed.file;

import com.gridwall.feed.decode.BatchValidator;
import com.gridwall.feed.decode.SchemaCheck;
import com.gridwall.store.EventSink;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowFileReader;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.arrow.vector.ipc.ArrowStreamReader;
import org.apache.arrow.vector.ipc.SeekableReadChannel;
import org.apache.arrow.vector.util.ByteArrayReadableSeekableByteChannel;

/**
 * Imports event history from Arrow IPC, file format ("ARROW1" magic) or stream format, detected
 * from the first bytes. Framing is checked first ({@link IpcFraming}), then batches are validated
 * like the live feed (without seq-order checks) and applied as they are read, so a bad row or a
 * truncated tail never costs what came before. Stateless; each call uses the calling thread.
 */
public final class ArrowImporter {
    private static final byte[] MAGIC = "ARROW1".getBytes(StandardCharsets.US_ASCII);

    private ArrowImporter() {
    }

    public static ImportReport importFile(Path file, EventSink sink, BufferAllocator parent) throws IOException {
        try (SeekableByteChannel ch = Files.newByteChannel(file)) {
            return importChannel(file.getFileName().toString(), ch, sink, parent);
        }
    }

    /**
     * Decodes IPC bytes (stream or file format) into the sink; never throws on bad bytes, reports
     * them. The entry point the decoder fuzz test drives.
     */
    public static ImportReport importBytes(String name, byte[] bytes, EventSink sink, BufferAllocator parent) {
        try {
            return importChannel(name, new ByteArrayReadableSeekableByteChannel(bytes), sink, parent);
        } catch (IOException e) {
            throw new IllegalStateException("reading a byte array cannot fail", e);
        }
    }

    /**
     * Decoded Arrow data is never much larger than its IPC bytes, but a corrupt length can still
     * ask for a lot: cap the import's memory so such a file fails fast with an error instead.
     */
    static long memoryLimit(long inputBytes) {
        return 64L * 1024 * 1024 + 8 * inputBytes;
    }

    private static ImportReport importChannel(String name, SeekableByteChannel ch, EventSink sink, BufferAllocator parent)
            throws IOException {
        long size = ch.size();
        ImportTally tally = new ImportTally(name, sink);
        try (BufferAllocator allocator = parent.newChildAllocator("import-arrow", 0, memoryLimit(size))) {
            ByteBuffer head = ByteBuffer.allocate(6);
            while (head.hasRemaining() && ch.read(head) > 0) {
                // fill
            }
            ch.position(0);
            if (head.position() == 6 && Arrays.equals(head.array(), MAGIC)) {
                readFileFormat(ch, size, tally, allocator);
            } else {
                readStreamFormat(ch, tally, allocator);
            }
        }
        return tally.report();
    }

    private static void readFileFormat(SeekableByteChannel ch, long size, ImportTally tally, BufferAllocator allocator) {
        try {
            // the footer length sits just before the closing magic; check it before Arrow allocates it
            if (size < 18) {
                tally.fatal("not a readable Arrow IPC file: only " + size + " bytes");
                return;
            }
            ByteBuffer word = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
            ch.position(size - 10);
            while (word.hasRemaining() && ch.read(word) > 0) {
                // fill
            }
            int footer = word.getInt(0);
            if (footer <= 0 || footer > size - 18) {
                tally.fatal("not a readable Arrow IPC file: footer length " + footer + " does not fit in " + size + " bytes");
                return;
            }
            ch.position(0);
            try (ArrowFileReader reader = new ArrowFileReader(new SeekableReadChannel(ch), allocator)) {
                VectorSchemaRoot root = reader.getVectorSchemaRoot();
                String problem = IpcFraming.checkBlocks(reader.getRecordBlocks(), size);
                if (problem == null) {
                    problem = IpcFraming.checkBlocks(reader.getDictionaryBlocks(), size);
                }
                if (problem == null) {
                    problem = IpcFraming.checkBlockMessages(ch, reader.getRecordBlocks(), false);
                }
                if (problem == null) {
                    problem = IpcFraming.checkBlockMessages(ch, reader.getDictionaryBlocks(), true);
                }
                if (problem != null) {
                    tally.fatal("not a readable Arrow IPC file: " + problem);
                    return;
                }
                read(reader, root, tally, allocator);
            }
        } catch (IOException | RuntimeException e) {
            tally.fatal("not a readable Arrow IPC file: " + e.getMessage());
        }
    }

    private static void readStreamFormat(SeekableByteChannel ch, ImportTally tally, BufferAllocator allocator) {
        IpcFraming.Verdict v;
        try {
            v = IpcFraming.scanStream(ch);
            ch.position(0);
        } catch (IOException e) {
            tally.fatal("not a readable Arrow IPC stream: " + e.getMessage());
            return;
        }
        // read the sound prefix; what follows a bad frame is reported, not guessed at
        try (ArrowStreamReader reader = new ArrowStreamReader(
                new LimitedInputStream(Channels.newInputStream(ch), v.validBytes()), allocator)) {
            read(reader, reader.getVectorSchemaRoot(), tally, allocator);
        } catch (IOException | RuntimeException e) {
            // a framing problem explains the failure better than the reader's complaint about it
            tally.fatal("not a readable Arrow IPC stream: " + (v.problem() != null ? v.problem() : e.getMessage()));
            return;
        }
        if (v.problem() != null) {
            tally.fatal("not a readable Arrow IPC stream: " + v.problem());
        }
    }

    private static void read(ArrowReader reader, VectorSchemaRoot root, ImportTally tally, BufferAllocator allocator)
            throws IOException {
        String problem = SchemaCheck.problem(root.getSchema());
        if (problem != null) {
            tally.fatal("schema: " + problem);
            return;
        }
        BatchValidator validator = BatchValidator.unordered(allocator);
        long firstRow = 1;
        while (reader.loadNextBatch()) {
            int n = root.getRowCount();
            long[] rowNumbers = new long[n];
            for (int r = 0; r < n; r++) {
                rowNumbers[r] = firstRow + r;
            }
            tally.rows += n;
            tally.apply(validator.validate(root, -1, true), rowNumbers);
            firstRow += n;
        }
    }
}
