package com.gridwall.app;

import com.gridwall.domain.UnitDirectory;
import com.gridwall.geo.GridMap;
import com.gridwall.geo.io.MapLoader;
import java.nio.file.Path;

/** The unit directory of the map given by --map (a GeoJSON file) or of the bundled map. */
final class MapDirectory {
    private MapDirectory() {
    }

    static GridMap load(Args args) throws Exception {
        String file = args.get("map", null);
        return file == null ? MapLoader.loadResource(MapLoader.DEFAULT_RESOURCE) : MapLoader.load(Path.of(file));
    }

    static UnitDirectory directory(Args args) throws Exception {
        return load(args).directory();
    }
}
