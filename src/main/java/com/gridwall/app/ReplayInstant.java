package com.gridwall.app;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** Parses {@code --at}: ISO-8601 with offset or Z, or a local date-time read as China time. */
final class ReplayInstant {
    private ReplayInstant() {
    }

    static Instant parse(String option, String text) {
        if (text == null) {
            throw new IllegalArgumentException("--" + option + " ISO-TIME is required (e.g. 2026-11-25T14:05:00+08:00)");
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(text).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
            } catch (DateTimeParseException e2) {
                throw new IllegalArgumentException("--" + option + ": not an ISO date-time: '" + text + "'");
            }
        }
    }
}
