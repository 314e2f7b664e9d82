package com.gridwall.geo;

/**
 * Which units are urban, from their official names. Streets named …街道 and communities named
 * …社区 / …社区居民委员会 are urban; towns (镇) and village committees (村) are not. A grid is urban
 * when its community is. A village inside an urban street stays rural: its committee and land use
 * are rural, which is what grid density and the dashboards care about. Stateless.
 */
public final class Urbanity {
    private Urbanity() {
    }

    public static boolean isUrbanStreet(String name) {
        return name.endsWith("街道");
    }

    public static boolean isUrbanCommunity(String name) {
        return name.endsWith("社区居民委员会") || name.endsWith("社区");
    }
}
