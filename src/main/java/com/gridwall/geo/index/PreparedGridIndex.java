package com.gridwall.geo.index;

import com.gridwall.domain.GridResolver;
import com.gridwall.geo.MapUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The textbook peer of {@link GridLocator}: STRtree over grid envelopes plus
 * {@code PreparedGeometry.covers}, same lowest-code tie-break. Kept for the side-by-side
 * benchmark and as a cross-check. Thread-safety: the tree is built in the constructor and queries
 * only read it; but every {@code PreparedPolygon.covers} goes through a {@code synchronized}
 * locator getter in JTS, so threads querying the same grid take the same monitor.
 */
public final class PreparedGridIndex implements GridResolver {
    private final STRtree tree = new STRtree();
    private final GeometryFactory factory = new GeometryFactory();

    private record Entry(int rank, String code, PreparedGeometry geometry) {
    }

    public PreparedGridIndex(Collection<MapUnit> grids) {
        List<MapUnit> sorted = new ArrayList<>(grids);
        sorted.sort(Comparator.comparing(MapUnit::code));
        for (int i = 0; i < sorted.size(); i++) {
            MapUnit u = sorted.get(i);
            tree.insert(u.geometry().getEnvelopeInternal(), new Entry(i, u.code(), PreparedGeometryFactory.prepare(u.geometry())));
        }
        tree.build();
    }

    @Override
    public String gridAt(double lon, double lat) {
        Point p = factory.createPoint(new Coordinate(lon, lat));
        Entry best = null;
        for (Object o : tree.query(new Envelope(lon, lon, lat, lat))) {
            Entry e = (Entry) o;
            if ((best == null || e.rank() < best.rank()) && e.geometry().covers(p)) {
                best = e;
            }
        }
        return best == null ? null : best.code();
    }
}
