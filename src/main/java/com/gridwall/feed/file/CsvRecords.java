package com.gridwall.feed.file;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 records: comma separated, fields optionally in double quotes (with "" for a quote and
 * line breaks allowed inside), CRLF or LF line ends, a leading UTF-8 BOM ignored. Tracks the line
 * each record starts on. Not thread-safe.
 */
final class CsvRecords {
    private final Reader in;
    private int peeked = -2;
    private long line = 1;
    private long recordLine;
    private boolean bomChecked;

    CsvRecords(Reader in) {
        this.in = in;
    }

    /** The line the last returned record started on. */
    long recordLine() {
        return recordLine;
    }

    /** The next record, or null at the end. Throws IllegalArgumentException on an unclosed quote. */
    List<String> next() throws IOException {
        int c = read();
        if (!bomChecked) {
            bomChecked = true;
            if (c == '\uFEFF') {
                c = read();
            }
        }
        while (c == '\r' || c == '\n') { // blank lines between records are skipped
            c = read();
        }
        if (c < 0) {
            return null;
        }
        recordLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        while (true) {
            if (quoted) {
                if (c < 0) {
                    throw new IllegalArgumentException("line " + recordLine + ": quote opened and never closed");
                }
                if (c == '"') {
                    int d = read();
                    if (d == '"') {
                        f.append('"');
                    } else {
                        quoted = false;
                        c = d;
                        continue;
                    }
                } else {
                    f.append((char) c);
                }
                c = read();
                continue;
            }
            if (c == '"' && f.length() == 0 && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
                c = read();
                continue;
            }
            if (c == ',' || c == '\n' || c == '\r' || c < 0) {
                fields.add(wasQuoted || f.length() > 0 ? f.toString() : "");
                f.setLength(0);
                wasQuoted = false;
                if (c == ',') {
                    c = read();
                    continue;
                }
                if (c == '\r') {
                    int d = read();
                    if (d != '\n') {
                        unread(d);
                    }
                }
                return fields;
            }
            f.append((char) c);
            c = read();
        }
    }

    private int read() throws IOException {
        int c;
        if (peeked != -2) {
            c = peeked;
            peeked = -2;
        } else {
            c = in.read();
        }
        if (c == '\n') {
            line++;
        }
        return c;
    }

    private void unread(int c) {
        if (c == '\n') {
            line--;
        }
        peeked = c;
    }
}
