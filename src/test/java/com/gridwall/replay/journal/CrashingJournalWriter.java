package com.gridwall.replay.journal;

import com.gridwall.replay.events.EventVectors;
import com.gridwall.replay.events.SyntheticHistory;
import com.gridwall.store.EventSchema;
import java.nio.file.Path;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * A separate process for {@link JournalCrashTest}: journals synthetic batches forever and prints
 * "committed SEQ" after each commit, until it is killed.
 */
public final class CrashingJournalWriter {
    private CrashingJournalWriter() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        SyntheticHistory h = new SyntheticHistory(Long.parseLong(args[1]), JournalFixtures.START, 600, 40);
        try (RootAllocator a = new RootAllocator();
             VectorSchemaRoot root = VectorSchemaRoot.create(EventSchema.SCHEMA, a);
             JournalWriter w = JournalWriter.open(JournalFixtures.small(dir).withSegmentBytes(64_000))) {
            h.next((int) Math.max(0, w.lastSeq())); // a restarted writer continues where the recovered journal ends
            while (true) {
                EventVectors.write(h.next(37), root);
                w.append(root);
                System.out.println("committed " + w.lastSeq());
                System.out.flush();
            }
        }
    }
}
