package com.gridwall.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parsed command line: `--name value` options, `--flag` switches and positional words. */
final class Args {
    private final Map<String, String> options = new LinkedHashMap<>();
    private final List<String> positional = new ArrayList<>();
    private final List<String> argv;

    Args(String[] argv) {
        this.argv = List.of(argv);
        for (int i = 0; i < argv.length; i++) {
            String a = argv[i];
            if (a.startsWith("--")) {
                String name = a.substring(2);
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    options.put(name.substring(0, eq), name.substring(eq + 1));
                } else if (i + 1 < argv.length && !argv[i + 1].startsWith("--")) {
                    options.put(name, argv[++i]);
                } else {
                    options.put(name, "");
                }
            } else {
                positional.add(a);
            }
        }
    }

    /** The command line as given. */
    List<String> argv() {
        return argv;
    }

    /** The first positional word (the sub-command), or null. */
    String command() {
        return positional.isEmpty() ? null : positional.get(0);
    }

    /** Positional word at index i (0 is the command), or null. */
    String word(int i) {
        return i < positional.size() ? positional.get(i) : null;
    }

    boolean flag(String name) {
        return options.containsKey(name);
    }

    String get(String name, String fallback) {
        String v = options.get(name);
        return v == null || v.isEmpty() ? fallback : v;
    }

    long getLong(String name, long fallback) {
        String v = options.get(name);
        if (v == null || v.isEmpty()) {
            return fallback;
        }
        try {
            return Long.parseLong(v.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + ": not a number: '" + v + "'");
        }
    }
}
