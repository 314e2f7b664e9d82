package com.gridwall.ui.panel;

import com.gridwall.domain.Lang;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Localised ages ("3分钟前"), countdowns and clock texts. Stateless and thread-safe. */
public final class TimeText {
    private static final DateTimeFormatter ZH_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日 EEEE", PanelText.locale(Lang.ZH));
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", PanelText.locale(Lang.EN));
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm");

    private TimeText() {
    }

    /** How long ago {@code then} was at {@code now}; "—" when either is unknown. */
    public static String age(Instant then, Instant now, Lang lang) {
        if (then == null || now == null) {
            return PanelText.NO_DATA;
        }
        long s = Math.max(0, Duration.between(then, now).getSeconds());
        if (s < 60) {
            return PanelText.text(lang, "time.justNow");
        }
        if (s < 3600) {
            return PanelText.format(lang, "time.minutesAgo", s / 60);
        }
        if (s < 86400) {
            return PanelText.format(lang, "time.hoursAgo", s / 3600);
        }
        return PanelText.format(lang, "time.daysAgo", s / 86400);
    }

    /** "剩余 1:02:03" before the deadline, "超期 0:12:34" after it; "—" when unknown. */
    public static String countdown(Instant deadline, Instant now, Lang lang) {
        if (deadline == null || now == null) {
            return PanelText.NO_DATA;
        }
        Duration d = Duration.between(now, deadline);
        boolean overdue = d.isNegative();
        String span = span(d.abs(), lang);
        return PanelText.format(lang, overdue ? "time.overdueBy" : "time.remaining", span);
    }

    /** h:mm:ss, with a day count in front once it exceeds a day. */
    static String span(Duration d, Lang lang) {
        long s = d.getSeconds();
        long days = s / 86400;
        String hms = String.format("%d:%02d:%02d", (s % 86400) / 3600, (s % 3600) / 60, s % 60);
        return days == 0 ? hms : PanelText.format(lang, "time.daysAnd", days, hms);
    }

    public static String clockDate(Instant t, ZoneId zone, Lang lang) {
        return t == null ? PanelText.NO_DATA : (lang == Lang.EN ? EN_DATE : ZH_DATE).format(t.atZone(zone));
    }

    public static String clockTime(Instant t, ZoneId zone) {
        return t == null ? PanelText.NO_DATA : TIME.format(t.atZone(zone));
    }

    public static String hourMinute(Instant t, ZoneId zone) {
        return t == null ? PanelText.NO_DATA : HOUR_MINUTE.format(t.atZone(zone));
    }
}
