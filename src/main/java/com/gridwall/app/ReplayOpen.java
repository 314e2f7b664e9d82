package com.gridwall.app;

import com.gridwall.feed.file.ImportReport;
import com.gridwall.geo.GridMap;
import com.gridwall.geo.index.GridLocator;
import com.gridwall.replay.history.HistoryImport;
import com.gridwall.replay.seek.ReplaySession;
import com.gridwall.replay.seek.StoreFactory;
import com.gridwall.store.StoreConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;

/**
 * Opens what {@code --replay X} names: a journal directory as it is, or a history file made
 * elsewhere (CSV or Arrow IPC, docs/replay.md) imported first into a fresh journal directory
 * beside the system's temp files (bad rows are reported with file, row and field; the rest kept).
 */
final class ReplayOpen {
    private ReplayOpen() {
    }

    /** The replay session over {@code arg}; stores are built for {@code map}'s units like the live wall's. */
    static ReplaySession open(String arg, GridMap map, BufferAllocator allocator) throws IOException {
        Path p = Path.of(arg);
        if (!Files.exists(p)) {
            throw new IllegalArgumentException("--replay: no journal directory or history file at " + p);
        }
        Path dir = Files.isDirectory(p) ? p : importHistory(p, allocator);
        return ReplaySession.open(dir, factory(map), allocator);
    }

    /** Replay stores configured like the live wall's, for {@code map}'s units. */
    static StoreFactory factory(GridMap map) {
        return new StoreFactory(map.directory(), GridLocator.forMap(map), StoreConfig.defaults());
    }

    private static Path importHistory(Path file, BufferAllocator allocator) throws IOException {
        Path dir = Files.createTempDirectory("gridwall-history-");
        List<ImportReport> reports = HistoryImport.importFiles(List.of(file), dir, allocator);
        for (ImportReport r : reports) {
            System.out.println("history import: " + r);
        }
        System.out.println("history journal: " + dir + " (bookmarks are saved there)");
        return dir;
    }
}
