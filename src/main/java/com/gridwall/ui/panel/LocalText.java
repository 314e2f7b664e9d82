package com.gridwall.ui.panel;

import com.gridwall.domain.Category;
import com.gridwall.domain.Department;
import com.gridwall.domain.Lang;
import com.gridwall.domain.Source;
import java.util.Objects;

/**
 * A label in both wall languages, so a model built once can be shown in either and the language
 * switch needs no new model. Place names are proper nouns and stay the same in both ({@link #same}).
 */
public record LocalText(String zh, String en) {
    public LocalText {
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
    }

    public static LocalText same(String text) {
        return new LocalText(text, text);
    }

    public static LocalText of(Category c) {
        return new LocalText(c.label(Lang.ZH), c.label(Lang.EN));
    }

    public static LocalText of(Source s) {
        return new LocalText(s.label(Lang.ZH), s.label(Lang.EN));
    }

    public static LocalText of(Department d) {
        return new LocalText(d.label(Lang.ZH), d.label(Lang.EN));
    }

    public String get(Lang lang) {
        return lang == Lang.EN ? en : zh;
    }
}
