package com.gridwall.ui.wall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WallLayoutConfigTest {
    @Test
    void bundledLayoutsPlaceEveryPanelAndTheWideOneUsesExtraColumns() {
        WallLayoutConfig n = WallLayoutConfig.bundled(false);
        WallLayoutConfig w = WallLayoutConfig.bundled(true);
        assertEquals(1920, n.designWidth());
        assertEquals(3840, w.designWidth());
        assertTrue(n.leftExtra().isEmpty() && n.rightExtra().isEmpty());
        assertTrue(w.placed().size() > n.placed().size());
        assertTrue(!w.leftExtra().isEmpty() && !w.rightExtra().isEmpty());
        assertEquals(w, WallLayoutConfig.forScreen(7680, 2160));
        assertEquals(n, WallLayoutConfig.forScreen(3840, 2160));
    }

    @Test
    void parsesColumnsAndRows() {
        WallLayoutConfig c = WallLayoutConfig.parse("t.conf", List.of("# comment", "design = 2560x1080",
                "left = kpi", "left-extra = category, source | ranking  # two columns", "right = ticker", "rows.ranking = 9"));
        assertEquals(2560, c.designWidth());
        assertEquals(List.of(List.of("category", "source"), List.of("ranking")), c.leftExtra());
        assertEquals(9, c.rows("ranking", 5));
        assertEquals(5, c.rows("overdue", 5));
    }

    @Test
    void badLinesAreNamedByFileAndLine() {
        assertError("t.conf:2: unknown panel 'map'", "left = kpi", "right = map");
        assertError("t.conf:2: panel 'kpi' placed twice", "left = kpi", "right = kpi");
        assertError("t.conf:1: unknown key 'middle'", "middle = kpi");
        assertError("t.conf:1: design must be WIDTHxHEIGHT", "design = wide");
        assertError("t.conf:1: rows.overdue must be a whole number", "rows.overdue = lots");
        assertError("t.conf:1: expected 'key = value'", "kpi trend");
    }

    private static void assertError(String start, String... lines) {
        var e = assertThrows(IllegalArgumentException.class, () -> WallLayoutConfig.parse("t.conf", List.of(lines)));
        assertTrue(e.getMessage().startsWith(start), e.getMessage());
    }
}
