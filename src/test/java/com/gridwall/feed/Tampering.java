package com.gridwall.feed;

import com.gridwall.domain.Event;
import com.gridwall.store.EventSchema;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowStreamWriter;

/** Malformed IPC bytes for tests outside this package. */
public final class Tampering {
    private Tampering() {
    }

    /** An IPC stream of {@code ev} with a null event_id, a bad enum and an out-of-range lon. */
    public static byte[] malformedIpc(BufferAllocator a, List<Event> ev) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (VectorSchemaRoot root = VectorSchemaRoot.create(EventSchema.SCHEMA, a);
             ArrowStreamWriter w = new ArrowStreamWriter(root, null, out)) {
            new Tamper().set(1, EventSchema.EVENT_ID, Tamper.NULL).set(2, EventSchema.TYPE, "FOO")
                    .set(3, EventSchema.LON, 500.0).set(3, EventSchema.LAT, 30.0).write(ev, root, a);
            w.start();
            w.writeBatch();
            w.end();
        }
        return out.toByteArray();
    }
}
