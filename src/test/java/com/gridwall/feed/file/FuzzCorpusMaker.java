package com.gridwall.feed.file;

import com.gridwall.domain.Event;
import com.gridwall.feed.ScriptedEvents;
import com.gridwall.feed.Tampering;
import com.gridwall.feed.decode.EventRows;
import com.gridwall.store.EventSchema;
import java.io.ByteArrayOutputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowFileWriter;
import org.apache.arrow.vector.ipc.ArrowStreamWriter;
import org.apache.arrow.vector.ipc.ArrowWriter;
import org.apache.arrow.vector.types.pojo.Schema;

/** Writes the seed corpus of {@link DecoderFuzzTest} (run by hand: the files are committed). */
final class FuzzCorpusMaker {
    public static void main(String[] args) throws Exception {
        Path base = Path.of(args[0], "com/gridwall/feed/file/DecoderFuzzTestInputs");
        Path ipc = Files.createDirectories(base.resolve("arrowIpc"));
        Path csv = Files.createDirectories(base.resolve("csv"));
        Path meta = Files.createDirectories(base.resolve("metadataAndTicket"));
        List<Event> ev = ScriptedEvents.first(40);
        try (BufferAllocator a = new RootAllocator()) {
            byte[] stream = ipc(a, EventSchema.SCHEMA, ev, false);
            Files.write(ipc.resolve("valid-stream"), stream);
            Files.write(ipc.resolve("valid-file"), ipc(a, EventSchema.SCHEMA, ev, true));
            Files.write(ipc.resolve("truncated-stream"), Arrays.copyOf(stream, stream.length * 2 / 3));
            Files.write(ipc.resolve("schema-v2"), ipc(a, new Schema(EventSchema.SCHEMA.getFields(),
                    Map.of(EventSchema.VERSION_KEY, "2")), ev, false));
            Files.write(ipc.resolve("malformed-rows"), Tampering.malformedIpc(a, ev));
            byte[] flipped = stream.clone();
            for (int i = 200; i < flipped.length; i += 97) {
                flipped[i] ^= 0x5A;
            }
            Files.write(ipc.resolve("bit-flips"), flipped);
            Files.write(ipc.resolve("garbage"), "ARROW1 not really\u0000\u0001\u00ff".getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(csv.resolve("valid"), "seq,event_id,incident_id,type,ts,category,source,severity,lon,lat,grid_code\n"
                + "1,E1,I1,REPORTED,2026-07-01T09:30:00+08:00,FLOOD,IOT_SENSOR,3,113.9,35.3,G1\n"
                + "2,E2,I1,DISPATCHED,1782869460000,FLOOD,IOT_SENSOR,3,,,G1\n");
        Files.writeString(csv.resolve("bad-rows"), "seq,event_id,incident_id,type,ts,category,source,severity,lon,lat\n"
                + "1,E1,I1,REPORTED,2026-07-01T09:30:00,FLOOD,IOT_SENSOR,9,200,35.3\n"
                + "x,\"E2\"\"q\",I1,DISPATCHED,nope,FLOOD,IOT_SENSOR,3,,\n\"unclosed,1\n");
        Files.writeString(meta.resolve("data"), "v=1;kind=data;last_seq=42;now_ms=1782869460000");
        Files.writeString(meta.resolve("ticket"), "stream=events;after=41");
        Files.writeString(meta.resolve("odd"), "v=1;kind=heartbeat;last_seq=-9;now_ms=;stream=;after=x");
    }

    private static byte[] ipc(BufferAllocator a, Schema schema, List<Event> ev, boolean file) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (VectorSchemaRoot root = VectorSchemaRoot.create(schema, a);
             ArrowWriter w = file ? new ArrowFileWriter(root, null, Channels.newChannel(out)) : new ArrowStreamWriter(root, null, out)) {
            w.start();
            for (int i = 0; i < ev.size(); i += 20) {
                EventRows.write(ev.subList(i, Math.min(ev.size(), i + 20)), root);
                w.writeBatch();
            }
            w.end();
        }
        return out.toByteArray();
    }
}
