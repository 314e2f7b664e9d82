package com.gridwall.feed.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gridwall.domain.Category;
import com.gridwall.domain.Event;
import com.gridwall.domain.EventType;
import com.gridwall.domain.Source;
import com.gridwall.feed.TestUnits;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The simulator's promises: deterministic, well-formed lifecycles, and the domain's shapes. */
class SimulatorTest {
    // 2026-06-30 00:00 Beijing time
    static final long MIDNIGHT = Instant.parse("2026-06-29T16:00:00Z").toEpochMilli();
    static final long DAY = 86_400_000L;

    static List<Event> run(long seed, Scenario s, long untilMs) {
        List<Event> out = new ArrayList<>();
        Simulator sim = new Simulator(SimConfig.of(seed, s, 2_000, 1440, MIDNIGHT), TestUnits.small());
        while (sim.generateUntil(untilMs, 10_000, out) > 0) {
            // drain
        }
        return out;
    }

    @Test
    void theSameSeedGivesTheSameEventsHoweverTheyArePulled() {
        List<Event> a = run(1, Scenario.NORMAL, MIDNIGHT + DAY / 4);
        Simulator sim = new Simulator(SimConfig.of(1, Scenario.NORMAL, 2_000, 1440, MIDNIGHT), TestUnits.small());
        List<Event> b = new ArrayList<>();
        for (long t = MIDNIGHT; t <= MIDNIGHT + DAY / 4; t += 7_777) {
            sim.generateUntil(t, 13, b);
            while (sim.nextEventTime() <= t) {
                sim.generateUntil(t, 13, b);
            }
        }
        assertEquals(a, b);
        assertNotEquals(a, run(2, Scenario.NORMAL, MIDNIGHT + DAY / 4));
        for (int i = 0; i < a.size(); i++) {
            assertEquals(i + 1, a.get(i).seq(), "consecutive seqs");
            if (i > 0) {
                assertTrue(a.get(i).ts() >= a.get(i - 1).ts(), "time order");
            }
        }
    }

    @Test
    void lifecyclesFollowTheClosedLoopWithTheDomainsShares() {
        List<Event> day = run(3, Scenario.NORMAL, MIDNIGHT + DAY * 3);
        Map<String, List<Event>> byIncident = new HashMap<>();
        for (Event e : day) {
            byIncident.computeIfAbsent(e.incidentId(), k -> new ArrayList<>()).add(e);
        }
        int dispatched = 0;
        int redispatched = 0;
        int resolved = 0;
        int late = 0;
        for (List<Event> inc : byIncident.values()) {
            assertEquals(EventType.REPORTED, inc.get(0).type(), "every incident starts with 上报");
            assertTrue(inc.get(0).hasPosition() && inc.get(0).gridCode() != null);
            long deadline = inc.get(0).deadline();
            assertEquals(inc.get(0).ts() + inc.get(0).category().deadlineHours() * 3_600_000L, deadline);
            for (Event e : inc) {
                dispatched += e.type() == EventType.DISPATCHED ? 1 : 0;
                redispatched += e.type() == EventType.REDISPATCHED ? 1 : 0;
                if (e.type() == EventType.CLOSED) {
                    assertTrue(e.satisfaction() >= 1 && e.satisfaction() <= 5);
                } else {
                    assertEquals(Event.NO_RATING, e.satisfaction());
                }
                if (e.type() == EventType.RESOLVED) {
                    resolved++;
                    late += e.ts() > deadline ? 1 : 0;
                }
            }
        }
        double wrong = redispatched / (double) dispatched;
        assertTrue(wrong > 0.015 && wrong < 0.045, "about 97% right first time, got " + (1 - wrong));
        double overdue = late / (double) resolved;
        assertTrue(overdue > 0.01 && overdue < 0.15, "some but few overdue, got " + overdue);
        assertTrue(dispatched > 1_000, "enough incidents for the shares to mean something: " + dispatched);
    }

    @Test
    void theHotlinePeaksInOfficeHoursAndIsQuietAtNight() {
        List<Event> days = run(4, Scenario.NORMAL, MIDNIGHT + DAY * 3);
        int[] byHour = new int[24];
        for (Event e : days) {
            if (e.type() == EventType.REPORTED && e.source() == Source.HOTLINE_12345) {
                byHour[Instant.ofEpochMilli(e.ts()).atZone(ZoneId.of("Asia/Shanghai")).getHour()]++;
            }
        }
        int office = byHour[9] + byHour[10] + byHour[15];
        int night = byHour[2] + byHour[3] + byHour[4];
        assertTrue(office > 8 * night, "office " + office + " vs night " + night);
    }

    @Test
    void aFloodBurstsWithFloodAndHazardReportsInTheLowLyingGrids() {
        long window = MIDNIGHT + 7 * 3_600_000L;
        List<Event> normal = run(5, Scenario.NORMAL, window);
        List<Event> flood = run(5, Scenario.FLOOD, window);
        long floodsNormal = count(normal, Category.FLOOD);
        long floodsFlood = count(flood, Category.FLOOD);
        assertTrue(floodsFlood > 5 * Math.max(1, floodsNormal), floodsFlood + " vs " + floodsNormal);
        assertTrue(count(flood, Category.SAFETY_HAZARD) > count(normal, Category.SAFETY_HAZARD));
    }

    private static long count(List<Event> events, Category c) {
        return events.stream().filter(e -> e.type() == EventType.REPORTED && e.category() == c).count();
    }
}
