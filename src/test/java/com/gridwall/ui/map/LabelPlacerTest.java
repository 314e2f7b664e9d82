package com.gridwall.ui.map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Overlay areas keep labels out even where overlays overlap each other (the alert banner over the area name). */
class LabelPlacerTest {
    @Test
    void overlappingReservedAreasAreAllKeptFree() {
        LabelPlacer placer = new LabelPlacer(2000, 1200, 4);
        placer.reserve(800, 20, 300, 100);   // area name box
        placer.reserve(60, 100, 1800, 460);  // alert banner, overlapping it
        assertFalse(placer.tryPlace(900, 500, 200, 40), "a label under the banner's last row");
        assertFalse(placer.tryPlace(950, 60, 100, 30), "a label under the area name");
        assertTrue(placer.tryPlace(900, 700, 200, 40), "a label below the banner");
        assertFalse(placer.tryPlace(910, 705, 200, 40), "labels never overlap each other");
    }
}
