package com.gridwall.ui.timeline;

import com.gridwall.domain.Lang;
import java.time.Instant;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Paint;

/**
 * The look of {@link TimelineBar}: a control row (badge, instant, transport, speeds, bookmark,
 * back to live), the density histogram on one canvas (bars from the model's primitive array, the
 * played part brighter, the playhead, bookmark marks, the range's ends), and an inline bookmark
 * editor shown while adding or editing. Repaints only when the density, position, marks, size or
 * colours change.
 */
final class TimelineBarSkin extends SkinBase<TimelineBar> {
    /** Design pixels per histogram bin. */
    private static final double BIN_PX = 4;
    private static final double MARK_HIT_PX = 8;

    private final TimelineModel model;
    private final Label badge = new Label();
    private final Label instant = new Label();
    private final Button playButton = new Button();
    private final Button back = new Button();
    private final Button forward = new Button();
    private final ToggleGroup speeds = new ToggleGroup();
    private final HBox speedBox = new HBox();
    private final Button addMark = new Button();
    private final Button liveButton = new Button();
    private final Label problem = new Label();
    private final Canvas canvas = new Canvas();
    private final Pane canvasPane = new Pane(canvas);
    private final Label rangeStart = new Label();
    private final Label rangeEnd = new Label();
    private final HBox editor = new HBox();
    private final TextField titleField = new TextField();
    private final TextField noteField = new TextField();
    private final Button save = new Button();
    private final Button delete = new Button();
    private final Button cancel = new Button();
    private TimelineMark editing;
    private boolean editingNew;

