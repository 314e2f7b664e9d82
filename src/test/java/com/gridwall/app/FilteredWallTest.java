package com.gridwall.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gridwall.domain.Category;
import com.gridwall.domain.Event;
import com.gridwall.domain.EventType;
import com.gridwall.domain.FeedHealth;
import com.gridwall.domain.Lang;
import com.gridwall.domain.Level;
import com.gridwall.domain.UnitInfo;
import com.gridwall.geo.index.GridLocator;
import com.gridwall.replay.analysis.IncidentFilter;
import com.gridwall.replay.seek.ReplayDriver;
import com.gridwall.replay.seek.ReplaySession;
import com.gridwall.store.snapshot.Hotspot;
import com.gridwall.store.snapshot.OverdueIncident;
import com.gridwall.store.snapshot.RecentEvent;
import com.gridwall.store.snapshot.UnitKpis;
import com.gridwall.store.snapshot.WallSnapshot;
import com.gridwall.ui.i18n.Messages;
import com.gridwall.ui.map.layer.ChoroplethMetric;
import com.gridwall.ui.map.layer.MapOverlayModel;
import com.gridwall.ui.panel.KpiFormat;
import com.gridwall.ui.panel.KpiKind;
import com.gridwall.ui.panel.KpiTile;
import com.gridwall.ui.panel.KpiTileModel;
import com.gridwall.ui.shell.Wall;
import com.gridwall.ui.theme.WallTheme;
import com.gridwall.ui.timeline.AnalystPort;
import com.gridwall.ui.wall.WallLayoutConfig;
import com.gridwall.ui.wall.WallPresenter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The analyst filter applied to the whole replay wall, on a simulated day recorded through the
 * journal (real files, real stores, a headless FX scene): the filtered KPIs equal a brute-force
 * count over the raw events, the ticker, overdue list, hotspots and map layers hold only matching
 * incidents, clearing restores the plain seek, the badge says what is filtered, and a bad area code
 * is reported on the wall without breaking it.
 */
class FilteredWallTest {
    static final long H = RecordedDay.H;
    static final long DAY = RecordedDay.DAY_START;
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** 14:05 China time on the recorded day: the scenario. */
    static final Instant AT = Instant.ofEpochMilli(DAY + 14 * H + 5 * 60_000L);

    @TempDir
    static Path dir;
    static BufferAllocator allocator;
    static RecordedDay day;
    static GridLocator locator;
    static UnitInfo street;

    @BeforeAll
    static void record() throws Exception {
        org.testfx.api.FxToolkit.registerPrimaryStage();
        WallTheme.loadFonts();
        allocator = new RootAllocator();
        day = new RecordedDay(dir.resolve("journal"), allocator);
        locator = GridLocator.forMap(day.map);
        street = busiestStreet(Category.DISPUTE);
    }

    @AfterAll
    static void close() throws Exception {
        day.close();
        assertEquals(0, allocator.getAllocatedMemory(), "every Arrow buffer released");
        allocator.close();
    }

    static AnalystPort.Selection disputesIn(UnitInfo u) {
        return new AnalystPort.Selection(AnalystPort.Period.DAY, Category.DISPUTE.name(), null, null, u.code());
    }

    /** The street with the most disputes reported on the recorded day up to {@link #AT}. */
    static UnitInfo busiestStreet(Category cat) {
        Map<String, Integer> n = new HashMap<>();
        for (Event e : day.recorded) {
            String g = gridOf(e);
            if (e.type() == EventType.REPORTED && e.category() == cat && g != null && e.ts() >= DAY && e.ts() <= AT.toEpochMilli()) {
                String s = day.map.directory().ancestorAt(g, Level.STREET);
                if (s != null) {
                    n.merge(s, 1, Integer::sum);
                }
            }
        }
        return day.map.directory().unit(n.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey());
    }

    static String gridOf(Event e) {
        return e.gridCode() != null ? e.gridCode() : e.hasPosition() ? locator.gridAt(e.lon(), e.lat()) : null;
    }

