package com.gridwall.ui.panel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.scene.control.Skin;

/**
 * Departments ranked by timely rate, best first: rank badge, name, bar, rate. Ties are broken by
 * more incidents resolved, then by name, so the order is stable frame to frame. Shows the top
 * {@code maxRows}. FX thread only.
 */
public class DepartmentRanking extends BoundedList<RankItem> {
    public DepartmentRanking() {
        super("department-ranking", 6);
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
