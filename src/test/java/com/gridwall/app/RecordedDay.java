package com.gridwall.app;

import com.gridwall.domain.Event;
import com.gridwall.feed.sim.Scenario;
import com.gridwall.feed.sim.SimConfig;
import com.gridwall.feed.sim.Simulator;
import com.gridwall.geo.GridMap;
import com.gridwall.geo.index.GridLocator;
import com.gridwall.geo.io.MapLoader;
import com.gridwall.replay.checkpoint.CheckpointWriter;
import com.gridwall.replay.checkpoint.StoreCheckpointCodec;
import com.gridwall.replay.events.EventVectors;
import com.gridwall.replay.journal.JournalConfig;
import com.gridwall.replay.journal.JournalWriter;
import com.gridwall.replay.journal.JournalingSink;
import com.gridwall.replay.seek.ReplayTime;
import com.gridwall.store.EventSchema;
import com.gridwall.store.EventStore;
import com.gridwall.store.StoreConfig;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * A simulated day on the bundled map, recorded the way the live wall records: simulator → journaling
 * sink → live store → journal (with checkpoints). The live store stays open so tests can keep
 * feeding it (events after the recorded day) while the wall replays. Not thread-safe: one test class.
 */
final class RecordedDay implements AutoCloseable {
    static final long H = 3_600_000L;
    static final long DAY_START = LocalDate.of(2026, 11, 25).atStartOfDay(StoreConfig.SHANGHAI).toInstant().toEpochMilli();

    final GridMap map;
    final List<Event> recorded = new ArrayList<>();
    final List<Event> later = new ArrayList<>();
    final EventStore live;
    final JournalWriter journal;
    private final ReplayTime clock;
    private final JournalingSink sink;
    private final BufferAllocator allocator;

    RecordedDay(Path dir, BufferAllocator allocator) throws Exception {
        this.allocator = allocator;
        map = MapLoader.loadResource(MapLoader.DEFAULT_RESOURCE);
        Simulator sim = new Simulator(SimConfig.of(11, Scenario.FLOOD, 60, 1200, DAY_START - 24 * H), map.directory());
        sim.generateUntil(DAY_START + 24 * H, Integer.MAX_VALUE, recorded);
        sim.generateUntil(DAY_START + 26 * H, Integer.MAX_VALUE, later);
        clock = new ReplayTime(DAY_START - 24 * H);
        live = new EventStore(allocator, map.directory(), GridLocator.forMap(map), clock, StoreConfig.defaults());
        journal = JournalWriter.open(JournalConfig.defaults(dir).withSync(false).withSegmentBytes(1 << 20));
        sink = new JournalingSink(live, journal);
        journal.addListener(new CheckpointWriter(journal, live, new StoreCheckpointCodec(), 5000));
        feed(recorded);
    }

    /** Feeds {@code events} to the live store through the journal, 300 at a time, moving the live clock. */
    void feed(List<Event> events) throws Exception {
        try (VectorSchemaRoot root = VectorSchemaRoot.create(EventSchema.SCHEMA, allocator)) {
            for (int i = 0; i < events.size(); i += 300) {
                List<Event> batch = events.subList(i, Math.min(events.size(), i + 300));
                clock.set(batch.get(batch.size() - 1).ts());
                EventVectors.write(batch, root);
                sink.append(root);
            }
        }
        live.tick();
    }

    @Override
    public void close() throws Exception {
        journal.close();
        live.close();
    }
}
