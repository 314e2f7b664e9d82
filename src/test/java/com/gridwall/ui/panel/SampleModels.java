package com.gridwall.ui.panel;

import com.gridwall.domain.Category;
import com.gridwall.domain.Department;
import com.gridwall.domain.EventType;
import com.gridwall.domain.Source;
import com.gridwall.ui.alert.AlertKind;
import com.gridwall.ui.alert.WallAlert;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Realistic sample models for the gallery and tests: 新乡市红旗区 streets and communities (from the
 * shared division list), the categories, sources and departments of DOMAIN.md. Deterministic.
 */
final class SampleModels {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** 2026-11-26 20:01:37 in Xinxiang. */
    static final Instant NOW = LocalDateTime.of(2026, 11, 26, 20, 1, 37).atZone(ZONE).toInstant();

    static final String[][] PLACES = {
            {"西街街道", "曙光社区居民委员会"}, {"西街街道", "双石桥社区居民委员会"}, {"西街街道", "石榴园社区居民委员会"},
            {"东街街道", "大东街社区居民委员会"}, {"东街街道", "北关社区居民委员会"}, {"东街街道", "龙湾社区居民委员会"},
            {"渠东街道", "四排房社区居民委员会"}, {"渠东街道", "友谊路社区居民委员会"}, {"渠东街道", "黄河口社区居民委员会"},
            {"文化街街道", "明珠花园社区居民委员会"}, {"文化街街道", "清华园社区居民委员会"},
            {"向阳小区街道", "春夏社区居民委员会"}, {"向阳小区街道", "孟营第三村村民委员会"},
            {"洪门镇", "骆驼湾社区居民委员会"}, {"洪门镇", "留庄营村民委员会"}, {"小店镇", "刘景屯村村民委员会"},
    };

    private SampleModels() {
    }

    static List<KpiTileModel> kpis() {
        return List.of(
                KpiTileModel.of(KpiKind.RECEIVED_TODAY, 1286, 1214),
                KpiTileModel.of(KpiKind.OPEN, 342, 371),
                KpiTileModel.of(KpiKind.OVERDUE, 17, 12),
                KpiTileModel.of(KpiKind.COMPLETION_RATE, 0.934, 0.921),
                KpiTileModel.of(KpiKind.TIMELY_RATE, 0.968, 0.975),
                KpiTileModel.of(KpiKind.DISPUTE_RESOLUTION, 0.999, 0.999),
                KpiTileModel.of(KpiKind.SATISFACTION, 0.972, 0.965),
                KpiTileModel.of(KpiKind.DISPATCH_ACCURACY, 0.981, 0.976),
                KpiTileModel.of(KpiKind.TIME_TO_DISPATCH, 6.4 * 60, 7.1 * 60),
                KpiTileModel.of(KpiKind.TIME_TO_RESOLVE, 18.6 * 3600, 17.9 * 3600));
    }

    static TrendModel trend() {
        int[] received = new int[24];
        int[] resolved = new int[24];
        int[] shape = {12, 8, 6, 5, 6, 11, 24, 48, 77, 92, 96, 88, 70, 66, 81, 90, 94, 86, 71, 63, 52, 38, 26, 18};
        Random r = new Random(5);
        for (int h = 0; h < 24; h++) {
            received[h] = shape[h] + r.nextInt(9);
            resolved[h] = Math.max(0, (int) (shape[Math.max(0, h - 2)] * 0.9) + r.nextInt(7));
        }
        return new TrendModel(LocalDateTime.of(2026, 11, 26, 0, 0), 60, received, resolved, 20);
    }

    static List<BreakdownItem> byCategory() {
        long[] n = {312, 87, 268, 176, 149, 58, 9, 71, 96, 4, 56};
        List<BreakdownItem> items = new ArrayList<>();
        Category[] cats = Category.values();
        for (int i = 0; i < cats.length; i++) {
            items.add(new BreakdownItem(LocalText.of(cats[i]), n[i]));
        }
        return items;
    }

    static List<BreakdownItem> bySource() {
        long[] n = {498, 361, 142, 97, 154, 34};
        List<BreakdownItem> items = new ArrayList<>();
        Source[] s = Source.values();
        for (int i = 0; i < s.length; i++) {
            items.add(new BreakdownItem(LocalText.of(s[i]), n[i]));
        }
        return items;
    }

