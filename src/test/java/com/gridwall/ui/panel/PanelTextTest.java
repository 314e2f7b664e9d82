package com.gridwall.ui.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gridwall.domain.Lang;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class PanelTextTest {
    @Test
    void bothBundlesHaveTheSameKeys() {
        Set<String> zh = new TreeSet<>(PanelText.bundle(Lang.ZH).keySet());
        Set<String> en = new TreeSet<>(PanelText.bundle(Lang.EN).keySet());
        assertEquals(zh, en);
        for (KpiKind k : KpiKind.values()) {
            assertTrue(zh.contains(k.labelKey()), k.labelKey());
        }
        for (FeedState s : FeedState.values()) {
            assertTrue(zh.contains("feed.state." + s.name()), s.name());
        }
    }

    @Test
    void chineseIsReadAsUtf8AndDoesNotFallBackToTheJvmLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertEquals("今日受理", PanelText.text(Lang.ZH, "kpi.RECEIVED_TODAY"));
            assertEquals("Received today", PanelText.text(Lang.EN, "kpi.RECEIVED_TODAY"));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void agesAndCountdownsAreLocalised() {
        Instant t = Instant.parse("2026-11-26T12:00:00Z");
        assertEquals("刚刚", TimeText.age(t, t.plusSeconds(59), Lang.ZH));
        assertEquals("3分钟前", TimeText.age(t, t.plusSeconds(180), Lang.ZH));
        assertEquals("3 min ago", TimeText.age(t, t.plusSeconds(180), Lang.EN));
        assertEquals("2小时前", TimeText.age(t, t.plusSeconds(7300), Lang.ZH));
        assertEquals("2 d ago", TimeText.age(t, t.plusSeconds(2 * 86400 + 5), Lang.EN));
        assertEquals("刚刚", TimeText.age(t, t.minusSeconds(30), Lang.ZH), "clock skew never shows a negative age");
        assertEquals("—", TimeText.age(null, t, Lang.ZH));
        assertEquals("剩余 1:02:03", TimeText.countdown(t.plusSeconds(3723), t, Lang.ZH));
        assertEquals("1:02:03 left", TimeText.countdown(t.plusSeconds(3723), t, Lang.EN));
        assertEquals("超期 0:00:01", TimeText.countdown(t.minusSeconds(1), t, Lang.ZH));
        assertFalse(TimeText.countdown(t, null, Lang.ZH).contains("null"));
    }

    @Test
    void placeNamesDropCommitteeSuffixes() {
        assertEquals("曙光社区", PlaceText.shortName("曙光社区居民委员会"));
        assertEquals("东关村", PlaceText.shortName("东关村村民委员会"));
        assertEquals("张堤村", PlaceText.shortName("张堤村民委员会"));
        assertEquals("平东实业公司社区", PlaceText.shortName("平东实业公司社区"));
        assertEquals("西街街道 · 曙光社区", PlaceText.join("西街街道", null, "曙光社区居民委员会", ""));
    }
}
