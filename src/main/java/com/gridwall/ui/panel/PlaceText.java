package com.gridwall.ui.panel;

import java.util.StringJoiner;

/**
 * Place names as the wall shows them: parts joined with " · ", and the administrative suffix of
 * committees (居民委员会, 村民委员会) dropped, since "曙光社区居民委员会" reads as "曙光社区" on a wall.
 */
public final class PlaceText {
    private PlaceText() {
    }

    public static String join(String... parts) {
        StringJoiner j = new StringJoiner(" · ");
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                j.add(shortName(p.trim()));
            }
        }
        return j.toString();
    }

    public static String shortName(String name) {
        if (name.endsWith("社区居民委员会")) {
            return name.substring(0, name.length() - "居民委员会".length());
        }
        if (name.endsWith("村村民委员会")) {
            return name.substring(0, name.length() - "村民委员会".length());
        }
        if (name.endsWith("居民委员会") || name.endsWith("村民委员会")) {
            return name.substring(0, name.length() - "民委员会".length());
        }
        return name;
    }
}
