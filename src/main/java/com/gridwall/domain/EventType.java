package com.gridwall.domain;

/** One lifecycle transition of an incident (DOMAIN.md, "the closed loop"). Wire name = {@link #name()}. */
public enum EventType {
    REPORTED("上报", "Reported"),
    DISPATCHED("派单", "Dispatched"),
    ACCEPTED("签收", "Accepted"),
    RESOLVED("办结", "Resolved"),
    CLOSED("反馈", "Closed"),
    REDISPATCHED("改派", "Redispatched"),
    ESCALATED("升级", "Escalated"),
    REOPENED("重办", "Reopened"),
    CANCELLED("撤销", "Cancelled");

    private final String zh;
    private final String en;

    EventType(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String label(Lang lang) {
        return lang == Lang.ZH ? zh : en;
    }

    /** Parses a wire name; returns null for an unknown name so callers can report it with context. */
    public static EventType parse(String wire) {
        return Enums.parse(EventType.class, wire);
    }
}
