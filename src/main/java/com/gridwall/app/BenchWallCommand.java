package com.gridwall.app;

import com.gridwall.domain.Lang;
import com.gridwall.domain.Level;
import com.gridwall.geo.GridMap;
import com.gridwall.geo.generate.SyntheticGridMap;
import com.gridwall.geo.io.MapLoader;
import com.gridwall.os.CpuSteal;
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
import javafx.scene.effect.BoxBlur;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

/**
 * {@code bench wall [--width 3840] [--height 2160] [--frames 600] [--rate 10000] [--grids 40000]
 * [--points 100000] [--shots DIR]}: the real FX pulse time of the map area of the wall with its data
 * layers (choropleth, live markers, heatmap, pulse rings; grid level) at 4K, software rendering on
 * headless Monocle.
 *
 * <p>The scene (map view, layer toggles and legend in the wall's {@code .map-frame}) is shown in a real
 * {@link Stage} on the Monocle screen and the toolkit pulses it at its own 60 Hz; {@link BenchPulseTimer}
 * times each pulse from its start (the frame loop's tick: one snapshot pull, the layers, the map) to the
 * renderer thread having painted its dirty regions and presented the frame, as on a wall.
 *
 * <p>Small case: the bundled map with a real {@link com.gridwall.store.EventStore} fed at {@code --rate}
 * events/s ({@link BenchWallFeed}; the measured rate is printed) while the pulses run (its 10,000 live
 * markers). Big case: a synthetic map of {@code --grids} grids and {@code --points} markers renewed at
 * {@code --rate} per second. Each case runs once with the layers as built and once with the peer, the
 * markers drawn as one Circle node each, and prints the ratio. Snapshot pulls per pulse are counted.
 * Sanity line: the same small scene with a blur over the whole frame must time slower. Secondary line:
 * the earlier measure (tick + {@code scene.snapshot} of the whole 4K scene). The last line is
 * {@code wall-bench p95_pulse_ms=X big_p95_pulse_ms=Y}.
 */
final class BenchWallCommand implements Command {
    private static final long SEED = 20_261_126L;
    private static final double TIMEOUT_S = 900;
    private static final long WARM_MS = 5000;

