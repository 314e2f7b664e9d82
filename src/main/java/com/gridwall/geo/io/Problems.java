package com.gridwall.geo.io;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem of one load, so the user sees them all at once. Not thread-safe. */
final class Problems {
    private final List<String> lines = new ArrayList<>();

    void file(String reason) {
        lines.add(reason);
    }

    void feature(int index, String code, String field, String reason) {
        StringBuilder sb = new StringBuilder("feature #").append(index);
        if (code != null) {
            sb.append(" (code ").append(code).append(')');
        }
        if (field != null) {
            sb.append(": ").append(field);
        }
        lines.add(sb.append(": ").append(reason).toString());
    }

    boolean isEmpty() {
        return lines.isEmpty();
    }

    List<String> lines() {
        return lines;
    }
}
