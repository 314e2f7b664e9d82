package com.gridwall.replay.bookmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BookmarkFileTest {
    @TempDir
    Path dir;

    @Test
    void bookmarksAreSavedWithTheJournalSortedByInstant() throws IOException {
        BookmarkFile f = BookmarkFile.open(dir);
        f.add(new Bookmark(Instant.parse("2026-11-25T14:05:00Z"), "积水", "东风路街道 暴雨"));
        f.add(new Bookmark(Instant.parse("2026-11-25T09:00:00Z"), "shift", ""));
        List<Bookmark> back = BookmarkFile.open(dir).all();
        assertEquals(List.of(new Bookmark(Instant.parse("2026-11-25T09:00:00Z"), "shift", ""),
                new Bookmark(Instant.parse("2026-11-25T14:05:00Z"), "积水", "东风路街道 暴雨")), back);
        assertTrue(f.remove(Instant.parse("2026-11-25T09:00:00Z"), "shift"));
        assertEquals(1, BookmarkFile.open(dir).all().size());
    }

    @Test
    void aBrokenFileIsReportedWithItsName() throws IOException {
        Files.writeString(dir.resolve(BookmarkFile.NAME), "{\"bookmarks\":[{\"at\":\"yesterday\",\"title\":\"x\"}]}");
        IOException e = assertThrows(IOException.class, () -> BookmarkFile.open(dir));
        assertTrue(e.getMessage().contains(BookmarkFile.NAME) && e.getMessage().contains("bookmark 0"), e.getMessage());
    }
}
