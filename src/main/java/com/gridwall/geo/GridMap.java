package com.gridwall.geo;

import com.gridwall.domain.Level;
import com.gridwall.domain.UnitDirectory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;

/**
 * A loaded, validated map: every unit by code, the parent/child hierarchy, provenance metadata.
 * Immutable after construction and therefore safe to share between threads.
 */
public final class GridMap {
    private final String title;
    private final Map<String, MapUnit> byCode;
    private final Map<String, List<MapUnit>> children;
    private final Map<String, String> metadata;
    private final Envelope bounds;
    private final List<String> repairs;
    /** Built on first use; a benign race may build it twice, both results being equal. */
    private volatile UnitDirectory directory;

    public GridMap(String title, List<MapUnit> units, Map<String, String> metadata) {
        this(title, units, metadata, List.of());
    }

    /** @param repairs one line per geometry the loader had to repair (empty for a clean file) */
    public GridMap(String title, List<MapUnit> units, Map<String, String> metadata, List<String> repairs) {
        this.title = title;
        this.repairs = List.copyOf(repairs);
        Map<String, MapUnit> codes = new LinkedHashMap<>();
        Map<String, List<MapUnit>> kids = new LinkedHashMap<>();
        Envelope env = new Envelope();
        for (MapUnit u : units) {
            if (codes.putIfAbsent(u.code(), u) != null) {
                throw new IllegalArgumentException("duplicate unit code " + u.code());
            }
            if (u.parentCode() != null) {
                kids.computeIfAbsent(u.parentCode(), k -> new ArrayList<>()).add(u);
            }
            if (!u.context()) {
                env.expandToInclude(u.geometry().getEnvelopeInternal());
            }
        }
        kids.replaceAll((k, v) -> List.copyOf(v));
        this.byCode = Collections.unmodifiableMap(codes);
        this.children = Collections.unmodifiableMap(kids);
        this.metadata = Map.copyOf(metadata);
        this.bounds = env;
    }

    /** Display title, e.g. the district's name. */
    public String title() {
        return title;
    }

    public MapUnit unit(String code) {
        return byCode.get(code);
    }

    public List<MapUnit> units() {
        return List.copyOf(byCode.values());
    }

    public List<MapUnit> unitsAt(Level level) {
        return byCode.values().stream().filter(u -> u.level() == level && !u.context()).toList();
    }

    /** Neighbouring areas drawn muted around the map's own units. */
    public List<MapUnit> contextUnits() {
        return byCode.values().stream().filter(MapUnit::context).toList();
    }

    public List<MapUnit> children(String code) {
        return children.getOrDefault(code, List.of());
    }

    /** The chain from the top-level unit down to {@code code}, inclusive. */
    public List<MapUnit> ancestry(String code) {
        List<MapUnit> chain = new ArrayList<>();
        for (MapUnit u = byCode.get(code); u != null; u = u.parentCode() == null ? null : byCode.get(u.parentCode())) {
            chain.add(0, u);
        }
        return chain;
    }

    public Map<String, String> metadata() {
        return metadata;
    }

    /** Geometry repairs made while loading, one line each (feature, code, what was wrong). */
    public List<String> repairs() {
        return repairs;
    }

    /**
     * The hierarchy without geometry, for store and feed: interior point, ground area (km²) and
     * urban flag of every non-context unit. Computed once, then shared.
     */
    public UnitDirectory directory() {
        UnitDirectory d = directory;
        if (d == null) {
            d = UnitDirectories.of(this);
            directory = d;
        }
        return d;
    }

    /** Envelope of all non-context units, lon/lat. */
    public Envelope bounds() {
        return new Envelope(bounds);
    }
}
