package com.gridwall.feed.flight;

import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code k=v;k=v} text used by tickets and batch metadata. Immutable. */
final class KeyValues {
    private final Map<String, String> values;

    private KeyValues(Map<String, String> values) {
        this.values = values;
    }

    /** Lenient split: parts without '=' are ignored; a later key wins. Never throws. */
    static KeyValues parse(String text) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String part : text.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                m.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
            }
        }
        return new KeyValues(m);
    }

    String get(String key) {
        return values.get(key);
    }

    static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