    TimelineBarSkin(TimelineBar bar) {
        super(bar);
        this.model = bar.model();
        badge.getStyleClass().add("timeline-badge");
        badge.setId("timeline-badge");
        instant.getStyleClass().add("timeline-instant");
        instant.setId("timeline-instant");
        playButton.setId("timeline-play");
        back.setId("timeline-back");
        forward.setId("timeline-forward");
        addMark.setId("timeline-add-mark");
        liveButton.setId("timeline-live");
        liveButton.getStyleClass().add("timeline-live-button");
        problem.getStyleClass().add("timeline-problem");
        problem.setId("timeline-problem");
        badge.setMinWidth(Region.USE_PREF_SIZE);
        instant.setMinWidth(Region.USE_PREF_SIZE);
        for (Button b : List.of(playButton, back, forward, addMark, liveButton, save, delete, cancel)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.getStyleClass().add("timeline-button");
            b.setFocusTraversable(false);
        }
        speedBox.getStyleClass().add("timeline-speeds");
        for (int x : TimelineModel.SPEEDS) {
            ToggleButton t = new ToggleButton();
            t.setUserData(x);
            t.setId("timeline-speed-" + x);
            t.getStyleClass().add("timeline-speed");
            t.setMinWidth(Region.USE_PREF_SIZE);
            t.setToggleGroup(speeds);
            t.setFocusTraversable(false);
            t.setOnAction(e -> {
                model.setSpeed(x);
                syncSpeed();
            });
            speedBox.getChildren().add(t);
        }
        playButton.setOnAction(e -> model.togglePlay());
        back.setOnAction(e -> model.step(-1));
        forward.setOnAction(e -> model.step(1));
        liveButton.setOnAction(e -> model.toggleLive());
        addMark.setOnAction(e -> openEditor(null));
        save.setOnAction(e -> saveEditor());
        delete.setOnAction(e -> {
            if (editing != null && !editingNew) {
                model.removeMark(editing);
            }
            closeEditor();
        });
        cancel.setOnAction(e -> closeEditor());
        titleField.setId("timeline-mark-title");
        noteField.setId("timeline-mark-note");
        titleField.getStyleClass().add("timeline-field");
        noteField.getStyleClass().addAll("timeline-field", "timeline-note-field");
        HBox.setHgrow(noteField, Priority.ALWAYS);
        editor.getChildren().addAll(titleField, noteField, save, delete, cancel);
        editor.getStyleClass().add("timeline-editor");
        editor.setId("timeline-editor");
        editor.setAlignment(Pos.CENTER_LEFT);
        showEditor(false);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(badge, instant, back, playButton, forward, speedBox, spacer, problem, addMark, liveButton);
        row.getStyleClass().add("timeline-row");
        row.setAlignment(Pos.CENTER_LEFT);
        canvasPane.getStyleClass().add("timeline-histogram");
        canvasPane.setId("timeline-histogram");
        canvasPane.setMinSize(0, 0);
        rangeStart.getStyleClass().add("timeline-range-label");
        rangeEnd.getStyleClass().add("timeline-range-label");
        rangeStart.setId("timeline-range-start");
        rangeEnd.setId("timeline-range-end");
        rangeStart.setMinWidth(Region.USE_PREF_SIZE);
        rangeEnd.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(canvasPane, Priority.ALWAYS);
        // the range's ends beside the histogram, not under it: every pixel of height goes to the bars
        HBox histogramRow = new HBox(rangeStart, canvasPane, rangeEnd);
        histogramRow.getStyleClass().add("timeline-histogram-row");
        histogramRow.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(histogramRow, Priority.ALWAYS);
        VBox box = new VBox(row, histogramRow, editor);
        box.getStyleClass().add("timeline-box");
        getChildren().add(box);

        canvas.widthProperty().bind(canvasPane.widthProperty());
        canvas.heightProperty().bind(canvasPane.heightProperty());
        canvas.widthProperty().addListener((o, a, b) -> {
            model.setDensityBins((int) Math.max(1, b.doubleValue() / BIN_PX));
            paint();
        });
        canvas.heightProperty().addListener((o, a, b) -> paint());
        canvas.setOnMousePressed(this::press);
        canvas.setOnMouseDragged(e -> scrub(e.getX()));

        model.positionProperty().addListener((o, a, b) -> {
            instant.setText(TimelineText.instant(b));
            paint();
        });
        model.densityProperty().addListener((o, a, b) -> paint());
        model.startProperty().addListener((o, a, b) -> rangeStart.setText(TimelineText.shortInstant(b)));
        model.endProperty().addListener((o, a, b) -> rangeEnd.setText(TimelineText.shortInstant(b)));
        rangeStart.setText(TimelineText.shortInstant(model.startProperty().get()));
        rangeEnd.setText(TimelineText.shortInstant(model.endProperty().get()));
        model.marksProperty().addListener((o, a, b) -> paint());
        model.replayingProperty().addListener((o, a, b) -> texts());
        model.playingProperty().addListener((o, a, b) -> texts());
        model.speedProperty().addListener((o, a, b) -> syncSpeed());
        model.problemProperty().addListener((o, a, b) -> problem.setText(b == null ? "" : b));
        bar.langProperty().addListener((o, a, b) -> texts());
        for (var p : List.of(bar.barFillProperty(), bar.barPastFillProperty(), bar.playheadProperty(),
                bar.markFillProperty(), bar.axisTextProperty())) {
            p.addListener((o, a, b) -> paint());
        }
        instant.setText(TimelineText.instant(model.positionProperty().get()));
        problem.setText(model.problemProperty().get() == null ? "" : model.problemProperty().get());
        texts();
        syncSpeed();
    }

    private Lang lang() {
        return getSkinnable().getLang();
    }

