package com.gridwall.feed.decode;

/**
 * Why one row (or a whole message) was quarantined.
 *
 * @param seq    the row's seq when it could be read, else -1
 * @param row    row index within its batch (or file row number for imports), -1 for a whole message
 * @param field  the offending field name, or "schema" / "message" for whole-message problems
 * @param reason what is wrong, in plain words
 */
public record Rejection(long seq, long row, String field, String reason) {
    @Override
    public String toString() {
        return "seq " + (seq < 0 ? "?" : Long.toString(seq)) + (row >= 0 ? " row " + row : "")
                + " field " + field + ": " + reason;
    }
}