    static List<TickerItem> ticker(int n) {
        Random r = new Random(11);
        Category[] cats = Category.values();
        EventType[] statuses = {EventType.REPORTED, EventType.DISPATCHED, EventType.ACCEPTED, EventType.RESOLVED, EventType.ESCALATED};
        List<TickerItem> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String[] p = PLACES[r.nextInt(PLACES.length)];
            int sev = i == 0 ? 4 : i == 2 ? 3 : 1 + r.nextInt(3);
            items.add(new TickerItem("e" + (100_000 - i), "inc-" + (50_000 - i), sev, cats[r.nextInt(cats.length)],
                    p[0], p[1], String.format("网格%02d", 1 + r.nextInt(24)),
                    NOW.minusSeconds(20L + i * 97L), statuses[r.nextInt(statuses.length)]));
        }
        return items;
    }

    static List<OverdueItem> overdue() {
        return List.of(
                new OverdueItem("inc-40211", Category.SAFETY_HAZARD, Department.HOUSING, "渠东街道 · 四排房社区", NOW.minusSeconds(2 * 3600 + 5 * 60 + 11)),
                new OverdueItem("inc-40377", Category.SANITATION, Department.URBAN_MANAGEMENT, "东街街道 · 北关社区", NOW.minusSeconds(47 * 60 + 3)),
                new OverdueItem("inc-40502", Category.FIRE, Department.FIRE_RESCUE, "洪门镇 · 骆驼湾社区", NOW.minusSeconds(6 * 60 + 40)),
                new OverdueItem("inc-40619", Category.DISPUTE, Department.JUSTICE, "西街街道 · 曙光社区", NOW.plusSeconds(18 * 60 + 25)),
                new OverdueItem("inc-40666", Category.ELDERLY_CARE, Department.CIVIL_AFFAIRS, "文化街街道 · 清华园社区", NOW.plusSeconds(52 * 60 + 9)),
                new OverdueItem("inc-40701", Category.TRAFFIC, Department.POLICE, "小店镇 · 刘景屯村", NOW.plusSeconds(95 * 60)),
                new OverdueItem("inc-40733", Category.PROPERTY, Department.HOUSING, "向阳小区街道 · 春夏社区", NOW.plusSeconds(130 * 60)));
    }

    static List<RankItem> ranking() {
        return List.of(
                new RankItem(Department.FIRE_RESCUE, 0.995, 212),
                new RankItem(Department.EMERGENCY, 0.987, 156),
                new RankItem(Department.POLICE, 0.981, 804),
                new RankItem(Department.STREET_OFFICE, 0.973, 1310),
                new RankItem(Department.URBAN_MANAGEMENT, 0.958, 977),
                new RankItem(Department.CIVIL_AFFAIRS, 0.952, 341),
                new RankItem(Department.MARKET_REGULATION, 0.944, 260),
                new RankItem(Department.HOUSING, 0.921, 402),
                new RankItem(Department.ENVIRONMENT, 0.913, 188),
                new RankItem(Department.HEALTH, 0.962, 95),
                new RankItem(Department.WATER, 0.9, 40),
                new RankItem(Department.JUSTICE, 0.97, 77));
    }

    static List<HotspotItem> hotspots() {
        return List.of(
                new HotspotItem("渠东街道 · 友谊路社区", Category.CITY_MANAGEMENT, 14),
                new HotspotItem("东街街道 · 大东街社区", Category.SANITATION, 11),
                new HotspotItem("洪门镇 · 留庄营村", Category.SAFETY_HAZARD, 9),
                new HotspotItem("文化街街道 · 明珠花园社区", Category.PROPERTY, 8),
                new HotspotItem("西街街道 · 石榴园社区", Category.DISPUTE, 6));
    }

    static FeedHealthModel feedHealth() {
        return new FeedHealthModel(FeedState.CONNECTED, null, 420, 1260.4, 3, 1_284_967);
    }

    static List<WallAlert> alerts() {
        List<WallAlert> a = new ArrayList<>();
        a.add(new WallAlert("inc-50001", AlertKind.NEW_CRITICAL, Category.FIRE, "西街街道 · 曙光社区", NOW.minusSeconds(40), "410702001016007", 113.88, 35.30));
        a.add(new WallAlert("inc-50004", AlertKind.NEW_CRITICAL, Category.FIRE, "渠东街道 · 四排房社区", NOW.minusSeconds(95), "410702003024003", 113.90, 35.29));
        a.add(new WallAlert("inc-50009", AlertKind.NEW_CRITICAL, Category.FIRE, "东街街道 · 龙湾社区", NOW.minusSeconds(130), "410702002022011", 113.91, 35.31));
        a.add(new WallAlert("inc-40211", AlertKind.NEWLY_OVERDUE, Category.SAFETY_HAZARD, "渠东街道 · 四排房社区", NOW.minusSeconds(300), "410702003024005", 113.90, 35.29));
        a.add(new WallAlert("inc-40377", AlertKind.NEWLY_OVERDUE, Category.SANITATION, "东街街道 · 北关社区", NOW.minusSeconds(200), "410702002019002", 113.89, 35.31));
        a.add(new WallAlert("inc-40380", AlertKind.NEWLY_OVERDUE, Category.DISPUTE, "洪门镇 · 骆驼湾社区", NOW.minusSeconds(100), null, Double.NaN, Double.NaN));
        return a;
    }

    /** Worst cases that still happen: a city-wide day, a week-long resolution, the longest names in both languages. */
    static final class Extremes {
        private Extremes() {
        }

        static List<KpiTileModel> kpis() {
            return List.of(
                    KpiTileModel.of(KpiKind.RECEIVED_TODAY, 98_765, 87_654),
                    KpiTileModel.of(KpiKind.OPEN, 9_999, 1),
                    KpiTileModel.of(KpiKind.OVERDUE, 9_999, 0),
                    KpiTileModel.of(KpiKind.COMPLETION_RATE, 0.999, 0.5),
                    KpiTileModel.of(KpiKind.TIMELY_RATE, 0.5, 0.999),
                    KpiTileModel.of(KpiKind.DISPUTE_RESOLUTION, 0.0, 0.999),
                    KpiTileModel.of(KpiKind.SATISFACTION, 1.0, 0.123),
                    KpiTileModel.absent(KpiKind.DISPATCH_ACCURACY),
                    KpiTileModel.of(KpiKind.TIME_TO_DISPATCH, 95.5 * 60, 2.5 * 60),
                    KpiTileModel.of(KpiKind.TIME_TO_RESOLVE, 168.4 * 3600, 20.2 * 3600));
        }

        static List<TickerItem> ticker() {
            List<TickerItem> items = new ArrayList<>();
            EventType[] statuses = EventType.values();
            for (int i = 0; i < 30; i++) {
                items.add(new TickerItem("x" + i, "inc-x" + i, 1 + i % 4, i % 2 == 0 ? Category.LIVELIHOOD : Category.PROPERTY,
                        "向阳小区街道", "孟营第三村村民委员会", "网格24", NOW.minusSeconds(3599 + i * 86400L),
                        statuses[i % statuses.length]));
            }
            return items;
        }

        static List<OverdueItem> overdue() {
            List<OverdueItem> items = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                items.add(new OverdueItem("inc-o" + i, i % 2 == 0 ? Category.LIVELIHOOD : Category.PROPERTY,
                        i % 2 == 0 ? Department.EMERGENCY : Department.MARKET_REGULATION,
                        "向阳小区街道 · 孟营第三村村民委员会", NOW.minusSeconds(3 * 86400L - 1 + i)));
            }
            return items;
        }

        static List<HotspotItem> hotspots() {
            return List.of(
                    new HotspotItem("向阳小区街道 · 孟营第三村村民委员会", Category.PROPERTY, 999),
                    new HotspotItem("文化街街道 · 明珠花园社区居民委员会", Category.LIVELIHOOD, 998),
                    new HotspotItem("洪门镇 · 骆驼湾社区居民委员会", Category.CITY_MANAGEMENT, 997));
        }

        static List<BreakdownItem> byCategory() {
            List<BreakdownItem> items = new ArrayList<>();
            for (Category c : Category.values()) {
                items.add(new BreakdownItem(LocalText.of(c), 99_999 - c.ordinal() * 3));
            }
            return items;
        }

        /** The longest English department names on top. */
        static List<RankItem> ranking() {
            return List.of(
                    new RankItem(Department.EMERGENCY, 1.0, 99_999),
                    new RankItem(Department.MARKET_REGULATION, 0.999, 9),
                    new RankItem(Department.URBAN_MANAGEMENT, 0.5, 2),
                    new RankItem(Department.CIVIL_AFFAIRS, 0.0, 1),
                    new RankItem(Department.ENVIRONMENT, 0, 0));
        }

        static FeedHealthModel feedHealth() {
            return new FeedHealthModel(FeedState.AUTH_REFUSED, "UNAUTHENTICATED: bearer token expired at 2026-11-26T11:58:00Z",
                    36 * 3_600_000L, 123_456.7, 9_876_543, 9_876_543_210L);
        }
    }
}
