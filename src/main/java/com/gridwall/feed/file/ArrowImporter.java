package com.gridwall.feed.file;

import com.gridwall.feed.decode.BatchValidator;
import com.gridwall.feed.decode.SchemaCheck;
import com.gridwall.store.EventSink;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
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
 * from the first bytes. Batches are validated like the live feed (without seq-order checks) and
 * applied as they are read, so a bad row or a truncated tail never costs what came before.
 * Stateless; each call uses the calling thread.
 */
public final class ArrowImporter {
    private static final byte[] MAGIC = "ARROW1".getBytes(StandardCharsets.US_ASCII);

    private ArrowImporter() {
    }

    public static ImportReport importFile(Path file, EventSink sink, BufferAllocator parent) throws IOException {
        try (BufferAllocator allocator = parent.newChildAllocator("import-arrow", 0, Long.MAX_VALUE)) {
            ImportTally tally = new ImportTally(file.getFileName().toString(), sink);
            byte[] head = new byte[6];
            try (InputStream in = Files.newInputStream(file)) {
                int n = in.readNBytes(head, 0, 6);
                head = Arrays.copyOf(head, n);
            }
            if (Arrays.equals(head, MAGIC)) {
                try (SeekableByteChannel ch = Files.newByteChannel(file);
                     ArrowFileReader reader = new ArrowFileReader(new SeekableReadChannel(ch), allocator)) {
                    read(reader, tally, allocator);
                } catch (IOException | RuntimeException e) {
                    tally.fatal("not a readable Arrow IPC file: " + e.getMessage());
                }
            } else {
                try (InputStream in = Files.newInputStream(file);
                     ArrowStreamReader reader = new ArrowStreamReader(in, allocator)) {
                    read(reader, tally, allocator);
                } catch (IOException | RuntimeException e) {
                    tally.fatal("not a readable Arrow IPC stream: " + e.getMessage());
                }
            }
            return tally.report();
        }
    }

    /**
     * Decodes IPC bytes (stream or file format) into the sink; never throws on bad bytes, reports
     * them. The entry point the decoder fuzz test drives.
     */
    public static ImportReport importBytes(String name, byte[] bytes, EventSink sink, BufferAllocator parent) {
        try (BufferAllocator allocator = parent.newChildAllocator("import-bytes", 0, Long.MAX_VALUE)) {
            ImportTally tally = new ImportTally(name, sink);
            boolean file = bytes.length >= 6 && Arrays.equals(Arrays.copyOf(bytes, 6), MAGIC);
            try (ArrowReader reader = file
                    ? new ArrowFileReader(new ByteArrayReadableSeekableByteChannel(bytes), allocator)
                    : new ArrowStreamReader(Channels.newChannel(new ByteArrayInputStream(bytes)), allocator)) {
                read(reader, tally, allocator);
            } catch (IOException | RuntimeException e) {
                tally.fatal("not readable Arrow IPC: " + e);
            }
            return tally.report();
        }
    }

    private static void read(ArrowReader reader, ImportTally tally, BufferAllocator allocator) throws IOException {
        VectorSchemaRoot root = reader.getVectorSchemaRoot();
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
