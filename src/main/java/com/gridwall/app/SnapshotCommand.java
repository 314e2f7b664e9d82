package com.gridwall.app;

import com.gridwall.domain.Lang;
import com.gridwall.ui.FxThread;
import com.gridwall.ui.i18n.Messages;
import com.gridwall.ui.shell.Wall;
import com.gridwall.ui.shell.WallSnapshot;
import com.gridwall.ui.theme.WallTheme;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;

/**
 * {@code snapshot --out FILE.png --size WxH [--events N] [--seed S] [--layout FILE] [--map FILE] [--lang zh|en]
 * [--zoom Z] [--select CODE]}: renders the full wall (panels filled from a store holding the first N
 * simulated events of seed S, on a clock fixed at the last one: deterministic; N defaults to 20,000) once (optionally zoomed Z times about the centre, with a unit selected) to a
 * PNG, with no display needed (headless Monocle, software rendering). Exit 0 on success; 1 if the map
 * could not be loaded (the PNG then shows the error view); 2 for bad options.
 * <p>{@code --replay DIR|FILE --at ISO-TIME} renders instead the wall as of that instant of a journal
 * (or history file): panels from the replay's snapshot, the timeline shown, every clock on the wall
 * fixed at the instant, so the same arguments give byte-identical PNGs. With
 * {@code --filter category=C,source=S,department=D,area=CODE,period=day|week|all} (any subset) the
 * whole wall is the filtered replay, the analyst bar shows the selection and the badge says so.
 */
final class SnapshotCommand implements Command {
    private static final java.util.concurrent.atomic.AtomicBoolean HEATMAP = new java.util.concurrent.atomic.AtomicBoolean();

    @Override
    public int run(Args args) throws Exception {
        String out = args.get("out", null);
        if (out == null) {
            throw new IllegalArgumentException("--out FILE.png is required");
        }
        int[] size = Sizes.parse(args.get("size", "1920x1080"));
        Lang lang = Lang.parse(args.get("lang", "zh"));
        Headless.configure(size[0], size[1]);
        WallMap wallMap = WallMap.load(args);
        wallMap.report();
        FxThread.startToolkit();
        double zoom = Double.parseDouble(args.get("zoom", "1"));
        String select = args.get("select", null);
        long events = args.getLong("events", 20_000);
        long seed = args.getLong("seed", 1);
        HEATMAP.set(args.flag("heatmap"));
        var layout = WallScreen.layout(args, size[0], size[1]);
        WritableImage image;
        String replay = args.get("replay", null);
        if (replay != null) {
            image = replayImage(args, replay, lang, wallMap, size, zoom, select, layout);
        } else try (var allocator = new org.apache.arrow.memory.RootAllocator();
             var store = wallMap.ok() ? SimulatedDay.build(wallMap.map(), events, seed, allocator) : null) {
            var snap = store == null ? null : store.snapshot();
            java.time.Clock clock = java.time.Clock.fixed(snap == null ? SimulatedDay.SIM_END : snap.asOf(),
                    com.gridwall.store.StoreConfig.SHANGHAI);
            var health = new com.gridwall.domain.FeedHealth(com.gridwall.domain.FeedHealth.State.EMBEDDED, "",
                    "embedded simulator", 800, 3.5, 0, snap == null ? -1 : snap.lastSeq(), 0, 0, clock.millis());
            image = FxThread.call(() -> render(lang, wallMap, size[0], size[1], zoom, select, layout, () -> snap,
                    () -> health, clock), 120);
        }
        Path file = Path.of(out);
        PngFiles.write(image, file);
        System.out.println("wrote " + file + " (" + size[0] + "x" + size[1] + ")");
        return wallMap.ok() ? 0 : 1;
    }

