package com.gridwall.replay.history;

import com.gridwall.feed.file.ArrowImporter;
import com.gridwall.feed.file.CsvImporter;
import com.gridwall.feed.file.ImportReport;
import com.gridwall.replay.journal.JournalConfig;
import com.gridwall.replay.journal.JournalWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.arrow.memory.BufferAllocator;

/**
 * Replays history made elsewhere: Arrow IPC (stream or file) or CSV files in the documented event
 * format are validated by the feed's importers (bad rows reported with file, line/row and field,
 * the rest kept) and journaled, so a {@code ReplaySession} can open them like the wall's own
 * journal. Files are imported in the order given; seqs must increase across them.
 * Stateless.
 */
public final class HistoryImport {
    private HistoryImport() {
    }

    /** Imports {@code files} into the journal at {@code journalDir} (created if missing). */
    public static List<ImportReport> importFiles(List<Path> files, Path journalDir, BufferAllocator allocator)
            throws IOException {
        List<ImportReport> reports = new ArrayList<>();
        try (JournalWriter w = JournalWriter.open(JournalConfig.defaults(journalDir).withSync(false))) {
            JournalSink sink = new JournalSink(w);
            for (Path f : files) {
                reports.add(importFile(f, sink, allocator));
            }
        }
        return reports;
    }

    static ImportReport importFile(Path file, JournalSink sink, BufferAllocator allocator) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") ? CsvImporter.importFile(file, sink, allocator)
                : ArrowImporter.importFile(file, sink, allocator);
    }
}
