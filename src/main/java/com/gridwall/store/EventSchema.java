package com.gridwall.store;

import java.util.List;
import java.util.Map;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * The Arrow schema of lifecycle events, shared by the feed (wire), the store and the journal.
 * Enumerations travel as plain utf8 names (see docs/event-schema.md) so any producer can write
 * them without dictionary batches; the store keeps compact codes internally.
 */
public final class EventSchema {
    public static final int VERSION = 1;
    public static final String VERSION_KEY = "gridwall.event_schema_version";

    public static final String SEQ = "seq";
    public static final String EVENT_ID = "event_id";
    public static final String INCIDENT_ID = "incident_id";
    public static final String TYPE = "type";
    public static final String TS = "ts";
    public static final String CATEGORY = "category";
    public static final String SOURCE = "source";
    public static final String DEPARTMENT = "department";
    public static final String SEVERITY = "severity";
    public static final String LON = "lon";
    public static final String LAT = "lat";
    public static final String GRID_CODE = "grid_code";
    public static final String DEADLINE = "deadline";
    public static final String SATISFACTION = "satisfaction";
    public static final String SUMMARY = "summary";

    public static final Schema SCHEMA = new Schema(List.of(
            required(SEQ, new ArrowType.Int(64, true)),
            required(EVENT_ID, ArrowType.Utf8.INSTANCE),
            required(INCIDENT_ID, ArrowType.Utf8.INSTANCE),
            required(TYPE, ArrowType.Utf8.INSTANCE),
            required(TS, new ArrowType.Timestamp(TimeUnit.MILLISECOND, "UTC")),
            required(CATEGORY, ArrowType.Utf8.INSTANCE),
            required(SOURCE, ArrowType.Utf8.INSTANCE),
            optional(DEPARTMENT, ArrowType.Utf8.INSTANCE),
            required(SEVERITY, new ArrowType.Int(8, true)),
            optional(LON, new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE)),
            optional(LAT, new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE)),
            optional(GRID_CODE, ArrowType.Utf8.INSTANCE),
            optional(DEADLINE, new ArrowType.Timestamp(TimeUnit.MILLISECOND, "UTC")),
            optional(SATISFACTION, new ArrowType.Int(8, true)),
            optional(SUMMARY, ArrowType.Utf8.INSTANCE)),
            Map.of(VERSION_KEY, Integer.toString(VERSION)));

    private EventSchema() {
    }

    private static Field required(String name, ArrowType type) {
        return new Field(name, FieldType.notNullable(type), null);
    }

    private static Field optional(String name, ArrowType type) {
        return new Field(name, FieldType.nullable(type), null);
    }
}
