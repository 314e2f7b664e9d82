package com.gridwall.geo.generate;

import com.gridwall.domain.Level;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads maps/sources/hongqi-divisions.csv: {@code code,name,level,parent_code}. Stateless. */
public final class DivisionsCsv {
    static final String HEADER = "code,name,level,parent_code";

    private DivisionsCsv() {
    }

    public static List<Division> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).strip().replace("\uFEFF", "").equals(HEADER)) {
            throw new IOException(file + ": line 1: expected header '" + HEADER + "'");
        }
        List<Division> out = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split(",", -1);
            Level level = f.length == 4 ? Level.parseMapName(f[2]) : null;
            if (level == null || f[0].isBlank() || f[1].isBlank()) {
                throw new IOException(file + ": line " + (i + 1) + ": expected code,name,level,parent_code with a known level, got '" + line + "'");
            }
            out.add(new Division(f[0].strip(), f[1].strip(), level, f[3].isBlank() ? null : f[3].strip()));
        }
        return out;
    }
}
