package com.gridwall.feed;

import com.gridwall.domain.Event;
import com.gridwall.feed.decode.EventRows;
import com.gridwall.store.EventSchema;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BaseFixedWidthVector;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.TimeStampMilliTZVector;
import org.apache.arrow.vector.TinyIntVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;

/** Writes events into a root while replacing chosen cells: how tests make malformed batches. */
final class Tamper {
    private final Map<String, Object> cells = new HashMap<>();
    static final Object NULL = new Object();

    /** Replace (row, field) with value: NULL, a String for utf8, a Number otherwise. */
    Tamper set(int row, String field, Object value) {
        cells.put(row + "/" + field, value);
        return this;
    }

    VectorSchemaRoot write(List<Event> events, VectorSchemaRoot target, BufferAllocator allocator) {
        try (VectorSchemaRoot clean = VectorSchemaRoot.create(EventSchema.SCHEMA, allocator)) {
            EventRows.write(events, clean);
            target.allocateNew();
            for (int i = 0; i < clean.getFieldVectors().size(); i++) {
                FieldVector from = clean.getVector(i);
                FieldVector to = target.getVector(i);
                String name = from.getName();
                for (int r = 0; r < clean.getRowCount(); r++) {
                    Object v = cells.getOrDefault(r + "/" + name, cells.containsKey(r + "/" + name) ? NULL : null);
                    if (!cells.containsKey(r + "/" + name)) {
                        to.copyFromSafe(r, r, from);
                    } else if (v == NULL) {
                        if (to instanceof BaseFixedWidthVector f) {
                            f.setNull(r);
                        } else {
                            ((VarCharVector) to).setNull(r);
                        }
                    } else if (to instanceof VarCharVector s) {
                        s.setSafe(r, ((String) v).getBytes(StandardCharsets.UTF_8));
                    } else if (to instanceof BigIntVector b) {
                        b.setSafe(r, ((Number) v).longValue());
                    } else if (to instanceof TimeStampMilliTZVector t) {
                        t.setSafe(r, ((Number) v).longValue());
                    } else if (to instanceof TinyIntVector t) {
                        t.setSafe(r, ((Number) v).byteValue());
                    } else if (to instanceof Float8Vector f) {
                        f.setSafe(r, ((Number) v).doubleValue());
                    }
                }
                to.setValueCount(clean.getRowCount());
            }
            target.setRowCount(clean.getRowCount());
            return target;
        }
    }
}
