package com.gridwall.ui.panel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Skin;

/**
 * Departments ranked by timely rate, best first: rank badge, name, bar, rate. Ties are broken by
 * more incidents resolved, then by name, so the order is stable frame to frame. Shows the top
 * {@code maxRows}. FX thread only.
 */
public class DepartmentRanking extends WallControl {
    private final ObjectProperty<List<RankItem>> items = new SimpleObjectProperty<>(this, "items", List.of());
    private final IntegerProperty maxRows = new SimpleIntegerProperty(this, "maxRows", 6);

    public DepartmentRanking() {
        getStyleClass().add("department-ranking");
    }

    public final ObjectProperty<List<RankItem>> itemsProperty() {
        return items;
    }

    public final void setItems(List<RankItem> list) {
        items.set(list == null ? List.of() : List.copyOf(list));
    }

    public final List<RankItem> getItems() {
        return items.get() == null ? List.of() : items.get();
    }

    public final IntegerProperty maxRowsProperty() {
        return maxRows;
    }

    public final void setMaxRows(int n) {
        maxRows.set(n);
    }

    /** The ranking order: rated before unrated, higher rate first, then more resolved, then enum order. */
    public static List<RankItem> ranked(List<RankItem> items) {
        List<RankItem> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing(RankItem::hasRate).reversed()
                .thenComparing(Comparator.comparingDouble((RankItem r) -> r.hasRate() ? r.timelyRate() : 0).reversed())
                .thenComparing(Comparator.comparingLong(RankItem::resolved).reversed())
                .thenComparing(RankItem::department));
        return sorted;
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new DepartmentRankingSkin(this);
    }
}
