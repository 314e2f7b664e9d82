package com.gridwall.feed.flight;

import java.nio.charset.StandardCharsets;

/**
 * The app metadata on every Flight message of the event stream, UTF-8 text
 * {@code v=1;kind=data|heartbeat;last_seq=N;now_ms=T}: the seq of the batch's last row (for a
 * heartbeat, the last seq sent so far) and the producer's current event time, for the lag figure.
 */
public record BatchMetadata(Kind kind, long lastSeq, long nowMs) {
    public enum Kind { DATA, HEARTBEAT }

    public byte[] encode() {
        return ("v=1;kind=" + kind.name().toLowerCase(java.util.Locale.ROOT) + ";last_seq=" + lastSeq + ";now_ms=" + nowMs)
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Parses metadata; throws IllegalArgumentException naming what is wrong. */
    public static BatchMetadata parse(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        KeyValues kv = KeyValues.parse(text);
        String v = kv.get("v");
        if (!"1".equals(v)) {
            throw new IllegalArgumentException("metadata version '" + (v == null ? "" : KeyValues.shorten(v)) + "' is not 1");
        }
        String kind = kv.get("kind");
        Kind k;
        if ("data".equals(kind)) {
            k = Kind.DATA;
        } else if ("heartbeat".equals(kind)) {
            k = Kind.HEARTBEAT;
        } else {
            throw new IllegalArgumentException("metadata kind '" + (kind == null ? "" : KeyValues.shorten(kind)) + "' is not data or heartbeat");
        }
        return new BatchMetadata(k, number(kv, "last_seq"), number(kv, "now_ms"));
    }

    private static long number(KeyValues kv, String key) {
        String s = kv.get(key);
        if (s == null) {
            throw new IllegalArgumentException("metadata lacks " + key);
        }
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("metadata " + key + " is not a number: '" + KeyValues.shorten(s) + "'");
        }
    }
}
