package com.gridwall.app;

import com.gridwall.domain.Lang;
import com.gridwall.domain.Level;
import com.gridwall.feed.sim.Scenario;
import com.gridwall.geo.GridMap;
import com.gridwall.geo.generate.SyntheticGridMap;
import com.gridwall.geo.io.MapLoader;
import com.gridwall.store.snapshot.WallSnapshot;
import com.gridwall.ui.FrameLoop;
import com.gridwall.ui.FxThread;
import com.gridwall.ui.map.MapView;
import javafx.scene.layout.StackPane;
import com.gridwall.ui.i18n.Messages;
import com.gridwall.ui.map.layer.MapLayers;
import com.gridwall.ui.map.layer.MapOverlayModel;
import com.gridwall.ui.map.layer.NaiveMarkerNodes;
import com.gridwall.ui.shell.Wall;
import com.gridwall.ui.theme.WallTheme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;

/**
 * {@code bench wall [--width 3840] [--height 2160] [--frames 180] [--rate 10000] [--grids 40000]
 * [--points 100000] [--shots DIR]}: the FX pulse time of the whole wall with the map's data layers
 * (choropleth, live markers, heatmap; grid level) at 4K, software rendering on headless Monocle.
 *
 * <p>Small case: the bundled map with a real {@link com.gridwall.store.EventStore} fed by the simulator
 * at {@code --rate} events/s while the frames run (its 10,000 live markers). Big case: a synthetic map of
 * {@code --grids} grids and {@code --points} markers renewed at {@code --rate} per second. A pulse is
 * timed as in {@code bench map}, on a scene holding the map area (map view, layer toggles, legend,
 * pulse rings): from the frame loop's tick (one snapshot pull, layers, map) to holding the rendered
 * pixels (scene snapshot). The side panels are not part of it (they are the panels' own concern). Each case runs once with the layers as built and once with the
 * peer, the markers drawn as one Circle node each, and prints the ratio. Snapshot pulls per pulse are
 * counted. The last line is {@code wall-bench p95_pulse_ms=X big_p95_pulse_ms=Y}.
 */
final class BenchWallCommand implements Command {
    private static final long SEED = 20_261_126L;

    @Override
    public int run(Args args) throws Exception {
        int width = (int) args.getLong("width", 3840);
        int height = (int) args.getLong("height", 2160);
        int frames = (int) args.getLong("frames", 180);
        int rate = (int) args.getLong("rate", 10_000);
        int grids = (int) args.getLong("grids", 40_000);
        int points = (int) args.getLong("points", 100_000);
        String shots = args.get("shots", null);
        Headless.configure(width, height);
        FxThread.startToolkit();
        FxThread.run(WallTheme::loadFonts, 60);
        System.out.printf(Locale.ROOT, "wall-bench: %dx%d, prism.order=%s, grid level, choropleth+markers+heatmap, %d frames%n",
                width, height, System.getProperty("prism.order"), frames);

        GridMap real = MapLoader.loadResource(MapLoader.DEFAULT_RESOURCE);
        Result small;
        Result smallPeer;
        try (SimulatedStore sim = new SimulatedStore(real, SEED, Scenario.NORMAL, rate, 6).start()) {
            sim.awaitHistory(120);
            long before = sim.appended();
            long t0 = System.nanoTime();
            small = FxThread.call(() -> run(real, width, height, frames, countingSnapshots(sim), false), 3600);
            double eps = (sim.appended() - before) / ((System.nanoTime() - t0) / 1e9);
            System.out.printf(Locale.ROOT, "wall-bench bundled grids=%d markers=%d feed_eps=%.0f store_events=%d%n",
                    real.unitsAt(Level.GRID).size(), sim.store().snapshot().markers().size(), eps, sim.appended());
            print("bundled layers", small);
            smallPeer = FxThread.call(() -> run(real, width, height, Math.max(10, frames / 4), countingSnapshots(sim), true), 3600);
            print("bundled peer (Circle node per marker)", smallPeer);
            if (shots != null) {
                Files.createDirectories(Path.of(shots));
                for (int[] size : new int[][] {{1920, 1080}, {width, height}}) {
                    WritableImage img = FxThread.call(() -> shot(real, size[0], size[1], sim), 600);
                    Path file = Path.of(shots, "wall-layers-" + size[0] + "x" + size[1] + ".png");
                    PngFiles.write(img, file);
                    System.out.println("wall-bench: wrote " + file);
                }
            }
        }
        long g0 = System.nanoTime();
        GridMap synthetic = SyntheticGridMap.generate(grids, SEED);
        System.out.printf(Locale.ROOT, "wall-bench: synthetic map with %d grids generated in %.1f s%n",
                synthetic.unitsAt(Level.GRID).size(), (System.nanoTime() - g0) / 1e9);
        Result big;
        Result bigPeer;
        try (SyntheticMarkerFeed feed = new SyntheticMarkerFeed(synthetic, points, rate, SEED).start()) {
            big = FxThread.call(() -> run(synthetic, width, height, frames, counting(feed::latest), false), 3600);
            print("synthetic layers", big);
            bigPeer = FxThread.call(() -> run(synthetic, width, height, 5, counting(feed::latest), true), 3600);
            print("synthetic peer (Circle node per marker)", bigPeer);
        }
        System.out.printf(Locale.ROOT, "wall-bench ratio bundled peer/layers p95=%.1fx, synthetic peer/layers p95=%.1fx%n",
                smallPeer.times.percentile(95) / small.times.percentile(95),
                bigPeer.times.percentile(95) / big.times.percentile(95));
        System.out.printf(Locale.ROOT, "wall-bench p95_pulse_ms=%.2f big_p95_pulse_ms=%.2f%n",
                small.times.percentile(95), big.times.percentile(95));
        return 0;
    }

