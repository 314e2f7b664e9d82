package com.gridwall.geo;

import com.gridwall.domain.Level;
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

    public GridMap(String title, List<MapUnit> units, Map<String, String> metadata) {
        this.title = title;
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

    /** Envelope of all non-context units, lon/lat. */
    public Envelope bounds() {
        return new Envelope(bounds);
    }
}