    /**
     * Brute force over the raw recorded list, sharing nothing with replay or the store: incidents
     * reported in [from, t] of {@code cat} (null: any) whose report lies in {@code grids} (null: any)
     * and whose department as of t (latest dispatch-type event carrying one) is {@code dept} (null:
     * any); their events in [from, t]; the status of each = its latest event's type (time, then seq).
     */
    static final class Oracle {
        final Set<String> ids = new HashSet<>();
        final Map<String, Event> report = new HashMap<>();
        final Map<String, EventType> status = new HashMap<>();
        long events;

        Oracle(long t, Category cat, Set<String> grids) {
            this(t, Instant.ofEpochMilli(t).atZone(ZONE).toLocalDate().atStartOfDay(ZONE).toInstant().toEpochMilli(),
                    cat, grids, null);
        }

        Oracle(long t, long from, Category cat, Set<String> grids, com.gridwall.domain.Department dept) {
            List<Event> sorted = new ArrayList<>(day.recorded);
            sorted.sort((x, y) -> x.ts() != y.ts() ? Long.compare(x.ts(), y.ts()) : Long.compare(x.seq(), y.seq()));
            Map<String, com.gridwall.domain.Department> department = new HashMap<>();
            Set<String> candidates = new HashSet<>();
            for (Event e : sorted) {
                if (e.ts() > t || e.ts() < from) {
                    continue;
                }
                if (e.type() == EventType.REPORTED && (cat == null || e.category() == cat)
                        && (grids == null || grids.contains(gridOf(e)))) {
                    candidates.add(e.incidentId());
                    report.putIfAbsent(e.incidentId(), e);
                }
                boolean dispatchType = e.type() == EventType.DISPATCHED || e.type() == EventType.REDISPATCHED
                        || e.type() == EventType.ACCEPTED || e.type() == EventType.ESCALATED;
                if (dispatchType && e.department() != null) {
                    department.put(e.incidentId(), e.department());
                }
            }
            for (String id : candidates) {
                if (dept == null || dept == department.get(id)) {
                    ids.add(id);
                }
            }
            for (Event e : sorted) {
                if (e.ts() <= t && e.ts() >= from && ids.contains(e.incidentId())) {
                    events++;
                    status.put(e.incidentId(), e.type());
                }
            }
        }

        long open() {
            return status.values().stream().filter(s -> s != EventType.RESOLVED && s != EventType.CLOSED
                    && s != EventType.CANCELLED).count();
        }

        long resolved() {
            return status.values().stream().filter(s -> s == EventType.RESOLVED || s == EventType.CLOSED).count();
        }
    }

    @Test
    void filteredKpisEqualABruteForceCountOverTheRawEvents() throws Exception {
        Set<String> grids = IncidentFilter.gridsUnder(day.map.directory(), street.code());
        try (ReplaySession session = ReplayOpen.open(journalDir().toString(), day.map, allocator)) {
            for (Instant t : List.of(AT, AT.plusSeconds(5 * 3600 + 17))) {
                IncidentFilter f = AnalystAdapter.wallFilter(disputesIn(street), day.map.directory(),
                        session.timeline().start()).apply(t);
                WallSnapshot s = session.seekFiltered(t, f);
                Oracle o = new Oracle(t.toEpochMilli(), Category.DISPUTE, grids);
                assertTrue(o.ids.size() >= 3, "the selection is not trivial: " + o.ids.size());
                assertEquals(o.ids.size(), s.incidents(), "incidents at " + t);
                assertEquals(o.events, s.events(), "events at " + t);
                assertEquals(o.ids.size(), s.root().today().received(), "received today at " + t);
                assertEquals(o.resolved(), s.root().today().resolved(), "resolved of today's cohort at " + t);
                assertEquals(o.open(), s.root().open(), "open at " + t);
                assertEquals(o.open(), s.unit(street.code()).open(), "the street holds every open one");
                assertEquals(o.ids.size(), s.unit(street.code()).today().received());
                for (UnitInfo other : day.map.directory().at(Level.STREET)) {
                    if (!other.code().equals(street.code()) && s.unit(other.code()) != null) {
                        assertEquals(0, s.unit(other.code()).today().received(), "nothing in " + other.code());
                    }
                }
                WallSnapshot all = session.seek(t);
                assertTrue(all.root().today().received() > s.root().today().received(), "the filter did something");
                assertEquals(t, s.asOf(), "evaluated at the instant");
            }
            // a department (known only from the dispatch events) over the last 7 days
            long t = AT.toEpochMilli();
            for (com.gridwall.domain.Department d : List.of(com.gridwall.domain.Department.POLICE,
                    com.gridwall.domain.Department.STREET_OFFICE)) {
                AnalystPort.Selection sel = new AnalystPort.Selection(AnalystPort.Period.WEEK, null, null, d.name(), null);
                WallSnapshot s = session.seekFiltered(AT, AnalystAdapter.wallFilter(sel, day.map.directory(),
                        session.timeline().start()).apply(AT));
                Oracle o = new Oracle(t, t - 7 * 24 * H, null, null, d);
                assertTrue(o.ids.size() >= 3, d + " has incidents: " + o.ids.size());
                assertEquals(o.ids.size(), s.incidents(), d + " incidents");
                assertEquals(o.events, s.events(), d + " events");
                assertEquals(o.open(), s.root().open(), d + " open");
            }
        }
    }

