package com.gridwall.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.gridwall.ui.alert.Acknowledgement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;

/**
 * The append-only audit log of alert acknowledgements: one JSON object per line
 * ({@code {"who":..,"when":..,"kind":..,"category":..,"count":..,"incidents":[..]}}), opened in append
 * mode for every line and forced to disk, so nothing already written is ever rewritten and a crash
 * loses at most the line being written. Default file: {@code ~/.local/share/gridwall/audit.log}
 * (or {@code %APPDATA%\gridwall\audit.log}), else {@code ./gridwall-audit.log}. Thread-safe (synchronized).
 */
final class AuditLog implements Consumer<Acknowledgement> {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path file;

    AuditLog(Path file) {
        this.file = file;
    }

    /** {@code --audit FILE}, or the default under the user's data directory. */
    static AuditLog fromArgs(Args args) {
        String f = args.get("audit", null);
        return new AuditLog(f != null ? Path.of(f) : defaultFile());
    }

    static Path defaultFile() {
        String appData = System.getenv("APPDATA");
        Path dir = appData != null ? Path.of(appData, "gridwall")
                : Path.of(System.getProperty("user.home", "."), ".local", "share", "gridwall");
        try {
            Files.createDirectories(dir);
            return dir.resolve("audit.log");
        } catch (IOException | SecurityException e) {
            return Path.of("gridwall-audit.log");
        }
    }

    Path file() {
        return file;
    }

    /** One JSON line for {@code ack}. */
    static String line(Acknowledgement ack) {
        ObjectNode o = JSON.createObjectNode();
        o.put("who", ack.who());
        o.put("when", ack.when().toString());
        o.put("kind", ack.kind().name());
        o.put("category", ack.category() == null ? null : ack.category().name());
        o.put("count", ack.incidentIds().size());
        var ids = o.putArray("incidents");
        ack.incidentIds().forEach(ids::add);
        return o.toString();
    }

    @Override
    public synchronized void accept(Acknowledgement ack) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (var ch = java.nio.channels.FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                ch.write(java.nio.ByteBuffer.wrap((line(ack) + "\n").getBytes(StandardCharsets.UTF_8)));
                ch.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("audit log " + file + ": cannot append", e);
        }
    }
}
