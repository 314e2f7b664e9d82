package com.gridwall.domain;

/** User-facing language; zh-CN is the default on the wall. */
public enum Lang {
    ZH, EN;

    public static Lang parse(String s) {
        if (s == null) {
            return ZH;
        }
        return switch (s.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "zh", "zh-cn", "zh_cn", "cn" -> ZH;
            case "en", "en-us", "en_us", "en-gb" -> EN;
            default -> throw new IllegalArgumentException("unknown language '" + s + "' (expected zh or en)");
        };
    }
}
