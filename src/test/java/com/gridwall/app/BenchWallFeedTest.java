package com.gridwall.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gridwall.geo.GridMap;
import com.gridwall.geo.io.MapLoader;
import org.junit.jupiter.api.Test;

/** The bench's feed: history first, then events counted out at the asked rate into a real store. */
class BenchWallFeedTest {
    @Test
    void deliversHistoryThenNeverMoreThanTheAskedRateAndReleasesItsArrowMemory() throws Exception {
        GridMap map = MapLoader.loadResource(MapLoader.DEFAULT_RESOURCE);
        double rate = 5000;
        BenchWallFeed feed = new BenchWallFeed(map, 3, rate, 1);
        try {
            long history = feed.appended();
            assertTrue(history > 100, "an hour of simulated history goes in before the start: " + history);
            assertTrue(feed.store().snapshot().markers().size() > 0, "the history leaves live markers");
            long t0 = System.nanoTime();
            feed.start();
            long end = t0 + 20_000_000_000L;
            while (feed.appended() - history < 2000 && System.nanoTime() < end) {
                Thread.sleep(20);
            }
            long live = feed.appended() - history;
            double elapsed = (System.nanoTime() - t0) / 1e9;
            assertTrue(live >= 2000, "live events keep coming whatever the simulated hour: " + live);
            // counted, not clock-paced: never ahead of rate x elapsed (the bound is the pacing rule itself)
            assertTrue(live <= rate * elapsed + 1, live + " events in " + elapsed + " s at " + rate + "/s");
        } finally {
            feed.close(); // the root allocator's close throws if any Arrow buffer leaked
        }
    }
}
