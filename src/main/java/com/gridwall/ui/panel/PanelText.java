package com.gridwall.ui.panel;

import com.gridwall.domain.Lang;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The panels' user-facing words: resource bundle {@code com/gridwall/ui/panel/panels} (zh-CN, the
 * base bundle) and {@code panels_en}. Lookup never falls back to the JVM's default locale, so a
 * machine set to English still shows Chinese for {@link Lang#ZH}. Thread-safe (bundles are cached
 * and immutable; formatters are created per call).
 */
public final class PanelText {
    static final String BUNDLE = "com.gridwall.ui.panel.panels";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private PanelText() {
    }

    public static ResourceBundle bundle(Lang lang) {
        Locale bundleLocale = lang == Lang.EN ? Locale.ENGLISH : Locale.ROOT;
        return ResourceBundle.getBundle(BUNDLE, bundleLocale, NO_FALLBACK);
    }

    /** Locale for numbers and dates in the given language. */
    public static Locale locale(Lang lang) {
        return lang == Lang.EN ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    public static String text(Lang lang, String key) {
        return bundle(lang).getString(key);
    }

    /** A bundle pattern filled with already formatted arguments ({0}, {1} ...). */
    public static String format(Lang lang, String key, Object... args) {
        return new MessageFormat(text(lang, key), locale(lang)).format(args);
    }

    /** Whole number with the language's grouping ("12,345"). */
    public static String count(Lang lang, long n) {
        return NumberFormat.getIntegerInstance(locale(lang)).format(n);
    }

    /** Fixed number of decimals, grouped. */
    public static String decimal(Lang lang, double v, int decimals) {
        NumberFormat f = NumberFormat.getNumberInstance(locale(lang));
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        return f.format(v);
    }

    /** The sign shown for a missing value; never "NaN". */
    public static final String NO_DATA = "—";
}
