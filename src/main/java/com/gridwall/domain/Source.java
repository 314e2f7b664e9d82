package com.gridwall.domain;

/** Where an incident came from (来源). */
public enum Source {
    HOTLINE_12345("12345热线", "12345 hotline"),
    GRID_PATROL("网格员巡查", "Grid worker patrol"),
    AI_VIDEO("AI视频", "AI video"),
    IOT_SENSOR("物联感知", "IoT sensor"),
    RESIDENT_APP("群众APP上报", "Resident app"),
    POLICE_110("110联动", "110 police link");

    private final String zh;
    private final String en;

    Source(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String label(Lang lang) {
        return lang == Lang.ZH ? zh : en;
    }

    public static Source parse(String wire) {
        return Enums.parse(Source.class, wire);
    }
}