    @Override
    public int run(Args args) throws Exception {
        int width = (int) args.getLong("width", 3840);
        int height = (int) args.getLong("height", 2160);
        int frames = (int) args.getLong("frames", 600);
        int rate = (int) args.getLong("rate", 10_000);
        int grids = (int) args.getLong("grids", 40_000);
        int points = (int) args.getLong("points", 100_000);
        String shots = args.get("shots", null);
        Headless.configure(width, height);
        FxThread.startToolkit();
        FxThread.run(WallTheme::loadFonts, 60);
        System.out.printf(Locale.ROOT, "wall-bench: %dx%d stage on the headless screen, prism.order=%s, grid level, "
                + "choropleth+markers+heatmap, %d pulses per case%n", width, height, System.getProperty("prism.order"), frames);
        System.out.println("wall-bench: a pulse is timed from its start (frame loop tick: snapshot pull, layers, map) "
                + "through CSS, layout and sync to its frame rendered and presented by the renderer thread");

        GridMap real = MapLoader.loadResource(MapLoader.DEFAULT_RESOURCE);
        Result small;
        Result smallPeer;
        long h0 = System.nanoTime();
        try (BenchWallFeed feed = new BenchWallFeed(real, SEED, rate, 6)) {
            System.out.printf(Locale.ROOT, "wall-bench: %d history events into the store in %.1f s%n",
                    feed.appended(), (System.nanoTime() - h0) / 1e9);
            feed.start();
            Thread.sleep(1000);
            long before = feed.appended();
            long t0 = System.nanoTime();
            small = measure(real, width, height, frames, countingSnapshots(feed), Variant.LAYERS);
            double eps = (feed.appended() - before) / ((System.nanoTime() - t0) / 1e9);
            System.out.printf(Locale.ROOT, "wall-bench bundled grids=%d markers=%d feed_eps=%.0f (asked %d) store_events=%d%n",
                    real.unitsAt(Level.GRID).size(), feed.store().snapshot().markers().size(), eps, rate, feed.appended());
            print("bundled layers", small);
            // the peer and the sanity case only need to show their ratio: a few seconds each
            int side = Math.min(frames, 180);
            smallPeer = measure(real, width, height, Math.max(10, side / 4), countingSnapshots(feed), Variant.PEER);
            print("bundled peer (Circle node per marker)", smallPeer);
            // long enough that the layers take new data and rings pulse: a pulse that changes nothing renders nothing
            Result heavy = measure(real, width, height, Math.max(60, side / 3), countingSnapshots(feed), Variant.HEAVY);
            print("sanity: bundled layers + blur over all", heavy);
            System.out.printf(Locale.ROOT, "wall-bench sanity heavy/layers p95=%.1fx (a blurred scene must time slower: %s)%n",
                    heavy.p95() / small.p95(), heavy.p95() > small.p95() ? "ok" : "FAILED");
            if (System.getProperty("gridwall.bench.firstCaseOnly") != null) {
                return 0;
            }
            FrameTimes snap = FxThread.call(() -> snapshotFrames(real, width, height, Math.max(10, side / 6),
                    countingSnapshots(feed)), 3600);
            System.out.printf(Locale.ROOT, "wall-bench bundled layers, earlier measure (tick + scene.snapshot of the whole "
                    + "scene, no dirty regions) %s%n", snap.summary());
            if (shots != null) {
                Files.createDirectories(Path.of(shots));
                for (int[] size : new int[][] {{1920, 1080}, {width, height}}) {
                    WritableImage img = FxThread.call(() -> shot(real, size[0], size[1], feed), 600);
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
            big = measure(synthetic, width, height, frames, counting(feed::latest), Variant.LAYERS);
            print("synthetic layers", big);
            bigPeer = measure(synthetic, width, height, 5, counting(feed::latest), Variant.PEER);
            print("synthetic peer (Circle node per marker)", bigPeer);
        }
        System.out.printf(Locale.ROOT, "wall-bench ratio bundled peer/layers p95=%.1fx, synthetic peer/layers p95=%.1fx%n",
                smallPeer.p95() / small.p95(), bigPeer.p95() / big.p95());
        System.out.printf(Locale.ROOT, "wall-bench p95_pulse_ms=%.2f big_p95_pulse_ms=%.2f%n", small.p95(), big.p95());
        return 0;
    }

    /** What the measured scene holds: the layers as built, the Circle-per-marker peer, or the layers under a blur (sanity). */
    private enum Variant {
        LAYERS, PEER, HEAVY
    }

    /** One counted source of models: every pull goes through here. */
    private record Counted(Supplier<MapOverlayModel> source, AtomicLong pulls) {
    }

    private static Counted countingSnapshots(BenchWallFeed sim) {
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

    /** @param stealPct CPU time the hypervisor took while the pulses were timed, percent (NaN: unknown) */
    private record Result(BenchPulseTimer.Result pulses, long loopPulses, long pulls, long models, String repaints, int nodes,
                          double stealPct) {
        double p95() {
            return pulses.pulses().percentile(95);
        }
    }

    private static void print(String label, Result r) {
        BenchPulseTimer.Result p = r.pulses;
        System.out.printf(Locale.ROOT, "wall-bench %-40s %s pulls_per_pulse=%.2f new_models=%d scene_nodes=%d %s%n",
                label, p.pulses().summary(), r.pulls / (double) r.loopPulses, r.models, r.nodes, r.repaints);
        System.out.printf(Locale.ROOT, "wall-bench %-40s pulses_with_frame=%d (p95_ms=%.2f) without=%d fx_thread_p95_ms=%.2f "
                + "pulses_per_s=%.1f cpu_steal_pct=%s%n", "", p.withFrame().count(),
                p.withFrame().count() == 0 ? 0 : p.withFrame().percentile(95), p.noFrame(),
                p.fxOnly().percentile(95), p.pulsesPerSecond(),
                Double.isNaN(r.stealPct) ? "unknown" : String.format(Locale.ROOT, "%.1f", r.stealPct));
    }

    /** The measured scene, shown in a stage, and what the run counts. FX thread. */
    private record Case(Stage stage, Scene scene, FrameLoop loop, MapView view, MapLayers layers, BenchPulseTimer timer,
                        Counted source) {
    }

    private static Result measure(GridMap map, int width, int height, int frames, Counted source, Variant variant)
            throws Exception {
        int warmup = variant == Variant.LAYERS ? 30 : 5;
        Case c = FxThread.call(() -> {
            Case built = build(map, width, height, source, variant, warmup, frames);
            built.stage.show();
            built.view.renderSettled();
            return built;
        }, 600);
        // Steady state, not start-up: the frame loop runs untimed until the map shows its first image with
        // data (a full paint of polygons, labels and layers, about a second of the render thread's CPU at 4K
        // that a wall pays once, and again after a change of view) and the render thread is idle, then
        // WARM_MS more (the JIT compilers are still busy in a JVM's first seconds); only then are pulses
        // timed (after the timer's own warm-up pulses).
        long w0 = System.nanoTime();
        FxThread.run(c.loop::start, 600);
        while (System.nanoTime() - w0 < 120_000_000_000L && !FxThread.call(() -> c.layers.modelsReceived() > 0
                && c.view.cacheRepaints() >= 2 && !c.view.repaintPending(), 600)) {
            Thread.sleep(50);
        }
        Thread.sleep(WARM_MS);
        System.out.printf(Locale.ROOT, "wall-bench: %s: first data image shown and repaints idle after %.1f s, timing starts %d s later%n",
                variant.name().toLowerCase(Locale.ROOT), (System.nanoTime() - w0) / 1e9 - WARM_MS / 1000.0, WARM_MS / 1000);
        CpuSteal steal0 = CpuSteal.now();
        FxThread.run(() -> {
            c.loop.stop();
            c.timer.start(c.scene);
        }, 600);
        if (!c.timer.await(TIMEOUT_S)) {
            System.out.println("wall-bench: timed out waiting for the pulses");
        }
        CpuSteal steal1 = CpuSteal.now();
        double stealPct = steal0 == null || steal1 == null ? Double.NaN : steal1.percentSince(steal0);
        return FxThread.call(() -> {
            BenchPulseTimer.Result r = c.timer.stop();
            Result out = new Result(r, c.loop.pulses(), c.source.pulls().get(), c.layers.modelsReceived(),
                    c.view.repaintStats(), countNodes(c.scene.getRoot()), stealPct);
            c.stage.close();
            return out;
        }, 600);
    }

    private static Case build(GridMap map, int width, int height, Counted source, Variant variant, int warmup, int frames) {
        // the map area as the wall builds it: map view, layer controls, in the .map-frame
        FrameLoop loop = new FrameLoop();
        MapView view = new MapView(Messages.of(Lang.ZH));
        view.levelOverrideProperty().set(Level.GRID);
        view.setMap(map);
        view.attach(loop);
        MapLayers layers = MapLayers.install(view, loop, Messages.of(Lang.ZH));
        layers.heatmapProperty().set(true);
        NaiveMarkerNodes peer = new NaiveMarkerNodes();
        if (variant == Variant.PEER) {
            layers.markersProperty().set(false);
            view.addOverlayNode(peer);
        }
        MapOverlayModel[] current = {MapOverlayModel.EMPTY};
        loop.watch(source.source(), m -> {
            current[0] = m;
            layers.setModel(m);
        });
        if (variant == Variant.PEER) {
            loop.addPulseListener(now -> peer.show(current[0], view));
        }
        StackPane frame = new StackPane(view, layers.controls());
        frame.getStyleClass().add("map-frame");
        if (variant == Variant.HEAVY) {
            // sanity: a blur over the whole frame re-filters the dirty area on every pulse
            frame.setEffect(new BoxBlur(12, 12, 3));
        }
        Scene scene = new Scene(frame, width, height);
        WallTheme.apply(scene);
        Stage stage = new Stage();
        stage.setScene(scene);
        stage.setX(0);
        stage.setY(0);
        return new Case(stage, scene, loop, view, layers, new BenchPulseTimer(loop, warmup, frames, view::repaintPending), source);
    }

    /** The earlier measure: tick the loop by hand and snapshot the whole (unshown) scene, per frame. */
    private static FrameTimes snapshotFrames(GridMap map, int width, int height, int frames, Counted source) {
        Case c = build(map, width, height, source, Variant.LAYERS, 0, 1);
        c.scene.getRoot().applyCss();
        c.scene.getRoot().layout();
        c.view.renderSettled();
        WritableImage img = new WritableImage(width, height);
        for (int i = 0; i < 10; i++) {
            c.loop.tick(System.nanoTime());
            c.scene.snapshot(img);
        }
        FrameTimes times = new FrameTimes(frames);
        for (int i = 0; i < frames; i++) {
            long t = System.nanoTime();
            c.loop.tick(System.nanoTime());
            c.scene.snapshot(img);
            times.add(System.nanoTime() - t);
        }
        return times;
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
    private static WritableImage shot(GridMap map, int w, int h, BenchWallFeed sim) {
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
