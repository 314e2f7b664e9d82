package com.gridwall.geo.io;

import java.util.List;

/**
 * A map file could not be loaded. Loading is all-or-nothing, so the message lists every problem
 * found (file, feature index and code, field, reason), not just the first.
 */
public final class MapLoadException extends Exception {
    private static final long serialVersionUID = 1L;
    /** Beyond this many lines the message says how many more problems there were. */
    private static final int MAX_LINES = 40;

    private final String source;
    private final List<String> problems;

    public MapLoadException(String source, List<String> problems) {
        super(format(source, problems));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    /** The file name or resource the map came from. */
    public String source() {
        return source;
    }

    /** One line per problem, e.g. {@code feature #3 (code 410702001): level: unknown level 'town'}. */
    public List<String> problems() {
        return problems;
    }

    private static String format(String source, List<String> problems) {
        StringBuilder sb = new StringBuilder("cannot load map ").append(source).append(": ")
                .append(problems.size()).append(problems.size() == 1 ? " problem" : " problems");
        int shown = Math.min(problems.size(), MAX_LINES);
        for (int i = 0; i < shown; i++) {
            sb.append("\n  ").append(problems.get(i));
        }
        if (problems.size() > shown) {
            sb.append("\n  ... and ").append(problems.size() - shown).append(" more");
        }
        return sb.toString();
    }
}
