package com.gridwall.ui.emergency;

import com.gridwall.domain.Lang;

/** The kinds of emergency a duty leader can declare. */
public enum EmergencyKind {
    FLOOD("汛情", "Flood"),
    FIRE("火灾", "Fire"),
    EPIDEMIC("疫情", "Epidemic"),
    OTHER("其他", "Other");

    private final String zh;
    private final String en;

    EmergencyKind(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String label(Lang lang) {
        return lang == Lang.ZH ? zh : en;
    }
}
