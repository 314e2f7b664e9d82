package com.gridwall.feed.flight;

import java.nio.charset.StandardCharsets;

/**
 * The DoGet ticket: "stream S after seq N", encoded as UTF-8 text {@code stream=S;after=N}
 * (docs/feed.md). {@code after = -1} means from the oldest event the server still holds.
 */
public record FeedTicket(String stream, long after) {
    public static final String DEFAULT_STREAM = "events";

    public FeedTicket {
        if (stream == null || stream.isEmpty() || stream.indexOf(';') >= 0 || stream.indexOf('=') >= 0) {
            throw new IllegalArgumentException("stream name must be non-empty without ';' or '=': " + stream);
        }
        if (after < -1) {
            throw new IllegalArgumentException("after must be >= -1, got " + after);
        }
    }

    public byte[] encode() {
        return ("stream=" + stream + ";after=" + after).getBytes(StandardCharsets.UTF_8);
    }

    /** Parses a ticket; throws IllegalArgumentException naming what is wrong. */
    public static FeedTicket parse(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        KeyValues kv = KeyValues.parse(text);
        String stream = kv.get("stream");
        String after = kv.get("after");
        if (stream == null) {
            throw new IllegalArgumentException("ticket lacks 'stream=': '" + KeyValues.shorten(text) + "'");
        }
        if (after == null) {
            throw new IllegalArgumentException("ticket lacks 'after=': '" + KeyValues.shorten(text) + "'");
        }
        try {
            return new FeedTicket(stream, Long.parseLong(after));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("ticket 'after' is not a number: '" + KeyValues.shorten(after) + "'");
        }
    }
}
