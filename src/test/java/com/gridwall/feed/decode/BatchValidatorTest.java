package com.gridwall.feed.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.gridwall.domain.Event;
import com.gridwall.feed.ScriptedEvents;
import com.gridwall.store.EventSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;
import org.junit.jupiter.api.Test;

class BatchValidatorTest {
    @Test
    void schemaProblemsAreNamed() {
        assertNull(SchemaCheck.problem(EventSchema.SCHEMA));
        List<Field> fields = new ArrayList<>(EventSchema.SCHEMA.getFields());
        Map<String, String> v1 = Map.of(EventSchema.VERSION_KEY, "1");
        assertEquals("schema metadata lacks gridwall.event_schema_version (expected 1)",
                SchemaCheck.problem(new Schema(fields)));
        List<Field> retyped = new ArrayList<>(fields);
        retyped.set(9, new Field("lon", FieldType.nullable(ArrowType.Utf8.INSTANCE), null));
        assertEquals("field 'lon' has type Utf8, expected FloatingPoint(DOUBLE)", SchemaCheck.problem(new Schema(retyped, v1)));
        List<Field> missing = new ArrayList<>(fields.subList(0, 14));
        assertEquals("field 14 'summary' is missing", SchemaCheck.problem(new Schema(missing, v1)));
        List<Field> extra = new ArrayList<>(fields);
        extra.add(new Field("caller_phone", FieldType.nullable(ArrowType.Utf8.INSTANCE), null));
        assertEquals("unexpected extra field 'caller_phone'", SchemaCheck.problem(new Schema(extra, v1)));
    }

    @Test
    void phoneNumbersInSummariesAreMaskedAndEverythingElseKept() {
        List<Event> events = new ArrayList<>(ScriptedEvents.first(3));
        Event e = events.get(0);
        events.set(0, new Event(e.seq(), e.eventId(), e.incidentId(), e.type(), e.ts(), e.category(), e.source(),
                e.department(), e.severity(), e.lon(), e.lat(), e.gridCode(), e.deadline(), e.satisfaction(),
                "来电人13812345678反映，楼道堆物"));
        try (BufferAllocator a = new RootAllocator();
             VectorSchemaRoot root = VectorSchemaRoot.create(EventSchema.SCHEMA, a)) {
            EventRows.write(events, root);
            try (ValidatedBatch vb = new BatchValidator(a).validate(root, -1, false)) {
                assertEquals(3, vb.accepted());
                List<Event> out = EventRows.read(vb.root());
                assertEquals("来电人138******78反映，楼道堆物", out.get(0).summary());
                assertEquals(events.subList(1, 3), out.subList(1, 3));
                assertEquals(3, vb.lastSeenSeq());
            }
        }
    }

    @Test
    void staleRowsAreSkippedAndAGapStopsTheBatchUnlessAccepted() {
        List<Event> events = ScriptedEvents.first(10);
        List<Event> withHole = new ArrayList<>(events.subList(0, 4));
        withHole.addAll(events.subList(6, 10));
        try (BufferAllocator a = new RootAllocator();
             VectorSchemaRoot root = VectorSchemaRoot.create(EventSchema.SCHEMA, a)) {
            EventRows.write(withHole, root);
            try (ValidatedBatch vb = new BatchValidator(a).validate(root, 2, false)) {
                assertEquals(2, vb.stale());
                assertEquals(2, vb.accepted(), "3 and 4");
                assertEquals(new ValidatedBatch.Gap(5, 7), vb.gap());
                assertEquals(4, vb.lastSeenSeq());
            }
            EventRows.write(withHole, root);
            try (ValidatedBatch vb = new BatchValidator(a).validate(root, 2, true)) {
                assertNull(vb.gap());
                assertEquals(6, vb.accepted());
                assertEquals(10, vb.lastSeenSeq());
            }
        }
    }

    @Test
    void maskKeepsShortNumbers() {
        assertEquals("3号楼2单元", PersonalDataMask.mask("3号楼2单元"));
        assertEquals("身份证410*************12", PersonalDataMask.mask("身份证410702199001011212"));
        assertEquals("电话 123456", PersonalDataMask.mask("电话 123456"));
    }
}
