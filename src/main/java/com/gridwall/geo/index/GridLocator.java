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
 * The grid of a point. Agrees exactly with {@code Geometry.covers}: it returns a grid whose polygon
 * covers the point (interior or boundary), and null iff no grid does. Where several grids cover
 * the point (a shared edge or vertex, or overlapping input) the lowest code wins, so the answer
 * never depends on timing or index order.
 *
 * <p>How: a packed Hilbert R-tree (HPRtree) over grid envelopes finds the candidates, and an
 * {@link IndexedPointInAreaLocator} per candidate decides. In front of that sits a
 * {@link CellTable}: a raster over the map where every cell that no grid edge touches has one
 * answer for all its points, precomputed with the same tree and locators. Most points then cost
 * one array read; points in cells crossed by an edge take the exact path. The shortcut is exact
 * because, with no boundary inside a cell, "covers" is constant over the cell for every grid.
 *
 * <p>Thread-safety: immutable after construction and lock-free. The tree is built and every
 * locator's lazy index forced in the constructor; queries only read. Final fields publish that
 * state safely, so any number of threads may call {@link #gridAt} at once.
 */
public final class GridLocator implements GridResolver {
    private final HPRtree tree;
    private final IndexedPointInAreaLocator[] locators;
    /** Codes in ascending order: index order is the tie-break order. */
    private final String[] codes;
    private final CellTable cells;

    public GridLocator(Collection<MapUnit> grids) {
        this(grids, true);
    }

    private GridLocator(Collection<MapUnit> grids, boolean shortcut) {
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
        this.cells = shortcut ? CellTable.build(sorted, this::exactRank) : CellTable.allMixed(sorted);
    }

    /** The tree and locators alone, every point taking the exact path: for benchmarks and checks. */
    public static GridLocator withoutShortcut(Collection<MapUnit> grids) {
        return new GridLocator(grids, false);
    }

    /** A locator over the map's grid-level units. */
    public static GridLocator forMap(GridMap map) {
        return new GridLocator(map.unitsAt(Level.GRID));
    }

    @Override
    public String gridAt(double lon, double lat) {
        int cell = cells.answer(lon, lat);
        int rank = cell == CellTable.MIXED ? exactRank(lon, lat) : cell;
        return rank < 0 ? null : codes[rank];
    }

    public int size() {
        return codes.length;
    }

    /** Share of raster cells answered without the tree, for diagnostics and the benchmark. */
    public double shortcutShare() {
        return cells.pureShare();
    }

    /** The lowest rank whose grid covers (x, y), or -1: the tree and the locators, no shortcut. */
    int exactRank(double x, double y) {
        Search s = new Search(new Coordinate(x, y));
        tree.query(new Envelope(x, x, y, y), s);
        return s.best;
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
