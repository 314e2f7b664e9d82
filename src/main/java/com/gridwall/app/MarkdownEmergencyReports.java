package com.gridwall.app;

import com.gridwall.ui.emergency.AreaIncident;
import com.gridwall.ui.emergency.Emergency;
import com.gridwall.ui.emergency.EmergencyPicture;
import com.gridwall.ui.emergency.EmergencyReport;
import com.gridwall.ui.emergency.EmergencyReportSink;
import com.gridwall.ui.emergency.TimelineEntry;
import com.gridwall.ui.i18n.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Writes an ended emergency to {@code DIR/emergency-YYYYMMDD-HHMMSS-KIND/}: {@code report.md} (kind,
 * area, declared / ended / duration, open and overdue in the area, the red summons tally, the response
 * timeline, the incidents in the area) with {@code wall.png} and {@code area.png} beside it. A
 * directory that already exists gets a numeric suffix, so no report is ever overwritten. Call on the
 * FX thread (the images are FX images).
 */
final class MarkdownEmergencyReports implements EmergencyReportSink {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZONE);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZONE);
    private final Path root;

    MarkdownEmergencyReports(Path root) {
        this.root = root;
    }

    @Override
    public Path write(EmergencyReport report) throws IOException {
        EmergencyPicture p = report.picture();
        Emergency e = p.emergency();
        String base = "emergency-" + STAMP.format(Instant.ofEpochMilli(e.declaredAt())) + "-"
                + e.kind().name().toLowerCase(Locale.ROOT);
        Path dir = root.resolve(base);
        for (int i = 2; Files.exists(dir); i++) {
            dir = root.resolve(base + "-" + i);
        }
        Files.createDirectories(dir);
        if (report.wall() != null) {
            PngFiles.write(report.wall(), dir.resolve("wall.png"));
        }
        if (report.area() != null) {
            PngFiles.write(report.area(), dir.resolve("area.png"));
        }
        Path md = dir.resolve("report.md");
        Files.writeString(md, markdown(report), StandardCharsets.UTF_8);
        return md;
    }

    String markdown(EmergencyReport r) {
        Messages messages = Messages.of(r.lang());
        EmergencyPicture p = r.picture();
        Emergency e = p.emergency();
        StringBuilder b = new StringBuilder();
        b.append("# ").append(messages.format("emergency.title", e.kind().label(messages.lang()))).append(" — ")
                .append(e.areaName()).append("\n\n");
        long minutes = Math.max(0, (r.endedAt() - e.declaredAt()) / 60_000);
        row(b, messages, "report.declared", TIME.format(Instant.ofEpochMilli(e.declaredAt())));
        row(b, messages, "report.ended", TIME.format(Instant.ofEpochMilli(r.endedAt())));
        row(b, messages, "report.duration", messages.format("report.minutes", minutes));
        row(b, messages, "report.units", String.join(", ", new java.util.TreeSet<>(e.unitCodes())));
        row(b, messages, "report.open", Long.toString(p.open()));
        row(b, messages, "report.overdue", Long.toString(p.overdue()));
        row(b, messages, "report.summons", messages.format("emergency.summons.tally", e.called(), e.arrived()));
        row(b, messages, "report.responders", messages.get("emergency.responders.none"));
        b.append("\n## ").append(messages.get("emergency.timeline")).append("\n\n");
        for (TimelineEntry t : p.timeline()) {
            b.append("- ").append(TIME.format(Instant.ofEpochMilli(t.at()))).append(" ")
                    .append(messages.get("emergency.step." + t.step()));
            if (t.detail() != null && !t.detail().isEmpty()) {
                b.append(" (").append(t.detail()).append(')');
            }
            b.append('\n');
        }
        b.append("\n## ").append(messages.get("emergency.incidents")).append("\n\n");
        if (p.incidents().isEmpty()) {
            b.append(messages.get("emergency.incidents.none")).append('\n');
        } else {
            b.append("| ").append(messages.get("report.col.time")).append(" | ").append(messages.get("report.col.id"))
                    .append(" | ").append(messages.get("report.col.category")).append(" | ")
                    .append(messages.get("report.col.severity")).append(" | ").append(messages.get("report.col.status"))
                    .append(" | ").append(messages.get("report.col.place")).append(" |\n|---|---|---|---|---|---|\n");
            for (AreaIncident a : p.incidents()) {
                b.append("| ").append(TIME.format(Instant.ofEpochMilli(a.lastEventAt()))).append(" | ")
                        .append(a.incidentId()).append(" | ").append(a.category().label(messages.lang())).append(" | ")
                        .append(a.severity()).append(" | ").append(a.status().label(messages.lang())).append(" | ")
                        .append(a.place() == null ? "" : a.place()).append(" |\n");
            }
        }
        b.append("\n").append(messages.get("report.note.recent")).append("\n\n");
        b.append("## ").append(messages.get("report.snapshots")).append("\n\n");
        b.append("![wall](wall.png)\n\n![area](area.png)\n");
        return b.toString();
    }

    private static void row(StringBuilder b, Messages messages, String key, String value) {
        b.append("- **").append(messages.get(key)).append("**: ").append(value).append('\n');
    }
}
