package com.gridwall.domain;

/** The four levels of the grid hierarchy (四级联动), coarse to fine. */
public enum Level {
    DISTRICT("区", "District"),
    STREET("街道", "Street"),
    COMMUNITY("社区", "Community"),
    GRID("网格", "Grid");

    private final String zh;
    private final String en;

    Level(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String label(Lang lang) {
        return lang == Lang.ZH ? zh : en;
    }

    /** The next finer level, or null below grids. */
    public Level child() {
        return ordinal() + 1 < values().length ? values()[ordinal() + 1] : null;
    }

    /** Parses the map-file spelling (lower case: district, street, community, grid); null if unknown. */
    public static Level parseMapName(String s) {
        return s == null ? null : Enums.parse(Level.class, s.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
