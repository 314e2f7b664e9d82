package com.gridwall.app;

import com.gridwall.geo.GridMap;
import com.gridwall.geo.io.MapLoadException;
import com.gridwall.geo.io.MapLoader;
import java.nio.file.Path;
import java.util.List;

/**
 * The map the wall shows: {@code --map FILE} or the bundled 红旗区 map, loaded all-or-nothing.
 * A failure is kept as a readable message (source and problems), never a stack trace.
 *
 * @param map     the loaded map, or null if loading failed
 * @param source  the file or resource it came from
 * @param problem what went wrong (one problem per line), or null
 */
record WallMap(GridMap map, String source, String problem) {
    /** At most this many problem lines go on screen; the console gets them all. */
    private static final int SCREEN_LINES = 6;

    static WallMap load(Args args) {
        String file = args.get("map", null);
        try {
            GridMap m = file == null ? MapLoader.loadResource(MapLoader.DEFAULT_RESOURCE) : MapLoader.load(Path.of(file));
            return new WallMap(m, file == null ? "classpath:" + MapLoader.DEFAULT_RESOURCE : file, null);
        } catch (MapLoadException e) {
            return new WallMap(null, e.source(), String.join("\n", e.problems()));
        } catch (RuntimeException e) {
            // a loader bug must still end in a message, not a trace on the wall
            return new WallMap(null, file == null ? MapLoader.DEFAULT_RESOURCE : file, "unexpected error: " + e);
        }
    }

    boolean ok() {
        return map != null;
    }

    /** The problems, shortened for the screen. */
    String screenProblem() {
        List<String> lines = problem.lines().toList();
        if (lines.size() <= SCREEN_LINES) {
            return problem;
        }
        return String.join("\n", lines.subList(0, SCREEN_LINES)) + "\n… (+" + (lines.size() - SCREEN_LINES) + ")";
    }

    /** Tells the console what failed. */
    void report() {
        if (!ok()) {
            System.err.println("gridwall: cannot load map " + source + ":");
            problem.lines().forEach(l -> System.err.println("  " + l));
        }
    }
}