    /** The wall as of {@code --at} of the journal or history file {@code replay}. */
    private static WritableImage replayImage(Args args, String replay, Lang lang, WallMap wallMap, int[] size, double zoom,
                                             String select, com.gridwall.ui.wall.WallLayoutConfig layout) throws Exception {
        if (!wallMap.ok()) {
            throw new IllegalArgumentException("--replay needs a map: " + wallMap.screenProblem());
        }
        java.time.Instant at = ReplayInstant.parse("at", args.get("at", null));
        try (var allocator = new org.apache.arrow.memory.RootAllocator();
             var session = ReplayOpen.open(replay, wallMap.map(), allocator)) {
            session.clock().seek(at);
            ReplayWall rw = new ReplayWall(session, () -> null, lang, Path.of(args.get("exports", "exports")));
            com.gridwall.ui.timeline.AnalystPort.Selection selection = FilterOption.parse(args.get("filter", null));
            if (selection != null) {
                try {
                    rw.driver().setFilter(AnalystAdapter.wallFilter(selection, wallMap.map().directory(),
                            session.timeline().start()));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("--filter: " + e.getMessage(), e);
                }
            }
            rw.driver().follow();
            if (rw.driver().lastError() != null) {
                throw new IllegalStateException(rw.driver().lastError());
            }
            var snap = rw.snapshots().get();
            java.time.Clock clock = rw.clock(); // paused: always the instant sought
            var health = com.gridwall.domain.FeedHealth.initial(com.gridwall.domain.FeedHealth.State.STOPPED,
                    session.directory().getFileName().toString(), clock.millis());
            return FxThread.call(() -> render(lang, wallMap, size[0], size[1], zoom, select, layout, () -> snap,
                    () -> health, clock, wall -> {
                        rw.attach(wall, true, false);
                        if (selection != null) {
                            rw.analyst().select(selection);
                            rw.filterBadge().refresh();
                        }
                    }), 120);
        }
    }

    private static WritableImage render(Lang lang, WallMap wallMap, int w, int h, double zoom, String select,
                                        com.gridwall.ui.wall.WallLayoutConfig layout,
                                        java.util.function.Supplier<com.gridwall.store.snapshot.WallSnapshot> snap,
                                        java.util.function.Supplier<com.gridwall.domain.FeedHealth> health,
                                        java.time.Clock clock) {
        return render(lang, wallMap, w, h, zoom, select, layout, snap, health, clock, wall -> { });
    }

    private static WritableImage render(Lang lang, WallMap wallMap, int w, int h, double zoom, String select,
                                        com.gridwall.ui.wall.WallLayoutConfig layout,
                                        java.util.function.Supplier<com.gridwall.store.snapshot.WallSnapshot> snap,
                                        java.util.function.Supplier<com.gridwall.domain.FeedHealth> health,
                                        java.time.Clock clock, java.util.function.Consumer<Wall> decorate) {
        WallScreen ws = WallScreen.build(wallMap, lang, layout, snap, health, clock);
        Wall wall = ws.wall();
        if (wall.mapLayers() != null && snap.get() != null) {
            // map layers from the same snapshot (choropleth, markers; the heatmap with --heatmap)
            wall.mapLayers().heatmapProperty().set(HEATMAP.get());
            wall.mapLayers().setSnapshot(snap.get());
            wall.mapLayers().flush();
        }
        if (ws.presenter() != null) {
            decorate.accept(wall);
        }
        if (ws.presenter() != null) {
            ws.presenter().setFlyToAlerts(false);
        }
        Scene scene = new Scene(wall.root(), w, h);
        WallTheme.apply(scene);
        if (wall.mapView() != null && (zoom != 1 || select != null)) {
            wall.renderNow();
            wall.mapView().zoomImmediately(zoom);
            if (select != null) {
                if (wallMap.map().unit(select) == null) {
                    throw new IllegalArgumentException("--select: no unit with code " + select);
                }
                if (ws.presenter() != null) {
                    ws.presenter().drillDown().select(wallMap.map().unit(select));
                    wall.renderNow();
                    wall.mapView().renderSettled();
                } else {
                    wall.mapView().selectedProperty().set(wallMap.map().unit(select));
                }
            }
        }
        // the first frame hands the panels their models; lists and charts lay out on the next ones
        wall.renderNow();
        wall.renderNow();
        return WallSnapshot.render(wall, scene);
    }
}
