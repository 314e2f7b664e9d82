package com.gridwall.ui.panel;

import com.gridwall.domain.Lang;

/** Severity 1..4 as the wall names and styles it ({@code sev-1} .. {@code sev-4}). */
final class Severity {
    private Severity() {
    }

    static String label(int severity, Lang lang) {
        return PanelText.text(lang, "severity." + severity);
    }

    static String styleClass(int severity) {
        return "sev-" + severity;
    }

    static final String[] ALL_CLASSES = {"sev-1", "sev-2", "sev-3", "sev-4"};
}
