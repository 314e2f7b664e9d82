package com.gridwall.replay.bookmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Bookmarks saved with the journal as {@code bookmarks.json} in its directory:
 * {@code {"version":1,"bookmarks":[{"at":"2026-06-01T06:05:00Z","title":"...","note":"..."}]}},
 * sorted by instant. Every change rewrites the file atomically (temp file, then rename), so a
 * crash leaves the old or the new list, never half of one.
 * <p>Thread-safe: methods are synchronized.
 */
public final class BookmarkFile {
    public static final String NAME = "bookmarks.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;
    private final List<Bookmark> bookmarks = new ArrayList<>();

    private BookmarkFile(Path file) {
        this.file = file;
    }

    /** Loads {@code dir/bookmarks.json} (an absent file is an empty list). */
    public static BookmarkFile open(Path journalDir) throws IOException {
        BookmarkFile f = new BookmarkFile(journalDir.resolve(NAME));
        if (Files.exists(f.file)) {
            f.bookmarks.addAll(parse(f.file));
        }
        return f;
    }

    public synchronized List<Bookmark> all() {
        return List.copyOf(bookmarks);
    }

    public synchronized void add(Bookmark b) throws IOException {
        bookmarks.add(b);
        bookmarks.sort(Comparator.comparing(Bookmark::at).thenComparing(Bookmark::title));
        save();
    }

    /** Removes the bookmarks at {@code at} with {@code title}; returns whether any was removed. */
    public synchronized boolean remove(Instant at, String title) throws IOException {
        boolean removed = bookmarks.removeIf(b -> b.at().equals(at) && b.title().equals(title));
        if (removed) {
            save();
        }
        return removed;
    }

    private void save() throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", 1);
        ArrayNode arr = root.putArray("bookmarks");
        for (Bookmark b : bookmarks) {
            arr.addObject().put("at", b.at().toString()).put("title", b.title()).put("note", b.note());
        }
        Path tmp = file.resolveSibling(NAME + ".tmp");
        Files.write(tmp, JSON.writeValueAsBytes(root));
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static List<Bookmark> parse(Path file) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new IOException(file + ": not valid JSON: " + e.getMessage(), e);
        }
        JsonNode arr = root == null ? null : root.get("bookmarks");
        if (arr == null || !arr.isArray()) {
            throw new IOException(file + ": no \"bookmarks\" array");
        }
        List<Bookmark> out = new ArrayList<>();
        for (int i = 0; i < arr.size(); i++) {
            JsonNode n = arr.get(i);
            try {
                out.add(new Bookmark(Instant.parse(n.path("at").asText()), n.path("title").asText(null),
                        n.path("note").asText("")));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw new IOException(file + ": bookmark " + i + ": " + e.getMessage(), e);
            }
        }
        return out;
    }
}
