package com.gridwall.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gridwall.domain.Category;
import com.gridwall.domain.Event;
import com.gridwall.domain.EventType;
import com.gridwall.domain.Lang;
import com.gridwall.domain.Level;
import com.gridwall.domain.UnitInfo;
import com.gridwall.replay.analysis.IncidentFilter;
import com.gridwall.replay.bookmark.BookmarkFile;
import com.gridwall.replay.seek.ReplaySession;
import com.gridwall.store.snapshot.UnitKpis;
import com.gridwall.store.snapshot.WallSnapshot;
import com.gridwall.domain.FeedHealth;
import com.gridwall.ui.panel.KpiKind;
import com.gridwall.ui.panel.KpiTileModel;
import com.gridwall.ui.shell.Wall;
import com.gridwall.ui.wall.WallLayoutConfig;
import com.gridwall.ui.wall.WallPresenter;
import com.gridwall.ui.theme.WallTheme;
import com.gridwall.ui.timeline.AnalystPort;
import com.gridwall.ui.timeline.TimelineMark;
import com.gridwall.ui.timeline.TimelineText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The replay wall end to end on real files and a real (headless) FX scene: a simulated day recorded
 * through the journal, opened with the `--replay` code path, scrubbed, played, exported, bookmarked,
 * and switched back to live while the live store keeps receiving events.
 */
class ReplayWallTest {
    static final long H = RecordedDay.H;
    static final long DAY = RecordedDay.DAY_START;

    @TempDir
    static Path dir;
    static BufferAllocator allocator;
    static RecordedDay day;

    @BeforeAll
    static void record() throws Exception {
        org.testfx.api.FxToolkit.registerPrimaryStage();
        WallTheme.loadFonts();
        allocator = new RootAllocator();
        day = new RecordedDay(dir.resolve("journal"), allocator);
        assertTrue(day.recorded.size() > 3_000, "a busy day: " + day.recorded.size());
    }

    @AfterAll
    static void close() throws Exception {
        day.close();
        assertEquals(0, allocator.getAllocatedMemory(), "every Arrow buffer released");
        allocator.close();
    }

    /** A replay wall over the journal in a 1920x1080 scene; the live wall is {@code day.live}. */
    private static final class Rig implements AutoCloseable {
        final ReplaySession session;
        final ReplayWall rw;
        final Wall wall;
        final WallPresenter presenter;
        final Scene scene;

        /** Wired as WallCommand wires `--replay`: the presenter pulls the replay's snapshots on its clock. */
        Rig(Path exports) throws Exception {
            session = ReplayOpen.open(journalDir().toString(), day.map, allocator);
            rw = new ReplayWall(session, day.live::snapshot, Lang.ZH, exports);
            WallScreen ws = fx(() -> {
                WallScreen screen = WallScreen.build(new WallMap(day.map, "test", null), Lang.ZH,
                        WallLayoutConfig.forScreen(1920, 1080), rw.snapshots(),
                        () -> FeedHealth.initial(FeedHealth.State.STOPPED, "", 0), rw.clock());
                rw.attach(screen.wall(), true, false);
                Scene s = new Scene(screen.wall().root(), 1920, 1080);
                WallTheme.apply(s);
                rw.bindKeys(s);
                screen.wall().renderNow();
                return screen;
            });
            wall = ws.wall();
            presenter = ws.presenter();
            scene = wall.root().getScene();
        }

        /** The KPI tiles the wall shows now, and what they would show for {@code s}. */
        List<KpiTileModel> tiles() {
            return fx(() -> presenter.kpiTiles().getTiles());
        }

        List<KpiTileModel> tilesFor(WallSnapshot s) {
            return fx(() -> presenter.models().tiles(s, presenter.drillDown().scope()));
        }

