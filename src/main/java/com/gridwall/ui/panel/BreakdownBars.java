package com.gridwall.ui.panel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Skin;

/**
 * Horizontal bars of a breakdown (by category, by source): the largest {@code maxRows − 1} items,
 * then one "其他" row for the rest, each with count and share of the total. A bounded pool of row
 * nodes is reused, so any number of items costs at most {@code maxRows} rows. FX thread only.
 */
public class BreakdownBars extends WallControl {
    private final ObjectProperty<List<BreakdownItem>> items = new SimpleObjectProperty<>(this, "items", List.of());
    private final StringProperty headingKey = new SimpleStringProperty(this, "headingKey");
    private final IntegerProperty maxRows = new SimpleIntegerProperty(this, "maxRows", 5);

    public BreakdownBars() {
        getStyleClass().add("breakdown-bars");
    }

    public final ObjectProperty<List<BreakdownItem>> itemsProperty() {
        return items;
    }

    public final List<BreakdownItem> getItems() {
        return items.get() == null ? List.of() : items.get();
    }

    public final void setItems(List<BreakdownItem> list) {
        items.set(list == null ? List.of() : List.copyOf(list));
    }

    /** Bundle key of the small heading over the bars (e.g. {@code breakdown.byCategory}); none if null. */
    public final StringProperty headingKeyProperty() {
        return headingKey;
    }

    public final void setHeadingKey(String key) {
        headingKey.set(key);
    }

    public final IntegerProperty maxRowsProperty() {
        return maxRows;
    }

    public final void setMaxRows(int n) {
        maxRows.set(n);
    }

    /** The rows shown: largest first; beyond {@code maxRows − 1} items the rest are summed into "其他". */
    public static List<Row> rows(List<BreakdownItem> items, int maxRows) {
        List<BreakdownItem> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparingLong(BreakdownItem::count).reversed());
        long total = sorted.stream().mapToLong(BreakdownItem::count).sum();
        List<Row> rows = new ArrayList<>();
        int limit = Math.max(1, maxRows);
        boolean fold = sorted.size() > limit;
        int shown = fold ? limit - 1 : sorted.size();
        for (int i = 0; i < shown; i++) {
            rows.add(new Row(sorted.get(i).label(), sorted.get(i).count(), total, false));
        }
        if (fold) {
            long rest = sorted.subList(shown, sorted.size()).stream().mapToLong(BreakdownItem::count).sum();
            rows.add(new Row(null, rest, total, true));
        }
        return rows;
    }

    /** A shown row; {@code label} is null for the "other" row. */
    public record Row(LocalText label, long count, long total, boolean other) {
        public double share() {
            return total == 0 ? 0 : (double) count / total;
        }
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new BreakdownBarsSkin(this);
    }
}
