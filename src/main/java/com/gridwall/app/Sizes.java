package com.gridwall.app;

/** Parses a {@code WxH} size option. */
final class Sizes {
    /** Largest side accepted: 8K plus room (software rendering needs width*height*4 bytes per image). */
    private static final int MAX_SIDE = 16384;

    private Sizes() {
    }

    static int[] parse(String s) {
        String[] parts = s.toLowerCase(java.util.Locale.ROOT).split("x");
        if (parts.length != 2) {
            throw new IllegalArgumentException("--size: expected WxH like 1920x1080, got '" + s + "'");
        }
        try {
            int w = Integer.parseInt(parts[0].trim());
            int h = Integer.parseInt(parts[1].trim());
            if (w < 64 || h < 64 || w > MAX_SIDE || h > MAX_SIDE) {
                throw new IllegalArgumentException("--size: each side must be 64.." + MAX_SIDE + ", got '" + s + "'");
            }
            return new int[] {w, h};
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--size: expected WxH like 1920x1080, got '" + s + "'");
        }
    }
}