        /** The driver's one step (the thread does this every 40 ms), then one frame. */
        WallSnapshot follow() {
            rw.driver().follow();
            fx(() -> {
                wall.frameLoop().tick(System.nanoTime());
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

    static List<Instant> samples() {
        List<Instant> l = new ArrayList<>();
        for (long h : new long[] {-20, 9, 23}) {
            l.add(Instant.ofEpochMilli(DAY + h * H + 5 * 60_000L + 31));
        }
        return l;
    }

    /** The tiles without the open/overdue "same time yesterday" (a trend sample, absent from as-of results). */
    /** The tiles' values without their same-time-yesterday figures (an as-of query keeps no per-minute samples). */
    static List<KpiTileModel> valuesOnly(List<KpiTileModel> tiles) {
        return tiles.stream().map(k -> new KpiTileModel(k.kind(), k.value(), java.util.OptionalDouble.empty())).toList();
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

    @Test
    void scrubbingShowsTheWallAsTheStoreAnswersAsOfThatInstant() throws Exception {
        try (Rig rig = new Rig(dir.resolve("exports-a"))) {
            for (Instant t : samples()) {
                fx(() -> {
                    rig.rw.model().seek(t);
                    return null;
                });
                WallSnapshot shown = rig.follow();
                WallSnapshot asOf = day.live.asOf(t);
                assertEquals(kpis(asOf), kpis(shown), "KPIs as of " + t);
                // an as-of query keeps no per-minute samples; a seek derives them for the 24 h before t
                assertEquals(valuesOnly(rig.tilesFor(asOf)), valuesOnly(rig.tiles()),
                        "the KPI tiles show the as-of figures at " + t);
                assertEquals(rig.tilesFor(shown), rig.tiles(), "and the replayed samples of yesterday at " + t);
                assertEquals(TimelineText.instant(t), text(rig, "#timeline-instant"), "the instant shown large");
                String hms = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai")).format(t);
                assertEquals(hms, fx(() -> rig.wall.titleBar().clockText()), "the title clock is the replay instant");
                assertEquals(fx(() -> TimelineText.text(Lang.ZH, "mode.replay")), text(rig, "#timeline-badge"));
            }
        }
    }

    @Test
    void draggingOnTheHistogramScrubsToThatPartOfTheRange() throws Exception {
        try (Rig rig = new Rig(dir.resolve("exports-b"))) {
            Instant[] got = fx(() -> {
                Node canvas = ((javafx.scene.layout.Pane) rig.scene.lookup("#timeline-histogram")).getChildren().get(0);
                double w = canvas.getLayoutBounds().getWidth();
                double h = canvas.getLayoutBounds().getHeight();
                press(canvas, w * 0.25, h * 0.8, MouseEvent.MOUSE_PRESSED);
                Instant quarter = rig.rw.model().positionProperty().get();
                press(canvas, w * 0.75, h * 0.8, MouseEvent.MOUSE_DRAGGED);
                return new Instant[] {quarter, rig.rw.model().positionProperty().get()};
            });
            Instant start = rig.session.timeline().start();
            Instant end = rig.session.timeline().end();
            long span = end.toEpochMilli() - start.toEpochMilli();
            assertEquals(start.toEpochMilli() + span * 0.25, got[0].toEpochMilli(), span * 0.01,
                "press at 1/4 of " + start + ".." + end + " model " + fx(() -> rig.rw.model().startProperty().get() + ".." + rig.rw.model().endProperty().get()));
            assertEquals(start.toEpochMilli() + span * 0.75, got[1].toEpochMilli(), span * 0.01, "drag to 3/4");
            assertEquals(kpis(day.live.asOf(got[1])), kpis(rig.follow()), "the wall follows the scrub");
        }
    }

    private static void press(Node n, double x, double y, javafx.event.EventType<MouseEvent> type) {
        javafx.geometry.Point2D s = n.localToScene(x, y);
        // an event fired with no source yet carries scene coordinates; dispatch makes them local
        n.fireEvent(new MouseEvent(type, s.getX(), s.getY(), s.getX(), s.getY(), MouseButton.PRIMARY, 1,
                false, false, false, false, true, false, false, false, false, false, null));
    }

    @Test
    void playingAt3600xAdvancesTheInstantAndTheWall() throws Exception {
        try (Rig rig = new Rig(dir.resolve("exports-c"))) {
            Instant from = Instant.ofEpochMilli(DAY + 8 * H);
            fx(() -> {
                rig.rw.model().seek(from);
                rig.rw.model().setSpeed(3600);
                rig.rw.model().togglePlay();
                return null;
            });
            rig.follow();
            assertTrue(fx(() -> rig.rw.model().playingProperty().get()), "playing");
            // wait (bounded) until at least one replayed minute has passed: 3600x makes that ~17 ms
            long deadline = System.nanoTime() + 10_000_000_000L;
            WallSnapshot s = rig.follow();
            while (!s.asOf().isAfter(from.plusSeconds(60)) && System.nanoTime() < deadline) {
                Thread.sleep(20);
                s = rig.follow();
            }
            assertTrue(s.asOf().isAfter(from.plusSeconds(60)), "the wall moved on: " + s.asOf());
            Instant shown = fx(() -> rig.rw.model().positionProperty().get());
            assertTrue(shown.isAfter(from.plusSeconds(60)), "the instant moved on: " + shown);
            fx(() -> {
                rig.rw.model().togglePlay();
                return null;
            });
            assertFalse(fx(() -> rig.rw.model().playingProperty().get()), "paused");
        }
    }

    @Test
    void backToLiveShowsEverythingTheLiveStoreReceivedMeanwhile() throws Exception {
        try (Rig rig = new Rig(dir.resolve("exports-d"))) {
            fx(() -> {
                rig.rw.model().seek(Instant.ofEpochMilli(DAY + 10 * H));
                return null;
            });
            WallSnapshot replayed = rig.follow();
            long before = day.live.snapshot().events();
            day.feed(day.later); // the feed keeps running while the analyst replays
            long after = day.live.snapshot().events();
            assertEquals(before + day.later.size(), after, "the live store applied the new events");
            assertSame(replayed, rig.follow(), "replay is unmoved by the live feed");
            fx(() -> {
                rig.rw.model().goLive();
                return null;
            });
            WallSnapshot live = rig.follow();
            assertEquals(after, live.events(), "back to live: nothing that arrived meanwhile is lost");
            assertEquals(rig.tilesFor(day.live.snapshot()), rig.tiles(), "the tiles show the live store again");
            assertEquals(fx(() -> TimelineText.text(Lang.ZH, "mode.live")), text(rig, "#timeline-badge"));
            fx(() -> {
                rig.rw.model().toggleLive(); // F5 again: replay at the current position
                return null;
            });
            assertTrue(fx(() -> rig.rw.model().replayingProperty().get()));
        }
    }

    @Test
    void exportWritesExactlyTheFilteredIncidents() throws Exception {
        Path exports = dir.resolve("exports-e");
        try (Rig rig = new Rig(exports)) {
            Instant at = Instant.ofEpochMilli(DAY + 15 * H + 123);
            UnitInfo street = busiestStreet();
            Category cat = Category.values()[0];
            AnalystPort.Selection sel = new AnalystPort.Selection(AnalystPort.Period.DAY, cat.name(), null, null, street.code());
            Path csv = fx(() -> {
                rig.rw.model().seek(at);
                rig.rw.analyst().select(sel);
                return rig.rw.analystPort().exportCsv(rig.rw.analyst().selection());
            });
            Path arrow = fx(() -> rig.rw.analystPort().exportArrow(rig.rw.analyst().selection()));
            List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
            long expected = bruteForce(at, cat, IncidentFilter.gridsUnder(day.map.directory(), street.code()));
            assertTrue(expected > 0, "the selection is not empty");
            assertEquals(expected, lines.size() - 1, "CSV rows (header excluded) in " + csv);
            assertTrue(Files.size(arrow) > 0);
            // with no filter at all, more rows: the filter did something
            Path all = fx(() -> {
                rig.rw.analyst().select(AnalystPort.Selection.all());
                return rig.rw.analystPort().exportCsv(rig.rw.analyst().selection());
            });
            assertTrue(Files.readAllLines(all).size() > lines.size());
            assertTrue(csv.startsWith(exports));
        }
    }

    private static UnitInfo busiestStreet() {
        Map<String, Integer> n = new HashMap<>();
        for (Event e : day.recorded) {
            if (e.type() == EventType.REPORTED && e.gridCode() != null) {
                n.merge(day.map.directory().ancestorAt(e.gridCode(), Level.STREET), 1, Integer::sum);
            }
        }
        String best = n.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        return day.map.directory().unit(best);
    }

    /** Incidents reported on the China-time day of {@code at}, up to and including it, of {@code cat}, in {@code grids}. */
    private static long bruteForce(Instant at, Category cat, Set<String> grids) {
        long midnight = at.atZone(ZoneId.of("Asia/Shanghai")).toLocalDate().atStartOfDay(ZoneId.of("Asia/Shanghai"))
                .toInstant().toEpochMilli();
        Set<String> ids = new HashSet<>();
        for (Event e : day.recorded) {
            if (e.type() == EventType.REPORTED && e.ts() >= midnight && e.ts() <= at.toEpochMilli()
                    && e.category() == cat && e.gridCode() != null && grids.contains(e.gridCode())) {
                ids.add(e.incidentId());
            }
        }
        return ids.size();
    }

    @Test
    void bookmarksWithNotesAreSavedWithTheJournal() throws Exception {
        try (Rig rig = new Rig(dir.resolve("exports-f"))) {
            Instant at = Instant.ofEpochMilli(DAY + 14 * H + 5 * 60_000L);
            fx(() -> {
                rig.rw.model().seek(at);
                rig.rw.model().saveMark(new TimelineMark(at, "积水", "东风路"), null);
                return null;
            });
            TimelineMark saved = new TimelineMark(at, "积水", "东风路");
            fx(() -> {
                rig.rw.model().saveMark(new TimelineMark(at, "积水", "东风路 已处置"), saved);
                return null;
            });
            var reread = BookmarkFile.open(journalDir()).all();
            assertEquals(1, reread.stream().filter(b -> b.at().equals(at)).count());
            assertEquals("东风路 已处置", reread.stream().filter(b -> b.at().equals(at)).findFirst().orElseThrow().note());
            assertTrue(fx(() -> rig.rw.model().marksProperty().get().stream().anyMatch(m -> m.note().equals("东风路 已处置"))));
            fx(() -> {
                rig.rw.model().removeMark(new TimelineMark(at, "积水", "x"));
                return null;
            });
            assertTrue(BookmarkFile.open(journalDir()).all().stream().noneMatch(b -> b.at().equals(at)));
        }
    }

    @Test
    void theSameSnapshotTwiceGivesTheSameBytes() throws Exception {
        Path a = dir.resolve("a.png");
        Path b = dir.resolve("b.png");
        Path c = dir.resolve("c.png");
        String at = "2026-11-25T14:05:00+08:00";
        String j = journalDir().toString();
        assertEquals(0, Launcher.run(new String[] {"snapshot", "--replay", j, "--at", at, "--out", a.toString(), "--size", "960x540"}));
        Thread.sleep(1100); // a different second on the machine's clock must not matter
        assertEquals(0, Launcher.run(new String[] {"snapshot", "--replay", j, "--at", at, "--out", b.toString(), "--size", "960x540"}));
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), "byte-identical PNGs");
        assertEquals(0, Launcher.run(new String[] {"snapshot", "--replay", j, "--at", "2026-11-25T18:05:00+08:00",
                "--out", c.toString(), "--size", "960x540"}));
        assertNotEquals(java.util.Arrays.hashCode(Files.readAllBytes(a)), java.util.Arrays.hashCode(Files.readAllBytes(c)),
                "another instant gives another picture");
    }

    @Test
    void badReplayOptionsNameWhatIsWrong() {
        assertEquals(2, Launcher.run(new String[] {"snapshot", "--replay", dir.resolve("nope").toString(), "--at",
                "2026-11-25T14:05:00+08:00", "--out", dir.resolve("x.png").toString()}));
        assertEquals(2, Launcher.run(new String[] {"snapshot", "--replay", journalDir().toString(), "--at", "yesterday",
                "--out", dir.resolve("x.png").toString()}));
        assertEquals(2, Launcher.run(new String[] {"snapshot", "--replay", journalDir().toString(),
                "--out", dir.resolve("x.png").toString()}));
    }

    private static String text(Rig rig, String selector) {
        return fx(() -> {
            Node n = rig.scene.lookup(selector);
            assertNotNull(n, selector);
            return ((Label) n).getText();
        });
    }
}
