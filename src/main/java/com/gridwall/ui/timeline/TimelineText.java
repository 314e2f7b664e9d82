package com.gridwall.ui.timeline;

import com.gridwall.domain.Lang;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The timeline's words (bundle {@code com/gridwall/ui/timeline/timeline}, zh-CN base, English
 * option; never the JVM's default locale) and its instant format, always in China time
 * (Asia/Shanghai) whatever the machine's zone. Thread-safe.
 */
public final class TimelineText {
    public static final ZoneId WALL_ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(WALL_ZONE);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(WALL_ZONE);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private TimelineText() {
    }

    public static String text(Lang lang, String key) {
        Locale l = lang == Lang.EN ? Locale.ENGLISH : Locale.ROOT;
        return ResourceBundle.getBundle("com.gridwall.ui.timeline.timeline", l, NO_FALLBACK).getString(key);
    }

    public static String format(Lang lang, String key, Object... args) {
        return new MessageFormat(text(lang, key), Locale.ROOT).format(args);
    }

    /** "2026-11-25 14:05:00" in China time. */
    public static String instant(Instant t) {
        return t == null ? "—" : INSTANT.format(t);
    }

    /** "11-25 14:05" in China time, for axis ends. */
    public static String shortInstant(Instant t) {
        return t == null ? "—" : SHORT.format(t);
    }
}