    @Test
    void tickerOverdueHotspotsAndMapLayersHoldOnlyMatchingIncidents() throws Exception {
        Set<String> grids = IncidentFilter.gridsUnder(day.map.directory(), street.code());
        Instant t = AT.plusSeconds(8 * 3600); // 22:05: late enough for overdue disputes and a full ticker
        try (ReplaySession session = ReplayOpen.open(journalDir().toString(), day.map, allocator)) {
            IncidentFilter f = AnalystAdapter.wallFilter(disputesIn(street), day.map.directory(),
                    session.timeline().start()).apply(t);
            WallSnapshot s = session.seekFiltered(t, f);
            Oracle o = new Oracle(t.toEpochMilli(), Category.DISPUTE, grids);
            assertFalse(s.recent().isEmpty(), "the ticker has rows");
            for (RecentEvent r : s.recent()) {
                assertTrue(o.ids.contains(r.incidentId()), "ticker row of a matching incident: " + r);
                assertEquals(Category.DISPUTE, r.category());
                assertEquals(street.code(), r.streetCode());
            }
            for (OverdueIncident r : s.overdue()) {
                assertTrue(o.ids.contains(r.incidentId()), "overdue row of a matching incident: " + r);
            }
            for (Hotspot h : s.hotspots()) {
                assertEquals(street.code(), h.streetCode(), "hotspot in the street: " + h);
                assertEquals(Category.DISPUTE, h.category());
            }
            MapOverlayModel m = MapOverlayModel.of(s);
            List<String> openAt = new ArrayList<>();
            o.status.forEach((id, st) -> {
                if (st != EventType.RESOLVED && st != EventType.CLOSED && st != EventType.CANCELLED
                        && o.report.get(id).hasPosition()) {
                    openAt.add(o.report.get(id).lon() + "," + o.report.get(id).lat());
                }
            });
            List<String> shown = new ArrayList<>();
            for (int i = 0; i < m.count(); i++) {
                shown.add(m.lon()[i] + "," + m.lat()[i]);
            }
            assertTrue(m.count() > 0, "markers shown");
            openAt.sort(null);
            shown.sort(null);
            assertEquals(openAt, shown, "one marker per open matching incident, at its reported position");
            assertEquals((double) o.open(), m.metrics().value(street.code(), ChoroplethMetric.OPEN), "choropleth of the street");
            for (UnitInfo other : day.map.directory().at(Level.STREET)) {
                if (!other.code().equals(street.code())) {
                    double v = m.metrics().value(other.code(), ChoroplethMetric.DENSITY);
                    assertTrue(Double.isNaN(v) || v == 0, "no density outside the street: " + other.code() + "=" + v);
                }
            }
            WallSnapshot all = session.seek(t);
            assertTrue(all.markers().size() > m.count(), "the unfiltered map shows more");
            // the overdue list: filter by the category of an overdue incident of the unfiltered wall
            assertFalse(all.overdue().isEmpty(), "something is overdue at " + t);
            Category late = all.overdue().get(0).category();
            AnalystPort.Selection sel = new AnalystPort.Selection(AnalystPort.Period.WEEK, late.name(), null, null, null);
            WallSnapshot lateOnly = session.seekFiltered(t, AnalystAdapter.wallFilter(sel, day.map.directory(),
                    session.timeline().start()).apply(t));
            assertFalse(lateOnly.overdue().isEmpty(), "the filtered overdue list has rows");
            for (OverdueIncident r : lateOnly.overdue()) {
                assertEquals(late, r.category(), "overdue row of the category: " + r);
            }
            assertTrue(lateOnly.root().overdue() <= all.root().overdue());
            assertTrue(lateOnly.root().overdue() > 0);
        }
    }

