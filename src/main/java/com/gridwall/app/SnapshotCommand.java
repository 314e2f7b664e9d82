package com.gridwall.app;

import com.gridwall.domain.Lang;
import com.gridwall.ui.FxThread;
import com.gridwall.ui.i18n.Messages;
import com.gridwall.ui.shell.Wall;
import com.gridwall.ui.shell.WallSnapshot;
import com.gridwall.ui.theme.WallTheme;
import com.gridwall.replay.seek.ReplaySession;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Consumer;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;

/**
 * {@code snapshot --out FILE.png --size WxH [--map FILE] [--lang zh|en] [--zoom Z] [--select CODE]
 * [--replay DIR|FILE --at ISO-TIME]}: renders the wall once (optionally zoomed Z times about the
 * centre, with a unit selected; with {@code --replay}, as of that instant, the timeline shown and
 * every clock on the wall set to the instant, so the same arguments give the same bytes) to a PNG,
 * with no display needed (headless Monocle, software rendering). Exit 0 on success; 1 if the map
 * could not be loaded (the PNG then shows the error view); 2 for bad options.
 */
final class SnapshotCommand implements Command {
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
        String replay = args.get("replay", null);
        WritableImage image;
        if (replay != null) {
            if (!wallMap.ok()) {
                throw new IllegalArgumentException("--replay needs a map: " + wallMap.screenProblem());
            }
            Instant at = ReplayInstant.parse("at", args.get("at", null));
            try (BufferAllocator allocator = new RootAllocator();
                 ReplaySession session = ReplayOpen.open(replay, wallMap.map(), allocator)) {
                session.clock().seek(at);
                image = FxThread.call(() -> render(lang, wallMap, size[0], size[1], zoom, select, wall -> {
                    ReplayWall rw = new ReplayWall(wall, session, () -> null, lang, Path.of(args.get("exports", "exports")),
                            true, false);
                    rw.driver().follow();
                    if (rw.driver().lastError() != null) {
                        throw new IllegalStateException(rw.driver().lastError());
                    }
                }), 120);
            }
        } else {
            image = FxThread.call(() -> render(lang, wallMap, size[0], size[1], zoom, select, wall -> { }), 120);
        }
        Path file = Path.of(out);
        PngFiles.write(image, file);
        System.out.println("wrote " + file + " (" + size[0] + "x" + size[1] + ")");
        return wallMap.ok() ? 0 : 1;
    }

    private static WritableImage render(Lang lang, WallMap wallMap, int w, int h, double zoom, String select,
                                        Consumer<Wall> decorate) {
        WallTheme.loadFonts();
        Wall wall = new Wall(Messages.of(lang));
        if (wallMap.ok()) {
            wall.showMap(wallMap.map());
        } else {
            wall.showError(wallMap.source(), wallMap.screenProblem());
        }
        decorate.accept(wall);
        Scene scene = new Scene(wall.root(), w, h);
        WallTheme.apply(scene);
        if (wall.mapView() != null && (zoom != 1 || select != null)) {
            wall.renderNow();
            wall.mapView().zoomImmediately(zoom);
            if (select != null) {
                if (wallMap.map().unit(select) == null) {
                    throw new IllegalArgumentException("--select: no unit with code " + select);
                }
                wall.mapView().selectedProperty().set(wallMap.map().unit(select));
            }
        }
        return WallSnapshot.render(wall, scene);
    }
}
