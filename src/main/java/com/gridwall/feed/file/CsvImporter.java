package com.gridwall.feed.file;

import com.gridwall.feed.decode.BatchValidator;
import com.gridwall.store.EventSchema;
import com.gridwall.store.EventSink;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.TimeStampMilliTZVector;
import org.apache.arrow.vector.TinyIntVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Field;

/**
 * Imports event history from CSV (docs/feed.md): a header row of event-schema field names in
 * any order (optional fields may be left out), one event per row, empty cell = null, times as
 * ISO-8601 (with offset, or local Beijing time without one) or epoch milliseconds. A row that
 * does not parse is reported with its line and field and skipped; the rest are validated like
 * the live feed and applied in chunks as they are read. Stateless; uses the calling thread.
 */
public final class CsvImporter {
    static final int CHUNK = 4096;
    static final ZoneId LOCAL = ZoneId.of("Asia/Shanghai");

    private CsvImporter() {
    }

    public static ImportReport importFile(Path file, EventSink sink, BufferAllocator parent) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return importReader(file.getFileName().toString(), r, sink, parent);
        }
    }

    /** Never throws on bad content: everything wrong ends up in the report. */
    public static ImportReport importText(String name, String text, EventSink sink, BufferAllocator parent) {
        try {
            return importReader(name, new StringReader(text), sink, parent);
        } catch (IOException e) {
            throw new IllegalStateException("a string reader cannot fail", e);
        }
    }

    static ImportReport importReader(String name, Reader reader, EventSink sink, BufferAllocator parent) throws IOException {
        ImportTally tally = new ImportTally(name, sink);
        try (BufferAllocator allocator = parent.newChildAllocator("import-csv", 0, Long.MAX_VALUE);
             VectorSchemaRoot chunk = VectorSchemaRoot.create(EventSchema.SCHEMA, allocator)) {
            CsvRecords records = new CsvRecords(reader);
            List<String> header;
            try {
                header = records.next();
            } catch (IllegalArgumentException e) {
                tally.fatal(e.getMessage());
                return tally.report();
            }
            if (header == null) {
                tally.fatal("empty file: expected a header row of field names");
                return tally.report();
            }
            int[] columnOf = columns(header, tally);
            if (columnOf == null) {
                return tally.report();
            }
            BatchValidator validator = BatchValidator.unordered(allocator);
            List<Long> lines = new ArrayList<>();
            chunk.allocateNew();
            while (true) {
                List<String> rec;
                try {
                    rec = records.next();
                } catch (IllegalArgumentException e) {
                    tally.fatal(e.getMessage());
                    break;
                }
                if (rec == null) {
                    break;
                }
                tally.rows++;
                long line = records.recordLine();
                if (rec.size() != header.size()) {
                    tally.rejected++;
                    tally.error(line, "*", rec.size() + " fields, header has " + header.size());
                    continue;
                }
                if (writeRow(chunk, lines.size(), rec, columnOf, line, tally)) {
                    lines.add(line);
                }
                if (lines.size() == CHUNK) {
                    flush(chunk, lines, validator, tally);
                }
            }
            flush(chunk, lines, validator, tally);
        }
        return tally.report();
    }

    /** Maps each schema field to its CSV column, or -1 when absent; null (with errors) if the header is unusable. */
    private static int[] columns(List<String> header, ImportTally tally) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i).trim();
            if (EventSchema.SCHEMA.getFields().stream().noneMatch(f -> f.getName().equals(h))) {
                tally.fatal("header column " + (i + 1) + " '" + h + "' is not an event field");
                return null;
            }
            if (index.put(h, i) != null) {
                tally.fatal("header names '" + h + "' twice");
                return null;
            }
        }
        List<Field> fields = EventSchema.SCHEMA.getFields();
        int[] out = new int[fields.size()];
        for (int f = 0; f < fields.size(); f++) {
            Integer col = index.get(fields.get(f).getName());
            if (col == null && !fields.get(f).isNullable()) {
                tally.fatal("header lacks the required column '" + fields.get(f).getName() + "'");
                return null;
            }
            out[f] = col == null ? -1 : col;
        }
        return out;
    }

    /** Writes one record at row {@code r}; false (and an error naming line and field) if a cell does not parse. */
    private static boolean writeRow(VectorSchemaRoot root, int r, List<String> rec, int[] columnOf, long line,
                                    ImportTally tally) {
        List<FieldVector> vectors = root.getFieldVectors();
        // parse everything first so a bad cell leaves no half-written row behind
        Object[] values = new Object[vectors.size()];
        for (int f = 0; f < vectors.size(); f++) {
            String cell = columnOf[f] < 0 ? "" : rec.get(columnOf[f]);
            if (cell.isEmpty()) {
                continue;
            }
            FieldVector v = vectors.get(f);
            try {
                values[f] = parse(v, cell);
            } catch (IllegalArgumentException e) {
                tally.rejected++;
                tally.error(line, v.getName(), e.getMessage());
                return false;
            }
        }
        for (int f = 0; f < vectors.size(); f++) {
            FieldVector v = vectors.get(f);
            Object value = values[f];
            if (value == null) {
                if (v instanceof VarCharVector s) {
                    s.setNull(r);
                } else {
                    ((org.apache.arrow.vector.BaseFixedWidthVector) v).setNull(r);
                }
            } else if (v instanceof VarCharVector s) {
                s.setSafe(r, ((String) value).getBytes(StandardCharsets.UTF_8));
            } else if (v instanceof BigIntVector b) {
                b.setSafe(r, (Long) value);
            } else if (v instanceof TimeStampMilliTZVector t) {
                t.setSafe(r, (Long) value);
            } else if (v instanceof TinyIntVector t) {
                t.setSafe(r, (Byte) value);
            } else if (v instanceof Float8Vector d) {
                d.setSafe(r, (Double) value);
            }
        }
        return true;
    }

    private static Object parse(FieldVector v, String cell) {
        String s = cell.trim();
        if (v instanceof VarCharVector) {
            return cell;
        }
        if (v instanceof TimeStampMilliTZVector) {
            return time(s);
        }
        try {
            if (v instanceof BigIntVector) {
                return Long.parseLong(s);
            }
            if (v instanceof TinyIntVector) {
                return Byte.parseByte(s);
            }
            if (v instanceof Float8Vector) {
                return Double.parseDouble(s);
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + shorten(s) + "' is not a " + (v instanceof Float8Vector ? "number" : "whole number in range"));
        }
        throw new IllegalStateException("unexpected column type " + v.getField());
    }

    /** ISO-8601 with offset ("2026-07-01T09:30:00+08:00", "...Z"), local Beijing time without one, or epoch ms. */
    static long time(String s) {
        if (!s.isEmpty() && s.chars().allMatch(ch -> ch >= '0' && ch <= '9' || ch == '-') && s.indexOf('-', 1) < 0) {
            try {
                return Long.parseLong(s);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + shorten(s) + "' is too large for epoch milliseconds");
            }
        }
        try {
            return OffsetDateTime.parse(s).toInstant().toEpochMilli();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(s).atZone(LOCAL).toInstant().toEpochMilli();
            } catch (DateTimeParseException e2) {
                try {
                    return Instant.parse(s).toEpochMilli();
                } catch (DateTimeParseException e3) {
                    throw new IllegalArgumentException("'" + shorten(s) + "' is neither ISO-8601 nor epoch milliseconds");
                }
            }
        }
    }

    private static void flush(VectorSchemaRoot chunk, List<Long> lines, BatchValidator validator, ImportTally tally) {
        if (lines.isEmpty()) {
            return;
        }
        for (FieldVector v : chunk.getFieldVectors()) {
            v.setValueCount(lines.size());
        }
        chunk.setRowCount(lines.size());
        long[] rowNumbers = lines.stream().mapToLong(Long::longValue).toArray();
        tally.apply(validator.validate(chunk, -1, true), rowNumbers);
        lines.clear();
        chunk.allocateNew();
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