    @Test
    void clearingTheFilterRestoresThePlainSeek() throws Exception {
        try (Rig rig = new Rig()) {
            fx(() -> {
                rig.rw.model().seek(AT);
                return null;
            });
            WallSnapshot plain = rig.follow();
            fx(() -> {
                rig.rw.analyst().select(disputesIn(street));
                return null;
            });
            assertEquals(ReplayDriver.FilterState.BUILDING, rig.rw.driver().filterState(), "set, not built yet");
            WallSnapshot filtered = rig.follow();
            assertEquals(ReplayDriver.FilterState.ON, rig.rw.driver().filterState());
            assertTrue(filtered.root().today().received() < plain.root().today().received());
            fx(() -> {
                rig.rw.analyst().select(AnalystPort.Selection.all());
                return null;
            });
            assertNull(rig.rw.driver().filter(), "当日 with nothing chosen is no filter");
            WallSnapshot cleared = rig.follow();
            assertEquals(ReplayDriver.FilterState.OFF, rig.rw.driver().filterState());
            assertEquals(kpis(day.live.asOf(AT)), kpis(cleared), "back to the unfiltered wall");
            assertEquals(kpis(plain), kpis(cleared));
            assertEquals(rig.tilesFor(plain), rig.tiles(), "the tiles show the unfiltered figures again");
        }
    }

    @Test
    void theAnalystBarFiltersTheWallAndTheBadgeSaysSo() throws Exception {
        try (Rig rig = new Rig()) {
            fx(() -> {
                rig.rw.model().seek(AT);
                return null;
            });
            WallSnapshot plain = rig.follow();
            String before = receivedTileText(rig);
            assertFalse(fx(() -> rig.scene.lookup("#wall-filter-badge").isVisible()), "no badge while unfiltered");
            fx(() -> {
                // through the bar's own combo boxes, as an analyst picks them
                pick(rig, "#filter-category", Category.DISPUTE.name());
                pick(rig, "#filter-area", street.code());
                rig.wall.frameLoop().tick(System.nanoTime());
                return null;
            });
            assertEquals(Messages.of(Lang.ZH).get("wall.filter.building"), badge(rig), "筛选中… while it builds");
            WallSnapshot filtered = rig.follow();
            String expected = Messages.of(Lang.ZH).format("wall.filter.on", "当日 · " + Category.DISPUTE.label(Lang.ZH)
                    + " · " + street.name());
            assertEquals(expected, badge(rig));
            KpiTileModel received = rig.tilesFor(filtered).stream().filter(m -> m.kind() == KpiKind.RECEIVED_TODAY)
                    .findFirst().orElseThrow();
            assertEquals(filtered.root().today().received(), (long) received.value().orElseThrow());
            String after = receivedTileText(rig);
            assertEquals(KpiFormat.value(received, Lang.ZH), after, "the tile shows the filtered count");
            assertNotEquals(before, after);
            // the scenario: the exports of this selection are exactly the incidents the filtered wall counts
            Path csv = fx(() -> rig.rw.analystPort().exportCsv(rig.rw.analyst().selection()));
            Path arrow = fx(() -> rig.rw.analystPort().exportArrow(rig.rw.analyst().selection()));
            assertEquals(filtered.root().today().received(), Files.readAllLines(csv).size() - 1L, "CSV rows in " + csv);
            assertEquals(filtered.root().today().received(), arrowRows(arrow), "Arrow rows in " + arrow);
            fx(() -> {
                rig.wall.langProperty().set(Lang.EN);
                rig.wall.frameLoop().tick(System.nanoTime());
                return null;
            });
            assertTrue(badge(rig).startsWith("Filtered: Day · Dispute · "), badge(rig));
            fx(() -> {
                rig.wall.langProperty().set(Lang.ZH);
                pick(rig, "#filter-category", null);
                pick(rig, "#filter-area", null);
                return null;
            });
            rig.follow();
            assertFalse(fx(() -> rig.scene.lookup("#wall-filter-badge").isVisible()), "badge gone once cleared");
            assertEquals(before, receivedTileText(rig));
            assertEquals(kpis(plain), kpis(rig.rw.snapshots().get()));
        }
    }

