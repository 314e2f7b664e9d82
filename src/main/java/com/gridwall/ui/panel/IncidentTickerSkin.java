package com.gridwall.ui.panel;

import javafx.animation.FadeTransition;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SkinBase;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** A ListView over the ticker's items with fixed-height reusable cells. */
final class IncidentTickerSkin extends SkinBase<IncidentTicker> {
    static final double CELL_HEIGHT = 62;
    private final ListView<TickerItem> list = new ListView<>();

    IncidentTickerSkin(IncidentTicker ticker) {
        super(ticker);
        list.getStyleClass().add("ticker-list");
        list.setItems(ticker.getItems());
        list.setFixedCellSize(CELL_HEIGHT);
        list.setFocusTraversable(false);
        list.setCellFactory(lv -> new TickerCell(ticker));
        getChildren().add(list);
    }

    /**
     * Whole rows only: a half-cut line at the bottom reads as a glitch on a wall. The rows that
     * fit share the leftover height, so the list ends flush with the panel.
     */
    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        double rows = Math.max(1, Math.floor(h / CELL_HEIGHT));
        double cell = Math.max(CELL_HEIGHT, Math.floor(h / rows));
        if (list.getFixedCellSize() != cell) {
            list.setFixedCellSize(cell);
        }
        list.resizeRelocate(x, y, w, Math.min(h, rows * cell));
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return top + 3 * CELL_HEIGHT + bottom;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return top + CELL_HEIGHT + bottom;
    }

    /** One reusable line: severity stripe and badge, category, status / place, age. */
    static final class TickerCell extends ListCell<TickerItem> {
        private final IncidentTicker ticker;
        private final Region stripe = new Region();
        private final Label severity = new Label();
        private final Label category = new Label();
        private final Label status = new Label();
        private final Label place = new Label();
        private final Label age = new Label();
        private final Region pulse = new Region();
        private final FadeTransition pulseFade = new FadeTransition(Duration.millis(1800), pulse);
        private final StackPane graphicHolder;

        TickerCell(IncidentTicker ticker) {
            this.ticker = ticker;
            getStyleClass().add("ticker-cell");
            stripe.getStyleClass().add("ticker-stripe");
            severity.getStyleClass().add("ticker-severity");
            severity.setMinWidth(Region.USE_PREF_SIZE);
            category.getStyleClass().add("ticker-category");
            category.setMinWidth(Region.USE_PREF_SIZE);
            status.getStyleClass().add("ticker-status");
            status.setMinWidth(Region.USE_PREF_SIZE);
            place.getStyleClass().add("ticker-place");
            place.setMinWidth(0);
            age.getStyleClass().add("ticker-age");
            age.setMinWidth(Region.USE_PREF_SIZE);
            pulse.getStyleClass().add("ticker-pulse");
            pulse.setOpacity(0);
            pulse.setMouseTransparent(true);
            pulseFade.setFromValue(1);
            pulseFade.setToValue(0);

            Region gap1 = new Region();
            HBox.setHgrow(gap1, Priority.ALWAYS);
            HBox line1 = new HBox(severity, category, gap1, status);
            line1.setAlignment(Pos.CENTER_LEFT);
            line1.getStyleClass().add("ticker-line");
            Region gap2 = new Region();
            HBox.setHgrow(gap2, Priority.ALWAYS);
            HBox line2 = new HBox(place, gap2, age);
            line2.setAlignment(Pos.CENTER_LEFT);
            line2.getStyleClass().add("ticker-line");
            VBox text = new VBox(line1, line2);
            text.getStyleClass().add("ticker-text");
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox row = new HBox(stripe, text);
            row.getStyleClass().add("ticker-row");
            StackPane graphic = new StackPane(row, pulse);
            graphic.setMinWidth(0);
            setGraphic(null);
            setText(null);
            setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
            setPrefWidth(0); // never wider than the list: no horizontal scrolling
            graphicHolder = graphic;

            // Bindings listen weakly to the ticker, so a cell never keeps a disposed ticker alive.
            age.textProperty().bind(Bindings.createStringBinding(
                    () -> getItem() == null ? "" : TimeText.age(getItem().at(), ticker.getNow(), ticker.getLang()),
                    itemProperty(), ticker.nowProperty(), ticker.langProperty()));
            severity.textProperty().bind(Bindings.createStringBinding(
                    () -> getItem() == null ? "" : Severity.label(getItem().severity(), ticker.getLang()),
                    itemProperty(), ticker.langProperty()));
            category.textProperty().bind(Bindings.createStringBinding(
                    () -> getItem() == null ? "" : getItem().category().label(ticker.getLang()),
                    itemProperty(), ticker.langProperty()));
            status.textProperty().bind(Bindings.createStringBinding(
                    () -> getItem() == null ? "" : getItem().status().label(ticker.getLang()),
                    itemProperty(), ticker.langProperty()));
            setOnMouseClicked(e -> {
                if (getItem() != null && ticker.onSelectProperty().get() != null) {
                    ticker.onSelectProperty().get().accept(getItem());
                }
            });
        }

        @Override
        protected void updateItem(TickerItem item, boolean empty) {
            super.updateItem(item, empty);
            pulseFade.stop();
            pulse.setOpacity(0);
            getStyleClass().removeAll(Severity.ALL_CLASSES);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            getStyleClass().add(Severity.styleClass(item.severity()));
            place.setText(item.place());
            setGraphic(graphicHolder);
            if (ticker.consumeFresh(item.eventId())) {
                pulseFade.playFromStart();
            }
        }

        boolean isPulsing() {
            return pulseFade.getStatus() == javafx.animation.Animation.Status.RUNNING;
        }
    }
}
