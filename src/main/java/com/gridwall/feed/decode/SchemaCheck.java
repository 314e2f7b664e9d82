package com.gridwall.feed.decode;

import com.gridwall.store.EventSchema;
import java.util.List;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Checks an incoming schema against {@link EventSchema#SCHEMA}, version included: same field names,
 * order and types. Declared nullability may differ (nulls in required fields are caught per row), so
 * producers whose writers mark everything nullable still interoperate. Stateless.
 */
public final class SchemaCheck {
    private SchemaCheck() {
    }

    /** Null when {@code schema} is exactly event schema v{@value EventSchema#VERSION}; else what differs. */
    public static String problem(Schema schema) {
        if (schema == null) {
            return "no schema";
        }
        String version = schema.getCustomMetadata() == null ? null : schema.getCustomMetadata().get(EventSchema.VERSION_KEY);
        if (version == null) {
            return "schema metadata lacks " + EventSchema.VERSION_KEY + " (expected " + EventSchema.VERSION + ")";
        }
        if (!version.equals(Integer.toString(EventSchema.VERSION))) {
            return "event schema version " + version + " is not supported (this wall reads version " + EventSchema.VERSION + ")";
        }
        List<Field> want = EventSchema.SCHEMA.getFields();
        List<Field> got = schema.getFields();
        for (int i = 0; i < want.size(); i++) {
            Field w = want.get(i);
            if (i >= got.size()) {
                return "field " + i + " '" + w.getName() + "' is missing";
            }
            Field g = got.get(i);
            if (!w.getName().equals(g.getName())) {
                return "field " + i + " is '" + g.getName() + "', expected '" + w.getName() + "'";
            }
            if (!w.getType().equals(g.getType())) {
                return "field '" + w.getName() + "' has type " + g.getType() + ", expected " + w.getType();
            }
            if (g.getDictionary() != null) {
                return "field '" + w.getName() + "' is dictionary-encoded; send plain " + w.getType();
            }
        }
        if (got.size() > want.size()) {
            return "unexpected extra field '" + got.get(want.size()).getName() + "'";
        }
        return null;
    }
}