    @Test
    void anUnknownStreetCodeIsReportedOnTheWallAndNothingBreaks() throws Exception {
        try (Rig rig = new Rig()) {
            fx(() -> {
                rig.rw.model().seek(AT);
                return null;
            });
            rig.follow();
            fx(() -> {
                rig.rw.analystPort().apply(new AnalystPort.Selection(AnalystPort.Period.DAY, Category.DISPUTE.name(),
                        null, null, "NO-SUCH-STREET"));
                rig.wall.frameLoop().tick(System.nanoTime());
                return null;
            });
            String text = badge(rig);
            assertTrue(text.startsWith("筛选无效："), text);
            assertTrue(text.contains("NO-SUCH-STREET"), "names the bad code: " + text);
            assertNull(rig.rw.driver().filter(), "the wall stays unfiltered");
            WallSnapshot shown = rig.follow();
            assertEquals(kpis(day.live.asOf(AT)), kpis(shown));
            // an unknown category code is named as well
            fx(() -> {
                rig.rw.analystPort().apply(new AnalystPort.Selection(AnalystPort.Period.DAY, "NOT_A_CATEGORY", null, null, null));
                rig.wall.frameLoop().tick(System.nanoTime());
                return null;
            });
            assertTrue(badge(rig).contains("NOT_A_CATEGORY"), badge(rig));
            // a good selection afterwards works again
            fx(() -> {
                rig.rw.analystPort().apply(disputesIn(street));
                return null;
            });
            rig.follow();
            assertTrue(badge(rig).startsWith("已筛选："), badge(rig));
        }
        Path png = dir.resolve("bad.png");
        String j = journalDir().toString();
        assertEquals(2, Launcher.run(new String[] {"snapshot", "--replay", j, "--at", "2026-11-25T14:05:00+08:00",
                "--filter", "category=DISPUTE,area=NO-SUCH-STREET", "--out", png.toString(), "--size", "960x540"}));
        assertEquals(2, Launcher.run(new String[] {"snapshot", "--replay", j, "--at", "2026-11-25T14:05:00+08:00",
                "--filter", "colour=red", "--out", png.toString(), "--size", "960x540"}));
        assertFalse(Files.exists(png), "no picture for a refused filter");
    }

