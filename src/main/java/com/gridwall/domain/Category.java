package com.gridwall.domain;

/**
 * Incident categories (类别) with their handling deadline (时限). The deadline is the default
 * when an event carries none; safety hazards must be cleared within 24 hours.
 */
public enum Category {
    SAFETY_HAZARD("安全隐患", "Safety hazard", 24),
    DISPUTE("矛盾纠纷", "Dispute", 72),
    LIVELIHOOD("民生诉求", "Livelihood request", 120),
    SANITATION("环境卫生", "Sanitation", 48),
    CITY_MANAGEMENT("城市管理", "City management", 48),
    PUBLIC_ORDER("治安", "Public order", 24),
    FIRE("消防", "Fire", 4),
    TRAFFIC("交通", "Traffic", 24),
    PROPERTY("物业", "Property management", 120),
    FLOOD("汛情", "Flood", 6),
    ELDERLY_CARE("养老服务", "Elderly care", 48);

    private final String zh;
    private final String en;
    private final int deadlineHours;

    Category(String zh, String en, int deadlineHours) {
        this.zh = zh;
        this.en = en;
        this.deadlineHours = deadlineHours;
    }

    public String label(Lang lang) {
        return lang == Lang.ZH ? zh : en;
    }

    public int deadlineHours() {
        return deadlineHours;
    }

    public static Category parse(String wire) {
        return Enums.parse(Category.class, wire);
    }
}
