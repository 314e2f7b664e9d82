package com.gridwall.ui.map.layer;

/** What the choropleth colours: each unit of the current level by one of these. */
public enum ChoroplethMetric {
    /** Open incidents now. */
    OPEN("layer.metric.open", "layer.unit.count"),
    /** Overdue incidents now. */
    OVERDUE("layer.metric.overdue", "layer.unit.count"),
    /** Events received today per square kilometre of the unit (UnitInfo.areaKm2). */
    DENSITY("layer.metric.density", "layer.unit.perKm2"),
    /** Share of today's received incidents resolved, 0..1 (shown in percent). */
    COMPLETION("layer.metric.completion", "layer.unit.percent");

    private final String messageKey;
    private final String unitKey;

    ChoroplethMetric(String messageKey, String unitKey) {
        this.messageKey = messageKey;
        this.unitKey = unitKey;
    }

    public String messageKey() {
        return messageKey;
    }

    public String unitKey() {
        return unitKey;
    }

    public ChoroplethMetric next() {
        return values()[(ordinal() + 1) % values().length];
    }
}
