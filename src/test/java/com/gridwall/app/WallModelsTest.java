package com.gridwall.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gridwall.domain.Category;
import com.gridwall.domain.Level;
import com.gridwall.geo.MapUnit;
import com.gridwall.store.snapshot.WallSnapshot;
import com.gridwall.ui.panel.BreakdownItem;
import com.gridwall.ui.panel.KpiKind;
import com.gridwall.ui.panel.KpiTileModel;
import com.gridwall.ui.panel.TickerItem;
import com.gridwall.ui.wall.AlertDetector;
import com.gridwall.ui.wall.WallModels;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The presenter's mapping, without a scene: scoped models equal the snapshot's own numbers. */
class WallModelsTest {
    private static WallSnapshot snap;
    private static final WallModels MODELS = new WallModels(WallTestBed.MAP, ZoneId.of("Asia/Shanghai"));

    @BeforeAll
    static void store() {
        snap = WallTestBed.simulated(4000);
    }

    @Test
    void tilesOfAScopeAreThatUnitsKpisWithYesterday() {
        MapUnit street = WallTestBed.MAP.unitsAt(Level.STREET).get(1);
        List<KpiTileModel> tiles = MODELS.tiles(snap, street);
        assertEquals(KpiKind.values().length, tiles.size());
        var u = snap.unit(street.code());
        assertEquals(u.today().received(), tiles.get(0).value().getAsDouble());
        assertEquals(u.yesterday().received(), tiles.get(0).sameTimeYesterday().getAsDouble());
        assertEquals(u.open(), tiles.get(1).value().getAsDouble());
        // breakdown by category sums to today's received in that street
        long sum = MODELS.byCategory(snap, street).stream().mapToLong(BreakdownItem::count).sum();
        assertEquals(u.today().byCategory().total(), sum);
    }

    @Test
    void listsAreFilteredToTheScopeAndNamedFromTheMap() {
        MapUnit street = WallTestBed.MAP.unitsAt(Level.STREET).get(0);
        List<TickerItem> all = MODELS.ticker(snap, null);
        List<TickerItem> scoped = MODELS.ticker(snap, street);
        assertEquals(snap.recent().size(), all.size());
        assertTrue(scoped.size() < all.size());
        assertTrue(scoped.stream().allMatch(t -> t.street().equals(street.name())));
        long expected = snap.recent().stream().filter(e -> street.code().equals(e.streetCode())).count();
        assertEquals(expected, scoped.size());
        assertFalse(all.get(0).grid().isEmpty());
        assertEquals(snap.overdue().stream().filter(o -> street.code().equals(o.streetCode())).count(),
                MODELS.overdue(snap, street).size());
    }

    @Test
    void alertsOnlyForRecentCriticalsAndEachIncidentOnce() {
        AlertDetector d = new AlertDetector(WallTestBed.MAP, MODELS, Duration.ofHours(48));
        var first = d.detect(snap);
        long criticals = snap.recent().stream().filter(e -> e.severity() >= 4
                && e.type() == com.gridwall.domain.EventType.REPORTED).map(e -> e.incidentId()).distinct().count();
        assertEquals(criticals, first.stream().filter(a -> a.kind() == com.gridwall.ui.alert.AlertKind.NEW_CRITICAL).count());
        assertTrue(d.detect(snap).isEmpty(), "the same snapshot raises nothing again");
        // a zero window: nothing in the history is news
        assertTrue(new AlertDetector(WallTestBed.MAP, MODELS, Duration.ZERO).detect(snap).stream()
                .allMatch(a -> a.at().equals(snap.asOf())));
        assertTrue(first.stream().allMatch(a -> a.category() instanceof Category));
    }
}
