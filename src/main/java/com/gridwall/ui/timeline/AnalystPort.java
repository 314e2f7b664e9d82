package com.gridwall.ui.timeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The analyst tools the filter bar drives, in ui's terms; the app adapts the replay session's
 * filters, comparison and exporters. Implementations are thread-safe; calls may do file I/O.
 */
public interface AnalystPort {
    /** A choice in a filter list: a code the app understands and its two labels. */
    record Choice(String code, String zh, String en) {
        public String label(com.gridwall.domain.Lang lang) {
            return lang == com.gridwall.domain.Lang.EN ? en : zh;
        }
    }

    /** One unit's figures for this week and last week. */
    record ComparisonRow(String unit, long current, long previous, double rateCurrent, double ratePrevious) {
    }

    /** Which incidents: a period ending at the shown instant, and optional codes (null = any). */
    record Selection(Period period, String category, String source, String department, String area) {
        public static Selection all() {
            return new Selection(Period.DAY, null, null, null, null);
        }
    }

    /** The period ending at the shown instant. */
    enum Period { DAY, WEEK, ALL }

    /** Whether the wall itself is filtered: OFF, BUILDING ("filtering..."), ON, or FAILED with a problem. */
    record WallFilter(State state, String problem) {
        public enum State { OFF, BUILDING, ON, FAILED }

        public static final WallFilter OFF = new WallFilter(State.OFF, null);
    }

    List<Choice> categories();

    List<Choice> sources();

    List<Choice> departments();

    List<Choice> areas();

    /** Applies the selection to the wall (what the wall can filter) and remembers it for exports. */
    void apply(Selection s);

    /** Where the wall stands with the applied selection (cheap; polled once per frame on the FX thread). */
    default WallFilter wallFilter() {
        return WallFilter.OFF;
    }

    /** Writes the selected incidents as CSV; returns the file written. */
    Path exportCsv(Selection s) throws IOException;

    /** Writes the selected incidents as an Arrow IPC stream; returns the file written. */
    Path exportArrow(Selection s) throws IOException;

    /** Writes the wall as it is shown now as a PNG; returns the file written. */
    Path exportPng() throws IOException;

    /** This week vs last week per unit, for the selection's filters (its period is ignored). */
    List<ComparisonRow> compare(Selection s) throws IOException;
}
