package com.gridwall.ui.wall;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which panel goes where, read from a small text file (docs/usage-wall.md):
 * <pre>
 * design = 3840x1080                # the design size, scaled uniformly to the screen
 * left = kpi, trend                 # the column left of the map, top to bottom
 * right = ticker, overdue           # the column right of the map
 * left-extra = category, source | ranking   # more columns, outermost first, separated by |
 * right-extra = hotspots
 * rows.overdue = 8                  # rows a list shows
 * </pre>
 * Panel ids: {@link #PANELS}. Each panel at most once. Immutable.
 */
public record WallLayoutConfig(String source, int designWidth, int designHeight, List<String> left, List<String> right,
                               List<List<String>> leftExtra, List<List<String>> rightExtra, Map<String, Integer> rows) {
    public static final List<String> PANELS = List.of("kpi", "trend", "breakdown", "category", "source", "ticker",
            "overdue", "ranking", "hotspots");
    private static final Set<String> KEYS = Set.of("design", "left", "right", "left-extra", "right-extra");

    /** The bundled layout for a 16:9 (1920x1080 design) or a 32:9 wall (3840x1080 design). */
    public static WallLayoutConfig bundled(boolean wide) {
        String name = wide ? "layout-32x9.conf" : "layout-16x9.conf";
        try (InputStream in = WallLayoutConfig.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("bundled layout missing: " + name);
            }
            return parse(name, List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")));
        } catch (IOException e) {
            throw new IllegalStateException("bundled layout unreadable: " + name, e);
        }
    }

    /** The bundled layout that suits a screen of w x h: 32:9 from an aspect of 3:1 up. */
    public static WallLayoutConfig forScreen(double w, double h) {
        return bundled(w / h >= 3.0);
    }

    /** @throws IllegalArgumentException naming the file and line of the first problem */
    public static WallLayoutConfig load(Path file) throws IOException {
        return parse(file.toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    public static WallLayoutConfig parse(String source, List<String> lines) {
        int w = 1920;
        int h = 1080;
        List<String> left = List.of();
        List<String> right = List.of();
        List<List<String>> leftExtra = List.of();
        List<List<String>> rightExtra = List.of();
        Map<String, Integer> rows = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String where = source + ":" + (i + 1);
            String line = lines.get(i);
            int hash = line.indexOf('#');
            line = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (line.isEmpty()) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException(where + ": expected 'key = value', got '" + line + "'");
            }
            String key = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip();
            if (key.startsWith("rows.")) {
                String id = key.substring(5);
                checkId(where, id);
                try {
                    int n = Integer.parseInt(value);
                    if (n < 1 || n > 50) {
                        throw new NumberFormatException();
                    }
                    rows.put(id, n);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(where + ": " + key + " must be a whole number 1..50, got '" + value + "'");
                }
                continue;
            }
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException(where + ": unknown key '" + key + "' (known: " + KEYS + ", rows.ID)");
            }
            switch (key) {
                case "design" -> {
                    String[] p = value.toLowerCase().split("x");
                    try {
                        w = Integer.parseInt(p[0].strip());
                        h = Integer.parseInt(p[1].strip());
                    } catch (RuntimeException e) {
                        throw new IllegalArgumentException(where + ": design must be WIDTHxHEIGHT, got '" + value + "'");
                    }
                    if (w < 960 || h < 540 || w > 16000 || h > 8000) {
                        throw new IllegalArgumentException(where + ": design " + value + " out of range (960x540 .. 16000x8000)");
                    }
                }
                case "left" -> left = ids(where, value, used);
                case "right" -> right = ids(where, value, used);
                case "left-extra" -> leftExtra = columns(where, value, used);
                case "right-extra" -> rightExtra = columns(where, value, used);
                default -> throw new AssertionError(key);
            }
        }
        return new WallLayoutConfig(source, w, h, left, right, leftExtra, rightExtra, Map.copyOf(rows));
    }

    private static List<List<String>> columns(String where, String value, Set<String> used) {
        List<List<String>> out = new ArrayList<>();
        for (String col : value.split("\\|")) {
            List<String> ids = ids(where, col, used);
            if (!ids.isEmpty()) {
                out.add(ids);
            }
        }
        return List.copyOf(out);
    }

    private static List<String> ids(String where, String value, Set<String> used) {
        List<String> out = new ArrayList<>();
        for (String raw : value.split(",")) {
            String id = raw.strip();
            if (id.isEmpty()) {
                continue;
            }
            checkId(where, id);
            if (!used.add(id)) {
                throw new IllegalArgumentException(where + ": panel '" + id + "' placed twice");
            }
            out.add(id);
        }
        return List.copyOf(out);
    }

    private static void checkId(String where, String id) {
        if (!PANELS.contains(id)) {
            throw new IllegalArgumentException(where + ": unknown panel '" + id + "' (known: " + PANELS + ")");
        }
    }

    /** Every panel id placed, in placement order. */
    public List<String> placed() {
        List<String> out = new ArrayList<>();
        leftExtra.forEach(out::addAll);
        out.addAll(left);
        out.addAll(right);
        rightExtra.forEach(out::addAll);
        return out;
    }

    public int rows(String id, int fallback) {
        return rows.getOrDefault(id, fallback);
    }
}
