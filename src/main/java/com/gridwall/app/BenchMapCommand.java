package com.gridwall.app;

import com.gridwall.domain.Lang;
import com.gridwall.domain.Level;
import com.gridwall.geo.GridMap;
import com.gridwall.geo.generate.SyntheticGridMap;
import com.gridwall.geo.io.MapLoader;
import com.gridwall.ui.FxThread;
import com.gridwall.ui.i18n.Messages;
import com.gridwall.ui.map.MapView;
import com.gridwall.ui.map.NaivePolygonMap;
import com.gridwall.ui.theme.WallTheme;
import java.util.List;
import java.util.Locale;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;

/**
 * {@code bench map [--width 3840] [--height 2160] [--grids 40000] [--frames 60]}: frame time of the map
 * panning and zooming, software rendering on headless Monocle, for the bundled 613-grid map and a
 * synthetic map of {@code --grids} grids, each with the wall's canvas renderer and with the naive one
 * (one Polygon node per grid), along the same path ({@link MapBenchPath}). Both draw the grid level.
 * A frame is timed from setting the view to holding the rendered pixels (scene snapshot). The canvas
 * renderer repaints its static image on its own thread; frames never wait for it, so the run also
 * reports the repaint times and how many frames showed a stand-in image while a repaint was pending.
 */
final class BenchMapCommand implements Command {
    private static final long SEED = 20_260_601L;

    @Override
    public int run(Args args) throws Exception {
        int width = (int) args.getLong("width", 3840);
        int height = (int) args.getLong("height", 2160);
        int grids = (int) args.getLong("grids", 40_000);
        int perGesture = (int) args.getLong("frames", 60);
        Headless.configure(width, height);
        FxThread.startToolkit();
        FxThread.run(WallTheme::loadFonts, 60);
        System.out.printf(Locale.ROOT, "map-bench: %dx%d, prism.order=%s, software rendering, grid level, %d frames per gesture%n",
                width, height, System.getProperty("prism.order"), perGesture);

        GridMap real = MapLoader.loadResource(MapLoader.DEFAULT_RESOURCE);
        FrameTimes[] small = runBoth("bundled", real, width, height, perGesture);
        long t0 = System.nanoTime();
        GridMap synthetic = SyntheticGridMap.generate(grids, SEED);
        System.out.printf(Locale.ROOT, "map-bench: synthetic map with %d grids generated in %.1f s%n",
                synthetic.unitsAt(Level.GRID).size(), (System.nanoTime() - t0) / 1e9);
        FrameTimes[] big = runBoth("synthetic", synthetic, width, height, perGesture);
        System.out.printf(Locale.ROOT, "map-bench grids=%d p95_ms=%.2f naive_p95_ms=%.2f (bundled map)%n",
                real.unitsAt(Level.GRID).size(), small[0].percentile(95), small[1].percentile(95));
        double p95 = big[0].percentile(95);
        double naive = big[1].percentile(95);
        System.out.printf(Locale.ROOT, "map-bench grids=%d p95_ms=%.2f naive_p95_ms=%.2f speedup=%.1f%n",
                synthetic.unitsAt(Level.GRID).size(), p95, naive, naive / p95);
        return 0;
    }

    private static FrameTimes[] runBoth(String label, GridMap map, int width, int height, int perGesture) throws Exception {
        int grids = map.unitsAt(Level.GRID).size();
        FrameTimes canvas = FxThread.call(() -> runCanvas(map, width, height, perGesture), 3600);
        System.out.printf(Locale.ROOT, "map-bench %s grids=%d renderer=canvas %s%n", label, grids, canvas.summary());
        FrameTimes naive = FxThread.call(() -> runNaive(map, width, height, perGesture), 3600);
        System.out.printf(Locale.ROOT, "map-bench %s grids=%d renderer=naive  %s%n", label, grids, naive.summary());
        return new FrameTimes[] {canvas, naive};
    }

    private static FrameTimes runCanvas(GridMap map, int width, int height, int perGesture) {
        MapView view = new MapView(Messages.of(Lang.ZH));
        view.levelOverrideProperty().set(Level.GRID);
        view.setMap(map);
        Scene scene = new Scene(view, width, height);
        WallTheme.apply(scene);
        view.applyCss();
        view.resize(width, height);
        view.layout();
        view.renderSettled();
        List<MapBenchPath> path = MapBenchPath.frames(view.fittedViewport(), width, height, perGesture);
        WritableImage img = new WritableImage(width, height);
        scene.snapshot(img);
        // one unmeasured pass so the JIT and texture pools are warm, as on a running wall
        for (MapBenchPath f : path) {
            canvasFrame(view, scene, img, f);
        }
        FrameTimes times = new FrameTimes(path.size());
        FrameTimes pans = new FrameTimes(path.size());
        FrameTimes zooms = new FrameTimes(path.size());
        String before = view.repaintStats();
        int stale = 0;
        double lastScale = Double.NaN;
        for (MapBenchPath f : path) {
            long t = System.nanoTime();
            canvasFrame(view, scene, img, f);
            long took = System.nanoTime() - t;
            times.add(took);
            (f.view().scale() == lastScale ? pans : zooms).add(took);
            lastScale = f.view().scale();
            if (view.repaintPending()) {
                stale++;
            }
        }
        System.out.printf(Locale.ROOT, "map-bench   canvas pan/pause frames: %s%nmap-bench   canvas zoom frames:      %s%n",
                pans.summary(), zooms.summary());
        System.out.printf(Locale.ROOT, "map-bench   canvas render thread: %s (incl. warm-up; before measuring: %s); "
                + "frames shown while a repaint was pending: %d of %d%n", view.repaintStats(), before, stale, path.size());
        return times;
    }

    private static void canvasFrame(MapView view, Scene scene, WritableImage img, MapBenchPath f) {
        view.jumpTo(f.view());
        if (f.settled()) {
            view.renderPaused();
        } else {
            view.renderMoving();
        }
        scene.snapshot(img);
    }

    private static FrameTimes runNaive(GridMap map, int width, int height, int perGesture) {
        NaivePolygonMap naive = new NaivePolygonMap(map, Level.GRID);
        Group root = new Group(naive);
        root.getStyleClass().add("map-view");
        Scene scene = new Scene(root, width, height);
        WallTheme.apply(scene);
        MapView probe = new MapView(Messages.of(Lang.ZH));
        probe.setMap(map);
        probe.resize(width, height);
        probe.layout();
        List<MapBenchPath> path = MapBenchPath.frames(probe.fittedViewport(), width, height, perGesture);
        WritableImage img = new WritableImage(width, height);
        naive.show(path.get(0).view(), width, height);
        scene.snapshot(img);
        for (int i = 0; i < Math.min(5, path.size()); i++) {
            naive.show(path.get(i).view(), width, height);
            scene.snapshot(img);
        }
        FrameTimes times = new FrameTimes(path.size());
        for (MapBenchPath f : path) {
            long t = System.nanoTime();
            naive.show(f.view(), width, height);
            scene.snapshot(img);
            times.add(System.nanoTime() - t);
        }
        return times;
    }
}
