package com.gridwall.ui.emergency;

import com.gridwall.ui.i18n.Messages;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The emergency layout's two side columns: left, the header (kind, area, declared, elapsed) and the
 * incidents in the area; right, the response timeline, the red summons tally and the responders note.
 * Fixed pools of labels (12 incidents, 10 timeline steps) whose texts change with each picture; no
 * node per event. Confined to the FX thread.
 */
public final class EmergencyView {
    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));
    static final int TIMELINE_ROWS = 10;

    private Messages messages;
    private EmergencyPicture shown;
    private final java.util.List<Label> keyed = new java.util.ArrayList<>();
    private final VBox left = new VBox();
    private final VBox right = new VBox();
    private final Label title = label("emergency-title");
    private final Label area = label("emergency-area");
    private final Label declared = label("emergency-meta");
    private final Label counts = label("emergency-meta");
    private final Label[] incidents = new Label[EmergencyPicture.MAX_INCIDENTS];
    private final Label noIncidents = label("emergency-row");
    private final Label[] steps = new Label[TIMELINE_ROWS];
    private final Label tally = label("emergency-tally");
    private final Label tallyKeys = label("emergency-hint");
    private final Label responders = label("emergency-hint");

    public EmergencyView(Messages messages) {
        this.messages = messages;
        left.getStyleClass().addAll("emergency-panel", "emergency-left");
        left.setId("emergency-left");
        right.getStyleClass().addAll("emergency-panel", "emergency-right");
        right.setId("emergency-right");
        title.setId("emergency-title");
        tally.setId("emergency-tally");
        Label incidentsHeader = header("emergency.incidents");
        left.getChildren().addAll(title, area, declared, counts, incidentsHeader);
        for (int i = 0; i < incidents.length; i++) {
            incidents[i] = label("emergency-row");
            left.getChildren().add(incidents[i]);
        }
        keyed(noIncidents, "emergency.incidents.none");
        left.getChildren().add(noIncidents);
        right.getChildren().add(header("emergency.timeline"));
        for (int i = 0; i < steps.length; i++) {
            steps[i] = label("emergency-row");
            right.getChildren().add(steps[i]);
        }
        keyed(tallyKeys, "emergency.summons.keys");
        keyed(responders, "emergency.responders.none");
        responders.setWrapText(true);
        tallyKeys.setWrapText(true);
        right.getChildren().addAll(header("emergency.summons"), tally, tallyKeys,
                header("emergency.responders"), responders);
        VBox.setVgrow(left, Priority.ALWAYS);
        VBox.setVgrow(right, Priority.ALWAYS);
    }

    private static Label label(String cls) {
        Label l = new Label();
        l.getStyleClass().add(cls);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    private Label header(String key) {
        return keyed(label("emergency-header"), key);
    }

    /** A label whose text is the message {@code key}, written again when the language changes. */
    private Label keyed(Label l, String key) {
        l.setUserData(key);
        l.setText(messages.get(key));
        keyed.add(l);
        return l;
    }

    /** Switches the columns' language; the shown picture is written again. */
    public void setMessages(Messages m) {
        messages = m;
        for (Label l : keyed) {
            l.setText(m.get((String) l.getUserData()));
        }
        show(shown);
    }

    public VBox left() {
        return left;
    }

    public VBox right() {
        return right;
    }

    public void show(EmergencyPicture p) {
        if (p == null) {
            return;
        }
        shown = p;
        Emergency e = p.emergency();
        title.setText(messages.format("emergency.title", e.kind().label(messages.lang())));
        area.setText(e.areaName());
        long minutes = Math.max(0, (p.asOf() - e.declaredAt()) / 60_000);
        declared.setText(messages.format("emergency.declared", HHMM.format(Instant.ofEpochMilli(e.declaredAt())), minutes));
        counts.setText(messages.format("emergency.counts", p.open(), p.overdue()));
        for (int i = 0; i < incidents.length; i++) {
            boolean on = i < p.incidents().size();
            incidents[i].setVisible(on);
            incidents[i].setManaged(on);
            if (on) {
                AreaIncident a = p.incidents().get(i);
                incidents[i].setText(HHMM.format(Instant.ofEpochMilli(a.lastEventAt())) + "  "
                        + a.category().label(messages.lang()) + "  " + a.status().label(messages.lang())
                        + "  " + (a.place() == null ? "" : a.place()));
                incidents[i].getStyleClass().setAll("emergency-row", "severity-" + Math.max(1, Math.min(4, a.severity())));
            }
        }
        noIncidents.setVisible(p.incidents().isEmpty());
        noIncidents.setManaged(p.incidents().isEmpty());
        int first = Math.max(0, p.timeline().size() - steps.length);
        for (int i = 0; i < steps.length; i++) {
            int k = first + i;
            boolean on = k < p.timeline().size();
            steps[i].setVisible(on);
            steps[i].setManaged(on);
            if (on) {
                steps[i].setText(stepText(p.timeline().get(k)));
            }
        }
        tally.setText(messages.format("emergency.summons.tally", e.called(), e.arrived()));
    }

    String stepText(TimelineEntry t) {
        String detail = t.detail() == null || t.detail().isEmpty() ? "" : "  " + t.detail();
        return HHMM.format(Instant.ofEpochMilli(t.at())) + "  " + messages.get("emergency.step." + t.step()) + detail;
    }
}
