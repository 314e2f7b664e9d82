package com.gridwall.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The unit hierarchy without geometry: built once from the map (by geo), handed to store and feed.
 * Immutable and thread-safe.
 */
public final class UnitDirectory {
    private final Map<String, UnitInfo> byCode;
    private final Map<Level, List<UnitInfo>> byLevel;

    public UnitDirectory(List<UnitInfo> units) {
        Map<String, UnitInfo> codes = new LinkedHashMap<>();
        Map<Level, List<UnitInfo>> levels = new LinkedHashMap<>();
        for (UnitInfo u : units) {
            if (codes.putIfAbsent(u.code(), u) != null) {
                throw new IllegalArgumentException("duplicate unit code " + u.code());
            }
            levels.computeIfAbsent(u.level(), k -> new ArrayList<>()).add(u);
        }
        levels.replaceAll((k, v) -> List.copyOf(v));
        this.byCode = Collections.unmodifiableMap(codes);
        this.byLevel = Collections.unmodifiableMap(levels);
    }

    public UnitInfo unit(String code) {
        return byCode.get(code);
    }

    public List<UnitInfo> all() {
        return List.copyOf(byCode.values());
    }

    public List<UnitInfo> at(Level level) {
        return byLevel.getOrDefault(level, List.of());
    }

    /** The parent's code, or null for a top-level unit or an unknown code. */
    public String parentOf(String code) {
        UnitInfo u = byCode.get(code);
        return u == null ? null : u.parentCode();
    }

    /** The ancestor of {@code code} at {@code level} (the unit itself if it is at that level), or null. */
    public String ancestorAt(String code, Level level) {
        for (UnitInfo u = byCode.get(code); u != null; u = u.parentCode() == null ? null : byCode.get(u.parentCode())) {
            if (u.level() == level) {
                return u.code();
            }
        }
        return null;
    }
}
