package com.gridwall.feed.file;

import java.util.List;

/**
 * What an import did.
 *
 * @param file       the file read
 * @param rows       data rows read (parsed or not)
 * @param accepted   rows the store applied
 * @param duplicates rows the store already had (same event_id)
 * @param rejected   rows refused, each reason naming row and field (the first ones in {@code errors})
 * @param errors     the first errors, e.g. "events.csv row 12 field lon: value 200.0 not in -180..180"
 * @param complete   false when the file could not be read to its end (what came before is kept)
 */
public record ImportReport(String file, long rows, long accepted, long duplicates, long rejected,
                           List<String> errors, boolean complete) {
    @Override
    public String toString() {
        return file + ": " + rows + " rows, " + accepted + " accepted, " + duplicates + " duplicates, "
                + rejected + " rejected" + (complete ? "" : ", file incomplete");
    }
}
