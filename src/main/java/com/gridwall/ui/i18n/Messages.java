package com.gridwall.ui.i18n;

import com.gridwall.domain.Lang;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * User-facing text of the wall from resource bundles com/gridwall/ui/messages*.properties (UTF-8):
 * zh-CN in the base file, English in messages_en. Immutable and thread-safe.
 */
public final class Messages {
    private static final String BUNDLE = "com.gridwall.ui.messages";
    private final Lang lang;
    private final ResourceBundle bundle;

    private Messages(Lang lang) {
        this.lang = lang;
        // no fallback to the JVM's default locale: an English machine must still show zh-CN by default
        this.bundle = ResourceBundle.getBundle(BUNDLE, lang == Lang.EN ? Locale.ENGLISH : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static final Messages ZH = new Messages(Lang.ZH);
    private static final Messages EN = new Messages(Lang.EN);

    public static Messages of(Lang lang) {
        return lang == Lang.EN ? EN : ZH;
    }

    /** The other language's messages (the wall's language key toggles between the two). */
    public Messages other() {
        return of(lang == Lang.EN ? Lang.ZH : Lang.EN);
    }

    public Lang lang() {
        return lang;
    }

    public Locale locale() {
        return lang == Lang.EN ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    /** The text for {@code key}; a missing key shows as itself in brackets rather than failing the wall. */
    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "[" + key + "]";
        }
    }

    public String format(String key, Object... args) {
        return new MessageFormat(get(key), locale()).format(args);
    }
}
