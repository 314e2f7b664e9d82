package com.gridwall.app;

import com.gridwall.domain.Level;
import com.gridwall.geo.GridMap;
import com.gridwall.geo.generate.HongqiMapGenerator;
import com.gridwall.geo.io.MapLoadException;
import com.gridwall.geo.io.MapWriter;
import java.nio.file.Path;

/**
 * {@code make-map [--out maps/hongqi.geojson] [--sources maps/sources] [--seed N]}: rebuilds the
 * 红旗区 map from the real sources; the same sources and seed give a byte-identical file.
 */
final class MakeMapCommand implements Command {
    @Override
    public int run(Args args) throws Exception {
        Path out = Path.of(args.get("out", "maps/hongqi.geojson"));
        Path sources = Path.of(args.get("sources", "maps/sources"));
        long seed = args.getLong("seed", HongqiMapGenerator.DEFAULT_SEED);
        GridMap map;
        try {
            map = HongqiMapGenerator.generate(sources, seed);
        } catch (MapLoadException e) {
            System.err.println(e.getMessage());
            return 1;
        }
        MapWriter.write(map, out);
        System.out.printf("make-map: wrote %s: %d district, %d context, %d streets, %d communities, %d grids (seed %d)%n",
                out, map.unitsAt(Level.DISTRICT).size(), map.contextUnits().size(), map.unitsAt(Level.STREET).size(),
                map.unitsAt(Level.COMMUNITY).size(), map.unitsAt(Level.GRID).size(), seed);
        return 0;
    }
}
