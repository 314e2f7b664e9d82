package com.gridwall.feed;

import com.gridwall.domain.Event;
import com.gridwall.feed.decode.EventRows;
import com.gridwall.store.AppendResult;
import com.gridwall.store.EventSink;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.apache.arrow.vector.VectorSchemaRoot;

/** A plain in-memory sink for feed tests: event_id dedup, every applied event kept in order. */
public final class MemorySink implements EventSink {
    private final List<Event> events = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    private volatile long lastSeq = -1;
    private volatile int duplicates;

    @Override
    public synchronized AppendResult append(VectorSchemaRoot batch) {
        int acc = 0;
        int dup = 0;
        for (Event e : EventRows.read(batch)) {
            if (!ids.add(e.eventId())) {
                dup++;
                continue;
            }
            events.add(e);
            lastSeq = Math.max(lastSeq, e.seq());
            acc++;
        }
        duplicates += dup;
        return new AppendResult(acc, dup, lastSeq);
    }

    @Override
    public long lastSeq() {
        return lastSeq;
    }

    public synchronized List<Event> events() {
        return List.copyOf(events);
    }

    public int duplicates() {
        return duplicates;
    }

    public synchronized String hash() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Event e : events) {
                md.update(e.toString().getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
