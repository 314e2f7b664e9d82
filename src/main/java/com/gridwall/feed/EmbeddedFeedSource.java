package com.gridwall.feed;

import com.gridwall.domain.Event;
import com.gridwall.domain.FeedHealth;
import com.gridwall.domain.UnitDirectory;
import com.gridwall.feed.decode.BatchValidator;
import com.gridwall.feed.decode.EventRows;
import com.gridwall.feed.decode.Quarantine;
import com.gridwall.feed.decode.ValidatedBatch;
import com.gridwall.feed.health.FeedHealthTracker;
import com.gridwall.feed.sim.SimClock;
import com.gridwall.feed.sim.SimConfig;
import com.gridwall.feed.sim.Simulator;
import com.gridwall.feed.sim.SimulatorPump;
import com.gridwall.store.EventSchema;
import com.gridwall.store.EventSink;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * The wall's default feed: the simulator in-process, no server. Simulator thread → validation
 * (same checks as the network path) → bounded hand-off → store writer thread. Resumes after the
 * store's last seq. Thread-safe like every {@link FeedSource}.
 */
public final class EmbeddedFeedSource implements FeedSource {
    private final BufferAllocator allocator;
    private final FeedHealthTracker health;
    private final IngestPipeline pipeline;
    private final SimulatorPump pump;
    private final Quarantine quarantine = new Quarantine(20);
    private final BatchValidator validator;
    private long lastSeen;

    public EmbeddedFeedSource(EventSink sink, SimConfig config, UnitDirectory directory, BufferAllocator parent) {
        this(sink, config, directory, parent, System.currentTimeMillis(), Long.MAX_VALUE);
    }

    /** @param wallStartMs wall instant the simulation started (pin it to continue a timeline) */
    public EmbeddedFeedSource(EventSink sink, SimConfig config, UnitDirectory directory, BufferAllocator parent,
                              long wallStartMs, long limit) {
        this.allocator = parent.newChildAllocator("feed-embedded", 0, Long.MAX_VALUE);
        this.validator = new BatchValidator(allocator);
        SimClock clock = SimClock.of(config, wallStartMs);
        this.health = new FeedHealthTracker(FeedHealth.State.EMBEDDED, "内置模拟器 / embedded simulator",
                System::currentTimeMillis);
        this.pipeline = new IngestPipeline(sink, 8, health);
        this.lastSeen = pipeline.resumeSeq();
        this.pump = new SimulatorPump(new Simulator(config, directory), clock, System::currentTimeMillis,
                this::offer, 4096, limit, lastSeen, "feed-embedded-simulator");
    }

    private void offer(List<Event> events) {
        health.producerClock(pump.clock().simAt(System.currentTimeMillis()));
        try (VectorSchemaRoot root = VectorSchemaRoot.create(EventSchema.SCHEMA, allocator)) {
            EventRows.write(events, root);
            ValidatedBatch vb = validator.validate(root, lastSeen, false);
            quarantine.add("embedded simulator", vb.rejected(), vb.examples());
            health.rejected(vb.rejected());
            lastSeen = vb.lastSeenSeq();
            pipeline.put(vb);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void start() {
        pipeline.start();
        pump.start();
    }

    @Override
    public FeedHealth health() {
        return health.snapshot();
    }

    public IngestPipeline pipeline() {
        return pipeline;
    }

    /** True once a limited run has handed all its events over. */
    public boolean finished() {
        return pump.finished();
    }

    @Override
    public void close() {
        pipeline.refuseNew();
        pump.close();
        pipeline.close();
        health.state(FeedHealth.State.STOPPED, "");
        allocator.close();
    }
}
