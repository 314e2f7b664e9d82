package com.gridwall.geo.index;

import com.gridwall.domain.GridResolver;
import com.gridwall.domain.Level;
import com.gridwall.geo.GridMap;
import com.gridwall.geo.MapUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.index.ItemVisitor;
import org.locationtech.jts.index.hprtree.HPRtree;

/**
 * The grid of a point: a packed Hilbert R-tree (HPRtree) over grid envelopes, then an
 * {@link IndexedPointInAreaLocator} per candidate grid. Agrees exactly with
 * {@code Geometry.covers}: it returns a grid whose polygon covers the point (interior or boundary),
 * and null iff no grid does. On a shared edge or vertex the grid with the lowest code wins, so the
 * answer never depends on timing or index order.
 *
 * <p>Thread-safety: immutable after construction and lock-free. The tree is built and every
 * locator's lazy index is forced in the constructor; afterwards queries only read them. Final
 * fields publish that state safely, so any number of threads may call {@link #gridAt} at once.
 */
public final class GridLocator implements GridResolver {
    private final HPRtree tree;
    private final IndexedPointInAreaLocator[] locators;
    /** Codes in ascending order: index order is the tie-break order. */
    private final String[] codes;

    public GridLocator(Collection<MapUnit> grids) {
        List<MapUnit> sorted = new ArrayList<>(grids);
        sorted.sort(Comparator.comparing(MapUnit::code));
        this.codes = new String[sorted.size()];
        this.locators = new IndexedPointInAreaLocator[sorted.size()];
        HPRtree t = new HPRtree();
        for (int i = 0; i < sorted.size(); i++) {
            MapUnit u = sorted.get(i);
            codes[i] = u.code();
            locators[i] = new IndexedPointInAreaLocator(u.geometry());
            // builds the locator's index now: it is created lazily, unsynchronized, on first use
            locators[i].locate(u.geometry().getCoordinate());
            t.insert(u.geometry().getEnvelopeInternal(), i);
        }
        t.build();
        this.tree = t;
    }

    /** A locator over the map's grid-level units. */
    public static GridLocator forMap(GridMap map) {
        return new GridLocator(map.unitsAt(Level.GRID));
    }

    @Override
    public String gridAt(double lon, double lat) {
        Search s = new Search(new Coordinate(lon, lat));
        tree.query(new Envelope(lon, lon, lat, lat), s);
        return s.best < 0 ? null : codes[s.best];
    }

    public int size() {
        return codes.length;
    }

    /** One query's state: the lowest-ranked grid covering the point so far. */
    private final class Search implements ItemVisitor {
        private final Coordinate p;
        private int best = -1;

        Search(Coordinate p) {
            this.p = p;
        }

        @Override
        public void visitItem(Object item) {
            int i = (Integer) item;
            if ((best < 0 || i < best) && locators[i].locate(p) != Location.EXTERIOR) {
                best = i;
            }
        }
    }
}