    private void texts() {
        Lang l = lang();
        boolean replaying = model.replayingProperty().get();
        badge.setText(TimelineText.text(l, replaying ? "mode.replay" : "mode.live"));
        badge.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("replay"), replaying);
        playButton.setText(TimelineText.text(l, model.playingProperty().get() ? "pause" : "play"));
        back.setText(TimelineText.text(l, "step.back"));
        forward.setText(TimelineText.text(l, "step.forward"));
        addMark.setText(TimelineText.text(l, "mark.add"));
        liveButton.setText(TimelineText.text(l, replaying ? "live.back" : "mode.replay"));
        save.setText(TimelineText.text(l, "mark.save"));
        delete.setText(TimelineText.text(l, "mark.delete"));
        cancel.setText(TimelineText.text(l, "mark.cancel"));
        titleField.setPromptText(TimelineText.text(l, "mark.title"));
        noteField.setPromptText(TimelineText.text(l, "mark.note"));
        for (var t : speeds.getToggles()) {
            ((ToggleButton) t).setText(TimelineText.format(l, "speed", String.valueOf(t.getUserData())));
        }
    }

    private void syncSpeed() {
        int s = model.speedProperty().get();
        for (var t : speeds.getToggles()) {
            t.setSelected(((Integer) t.getUserData()) == s);
        }
    }

    // ---- scrubbing and marks ----

    private void press(MouseEvent e) {
        TimelineMark hit = markAt(e.getX());
        if (hit != null && e.getY() <= markZone()) {
            openEditor(hit);
            return;
        }
        scrub(e.getX());
    }

    private void scrub(double x) {
        double w = canvas.getWidth();
        if (w > 0) {
            model.seekFraction(x / w);
        }
    }

    private double markZone() {
        return Math.max(12, canvas.getHeight() * 0.3);
    }

    private TimelineMark markAt(double x) {
        double w = canvas.getWidth();
        TimelineMark best = null;
        double bestD = MARK_HIT_PX;
        for (TimelineMark m : model.marksProperty().get()) {
            double d = Math.abs(model.fractionOf(m.at()) * w - x);
            if (d <= bestD) {
                bestD = d;
                best = m;
            }
        }
        return best;
    }

    private void openEditor(TimelineMark mark) {
        editingNew = mark == null;
        editing = mark;
        titleField.setText(mark == null ? TimelineText.text(lang(), "mark.default") : mark.title());
        noteField.setText(mark == null ? "" : mark.note());
        delete.setDisable(editingNew);
        showEditor(true);
        noteField.requestFocus();
    }

    private void saveEditor() {
        String title = titleField.getText() == null || titleField.getText().isBlank()
                ? TimelineText.text(lang(), "mark.default") : titleField.getText().strip();
        Instant at = editingNew ? model.positionProperty().get() : editing.at();
        model.saveMark(new TimelineMark(at, title, noteField.getText()), editingNew ? null : editing);
        closeEditor();
    }

    private void closeEditor() {
        editing = null;
        showEditor(false);
    }

    private void showEditor(boolean on) {
        editor.setVisible(on);
        editor.setManaged(on);
    }

    /** True while the bookmark editor is open (tests). */
    boolean editorOpen() {
        return editor.isVisible();
    }

    // ---- painting ----

    private void paint() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        if (w <= 0 || h <= 0) {
            return;
        }
        TimelineBar bar = getSkinnable();
        double axis = 1;
        double top = markZone() * 0.5;
        double plotH = Math.max(1, h - axis - top);
        DensityBins d = model.densityProperty().get();
        double playX = model.fractionOf(model.positionProperty().get()) * w;
        if (d.bins() > 0 && d.max() > 0) {
            double bw = w / d.bins();
            for (int i = 0; i < d.bins(); i++) {
                long c = d.count(i);
                if (c == 0) {
                    continue;
                }
                double bh = Math.max(1, plotH * c / (double) d.max());
                double x = i * bw;
                Paint p = x + bw <= playX ? bar.barPastFillProperty().get() : bar.barFillProperty().get();
                if (p != null) {
                    g.setFill(p);
                    g.fillRect(x, top + plotH - bh, Math.max(1, bw - 1), bh);
                }
            }
        }
        Paint axisPaint = bar.axisTextProperty().get();
        if (axisPaint != null) {
            g.setFill(axisPaint);
            g.fillRect(0, top + plotH, w, 1);
        }
        Paint markPaint = bar.markFillProperty().get();
        if (markPaint != null) {
            g.setFill(markPaint);
            double s = markZone() * 0.5;
            for (TimelineMark m : model.marksProperty().get()) {
                double x = model.fractionOf(m.at()) * w;
                g.fillPolygon(new double[] {x - s * 0.6, x + s * 0.6, x}, new double[] {0, 0, s}, 3);
                g.fillRect(x - 0.5, s, 1, plotH + top - s);
            }
        }
        Paint head = bar.playheadProperty().get();
        if (head != null && model.replayingProperty().get()) {
            g.setFill(head);
            g.fillRect(playX - 1, 0, 2, top + plotH);
        }
    }
}
