package com.gridwall.feed.decode;

/**
 * Masks personal numbers (mobile phones, ID cards) in free text before it reaches the wall:
 * the feed must not carry them, and if a source sends them anyway the wall never shows them.
 * Any run of 7 or more ASCII digits keeps its first 3 and last 2 digits; the rest become '*'.
 * Stateless.
 */
public final class PersonalDataMask {
    static final int MIN_RUN = 7;

    private PersonalDataMask() {
    }

    /** True when {@code utf8} holds a digit run that {@link #mask} would change. */
    static boolean needsMask(byte[] utf8, int from, int to) {
        int run = 0;
        for (int i = from; i < to; i++) {
            byte b = utf8[i];
            run = b >= '0' && b <= '9' ? run + 1 : 0;
            if (run >= MIN_RUN) {
                return true;
            }
        }
        return false;
    }

    public static String mask(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text);
        int i = 0;
        while (i < out.length()) {
            if (!isDigit(out.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < out.length() && isDigit(out.charAt(j))) {
                j++;
            }
            if (j - i >= MIN_RUN) {
                for (int k = i + 3; k < j - 2; k++) {
                    out.setCharAt(k, '*');
                }
            }
            i = j;
        }
        return out.toString();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