    @Test
    void theFilteredSnapshotIsDeterministicAndDiffersFromTheUnfilteredOne() throws Exception {
        String j = journalDir().toString();
        String at = "2026-11-25T14:05:00+08:00";
        String filter = "category=DISPUTE,area=" + street.code();
        Path a = dir.resolve("fa.png");
        Path b = dir.resolve("fb.png");
        Path plain = dir.resolve("plain.png");
        assertEquals(0, Launcher.run(new String[] {"snapshot", "--replay", j, "--at", at, "--filter", filter,
                "--out", a.toString(), "--size", "960x540"}));
        assertEquals(0, Launcher.run(new String[] {"snapshot", "--replay", j, "--at", at, "--filter", filter,
                "--out", b.toString(), "--size", "960x540"}));
        assertEquals(0, Launcher.run(new String[] {"snapshot", "--replay", j, "--at", at, "--out", plain.toString(),
                "--size", "960x540"}));
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), "byte-identical filtered PNGs");
        assertNotEquals(java.util.Arrays.hashCode(Files.readAllBytes(a)), java.util.Arrays.hashCode(Files.readAllBytes(plain)),
                "the filter changes the picture");
    }

    // --- rig -----------------------------------------------------------------------------------

    /** A replay wall over the journal in a 1920x1080 scene, wired as `--replay` wires it. */
    private static final class Rig implements AutoCloseable {
        final ReplaySession session;
        final ReplayWall rw;
        final Wall wall;
        final WallPresenter presenter;
        final Scene scene;

        Rig() throws Exception {
            session = ReplayOpen.open(journalDir().toString(), day.map, allocator);
            rw = new ReplayWall(session, day.live::snapshot, Lang.ZH, dir.resolve("exports"));
            WallScreen ws = fx(() -> {
                WallScreen screen = WallScreen.build(new WallMap(day.map, "test", null), Lang.ZH,
                        WallLayoutConfig.forScreen(1920, 1080), rw.snapshots(),
                        () -> FeedHealth.initial(FeedHealth.State.STOPPED, "", 0), rw.clock());
                rw.attach(screen.wall(), true, false);
                Scene s = new Scene(screen.wall().root(), 1920, 1080);
                WallTheme.apply(s);
                screen.wall().renderNow();
                return screen;
            });
            wall = ws.wall();
            presenter = ws.presenter();
            scene = wall.root().getScene();
        }

        List<KpiTileModel> tiles() {
            return fx(() -> presenter.kpiTiles().getTiles());
        }

        List<KpiTileModel> tilesFor(WallSnapshot s) {
            return fx(() -> presenter.models().tiles(s, presenter.drillDown().scope()));
        }

        /** The driver's one step (its thread does this every 40 ms), then one frame. */
        WallSnapshot follow() {
            rw.driver().follow();
            fx(() -> {
                wall.renderNow();
                return null;
            });
            return rw.snapshots().get();
        }

        @Override
        public void close() throws Exception {
            rw.close();
            session.close();
        }
    }

    static Path journalDir() {
        return dir.resolve("journal");
    }

    static <T> T fx(Callable<T> c) {
        try {
            T t = WaitForAsyncUtils.asyncFx(c).get();
            WaitForAsyncUtils.waitForFxEvents();
            return t;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static void pick(Rig rig, String id, String code) {
        ComboBox<AnalystPort.Choice> box = (ComboBox<AnalystPort.Choice>) rig.scene.lookup(id);
        box.setValue(box.getItems().stream().filter(c -> c != null && c.code().equals(code)).findFirst().orElse(null));
    }

    private static String badge(Rig rig) {
        return fx(() -> {
            Node n = rig.scene.lookup("#wall-filter-badge");
            assertNotNull(n);
            assertTrue(n.isVisible(), "badge shown");
            return ((Label) n).getText().replace('\n', ' '); // long selections break between parts
        });
    }

    private static String receivedTileText(Rig rig) {
        return fx(() -> {
            for (Node n : rig.scene.getRoot().lookupAll(".kpi-value")) {
                Node p = n;
                while (p != null && !(p instanceof KpiTile)) {
                    p = p.getParent();
                }
                if (p instanceof KpiTile t && t.getModel() != null && t.getModel().kind() == KpiKind.RECEIVED_TODAY
                        && t.isVisible()) {
                    return ((Label) n).getText();
                }
            }
            throw new AssertionError("no received-today tile on the wall");
        });
    }

    private static long arrowRows(Path file) throws Exception {
        long n = 0;
        try (java.io.InputStream in = Files.newInputStream(file);
             org.apache.arrow.vector.ipc.ArrowStreamReader r = new org.apache.arrow.vector.ipc.ArrowStreamReader(in, allocator)) {
            while (r.loadNextBatch()) {
                n += r.getVectorSchemaRoot().getRowCount();
            }
        }
        return n;
    }

    static Map<String, List<Object>> kpis(WallSnapshot s) {
        Map<String, List<Object>> m = new TreeMap<>();
        for (Map.Entry<String, UnitKpis> e : s.units().entrySet()) {
            UnitKpis u = e.getValue();
            m.put(e.getKey(), List.of(u.open(), u.overdue(), u.today(), u.yesterday(), u.last24h(), u.last7d()));
        }
        m.put("#totals", List.of(s.events(), s.incidents()));
        return m;
    }
}