    /** One counted source of models: every pull goes through here. */
    private record Counted(Supplier<MapOverlayModel> source, AtomicLong pulls) {
    }

    private static Counted countingSnapshots(SimulatedStore sim) {
        AtomicLong pulls = new AtomicLong();
        // the snapshot is pulled once; the model wraps it without copying
        WallSnapshot[] last = {null};
        MapOverlayModel[] model = {MapOverlayModel.EMPTY};
        return new Counted(() -> {
            pulls.incrementAndGet();
            WallSnapshot s = sim.store().snapshot();
            if (s != last[0]) {
                last[0] = s;
                model[0] = MapOverlayModel.of(s);
            }
            return model[0];
        }, pulls);
    }

    private static Counted counting(Supplier<MapOverlayModel> source) {
        AtomicLong pulls = new AtomicLong();
        return new Counted(() -> {
            pulls.incrementAndGet();
            return source.get();
        }, pulls);
    }

    private record Result(FrameTimes times, long pulses, long pulls, long models, String repaints, int nodes) {
    }

    private static void print(String label, Result r) {
        System.out.printf(Locale.ROOT, "wall-bench %-40s %s pulls_per_pulse=%.2f new_models=%d scene_nodes=%d %s%n",
                label, r.times.summary(), r.pulls / (double) r.pulses, r.models, r.nodes, r.repaints);
    }

    private static Result run(GridMap map, int width, int height, int frames, Counted source, boolean naive) {
        // the map area as in bench map: the map view with its layers and controls fills the scene
        FrameLoop loop = new FrameLoop();
        MapView view = new MapView(Messages.of(Lang.ZH));
        view.levelOverrideProperty().set(Level.GRID);
        view.setMap(map);
        view.attach(loop);
        MapLayers layers = MapLayers.install(view, loop, Messages.of(Lang.ZH));
        layers.heatmapProperty().set(true);
        NaiveMarkerNodes peer = new NaiveMarkerNodes();
        if (naive) {
            layers.markersProperty().set(false);
            view.addOverlayNode(peer);
        }
        MapOverlayModel[] current = {MapOverlayModel.EMPTY};
        loop.watch(source.source(), m -> {
            current[0] = m;
            layers.setModel(m);
        });
        if (naive) {
            loop.addPulseListener(now -> peer.show(current[0], view));
        }
        // no .map-frame: its drop shadow would blur the whole 4K frame on every pulse (see the report)
        StackPane root = new StackPane(view, layers.controls());
        Scene scene = new Scene(root, width, height);
        WallTheme.apply(scene);
        root.applyCss();
        root.layout();
        view.renderSettled();
        WritableImage img = new WritableImage(width, height);
        // warm-up as on a running wall (JIT, texture pools); the slow peer gets fewer
        for (int i = 0; i < (naive ? 3 : Math.min(30, frames)); i++) {
            frame(loop, scene, img);
        }
        long pulses0 = loop.pulses();
        long pulls0 = source.pulls().get();
        long models0 = layers.modelsReceived();
        FrameTimes times = new FrameTimes(frames);
        for (int i = 0; i < frames; i++) {
            long t = System.nanoTime();
            frame(loop, scene, img);
            times.add(System.nanoTime() - t);
        }
        return new Result(times, loop.pulses() - pulses0, source.pulls().get() - pulls0,
                layers.modelsReceived() - models0, view.repaintStats(), countNodes(scene.getRoot()));
    }

    private static void frame(FrameLoop loop, Scene scene, WritableImage img) {
        loop.tick(System.nanoTime());
        scene.snapshot(img);
    }

    private static int countNodes(javafx.scene.Node n) {
        int c = 1;
        if (n instanceof javafx.scene.Parent p) {
            for (javafx.scene.Node k : p.getChildrenUnmodifiable()) {
                c += countNodes(k);
            }
        }
        return c;
    }

    /** The wall with all layers on, after the store's latest snapshot, rendered settled. */
    private static WritableImage shot(GridMap map, int w, int h, SimulatedStore sim) {
        Wall wall = new Wall(Messages.of(Lang.ZH));
        wall.showMap(map);
        wall.mapLayers().heatmapProperty().set(true);
        wall.mapLayers().setSnapshot(sim.store().snapshot());
        Scene scene = new Scene(wall.root(), w, h);
        WallTheme.apply(scene);
        wall.renderNow();
        wall.mapLayers().flush();
        return com.gridwall.ui.shell.WallSnapshot.render(wall, scene);
    }
}
