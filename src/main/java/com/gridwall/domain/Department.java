package com.gridwall.domain;

/** The departments the data center joins (部门); the target of a dispatch. */
public enum Department {
    POLICE("公安", "Police"),
    URBAN_MANAGEMENT("城管", "Urban management"),
    CIVIL_AFFAIRS("民政", "Civil affairs"),
    HOUSING("住建", "Housing"),
    EMERGENCY("应急", "Emergency management"),
    ENVIRONMENT("生态环境", "Environment"),
    HEALTH("卫健", "Health"),
    MARKET_REGULATION("市场监管", "Market regulation"),
    FIRE_RESCUE("消防", "Fire rescue"),
    WATER("水利", "Water"),
    JUSTICE("司法", "Justice"),
    STREET_OFFICE("街道办", "Street office");

    private final String zh;
    private final String en;

    Department(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String label(Lang lang) {
        return lang == Lang.ZH ? zh : en;
    }

    public static Department parse(String wire) {
        return Enums.parse(Department.class, wire);
    }
}
