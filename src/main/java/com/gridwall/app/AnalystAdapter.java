package com.gridwall.app;

import com.gridwall.domain.Category;
import com.gridwall.domain.Department;
import com.gridwall.domain.Lang;
import com.gridwall.domain.Level;
import com.gridwall.domain.Source;
import com.gridwall.domain.UnitDirectory;
import com.gridwall.domain.UnitInfo;
import com.gridwall.replay.analysis.IncidentFilter;
import com.gridwall.replay.analysis.PeriodComparison;
import com.gridwall.replay.seek.ReplaySession;
import com.gridwall.ui.timeline.AnalystPort;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * The analyst bar's {@link AnalystPort} over a replay session: turns the bar's selection into a
 * replay {@link IncidentFilter} (period ending at the shown instant, China-time days), runs the
 * session's exporters into the exports directory and its week-over-week comparison by street.
 * File names carry the shown instant, never the machine's clock, so the same selection at the same
 * instant writes the same file. Thread-safe as the session is (its methods are synchronized).
 */
final class AnalystAdapter implements AnalystPort {
    static final ZoneId WALL_ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(WALL_ZONE);

    /** Writes the wall as shown now to a PNG file (the app snapshots its scene). */
    @FunctionalInterface
    interface PngWriter {
        void write(Path file) throws IOException;
    }

    private final ReplaySession session;
    private final UnitDirectory units;
    private final Path exports;
    private final Supplier<Instant> shown;
    private final PngWriter png;
    private volatile Selection applied = Selection.all();

    AnalystAdapter(ReplaySession session, UnitDirectory units, Path exports, Supplier<Instant> shown, PngWriter png) {
        this.session = session;
        this.units = units;
        this.exports = exports;
        this.shown = shown;
        this.png = png;
    }

    @Override
    public List<Choice> categories() {
        return Arrays.stream(Category.values()).map(c -> new Choice(c.name(), c.label(Lang.ZH), c.label(Lang.EN))).toList();
    }

    @Override
    public List<Choice> sources() {
        return Arrays.stream(Source.values()).map(c -> new Choice(c.name(), c.label(Lang.ZH), c.label(Lang.EN))).toList();
    }

    @Override
    public List<Choice> departments() {
        return Arrays.stream(Department.values()).map(c -> new Choice(c.name(), c.label(Lang.ZH), c.label(Lang.EN))).toList();
    }

    /** Districts and streets (proper names, the same in both languages). */
    @Override
    public List<Choice> areas() {
        List<Choice> out = new ArrayList<>();
        for (Level l : List.of(Level.DISTRICT, Level.STREET)) {
            for (UnitInfo u : units.at(l)) {
                out.add(new Choice(u.code(), u.name(), u.name()));
            }
        }
        return out;
    }

    @Override
    public void apply(Selection s) {
        applied = s;
    }

    /** The selection last applied from the bar. */
    Selection applied() {
        return applied;
    }

    /** The replay filter for {@code s}: its period ends at (and includes) the shown instant. */
    IncidentFilter filter(Selection s) {
        Instant at = shown.get();
        Instant to = at.plusMillis(1);
        Instant from = switch (s.period()) {
            case DAY -> at.atZone(WALL_ZONE).truncatedTo(ChronoUnit.DAYS).toInstant();
            case WEEK -> at.minus(7, ChronoUnit.DAYS);
            case ALL -> session.timeline().start();
        };
        IncidentFilter f = IncidentFilter.range(from.isBefore(to) ? from : at, to);
        if (s.category() != null) {
            f = f.withCategories(Category.valueOf(s.category()));
        }
        if (s.source() != null) {
            f = f.withSources(Source.valueOf(s.source()));
        }
        if (s.department() != null) {
            f = f.withDepartments(Department.valueOf(s.department()));
        }
        if (s.area() != null) {
            f = f.withGrids(IncidentFilter.gridsUnder(units, s.area()));
        }
        return f;
    }

    @Override
    public Path exportCsv(Selection s) throws IOException {
        Path out = target("incidents", s, "csv");
        int n = session.exportCsv(filter(s), out);
        System.out.println("exported " + n + " incidents to " + out);
        return out;
    }

    @Override
    public Path exportArrow(Selection s) throws IOException {
        Path out = target("incidents", s, "arrows");
        int n = session.exportArrow(filter(s), out);
        System.out.println("exported " + n + " incidents to " + out);
        return out;
    }

    @Override
    public Path exportPng() throws IOException {
        Files.createDirectories(exports);
        Path out = exports.resolve("wall-" + STAMP.format(shown.get()) + ".png");
        png.write(out);
        return out;
    }

    @Override
    public List<ComparisonRow> compare(Selection s) throws IOException {
        IncidentFilter[] weeks = PeriodComparison.weekOverWeek(filter(s), shown.get().plusMillis(1));
        List<ComparisonRow> rows = new ArrayList<>();
        for (PeriodComparison.Row r : session.compare(weeks[0], weeks[1], PeriodComparison.atLevel(units, Level.STREET))) {
            UnitInfo u = units.unit(r.unitCode());
            rows.add(new ComparisonRow(u == null ? r.unitCode() : u.name(), r.current().received(), r.previous().received(),
                    r.current().completionRate(), r.previous().completionRate()));
        }
        return rows;
    }

    private Path target(String what, Selection s, String ext) throws IOException {
        Files.createDirectories(exports);
        StringBuilder name = new StringBuilder(what).append('-').append(STAMP.format(shown.get()))
                .append('-').append(s.period().name().toLowerCase());
        for (String c : new String[] {s.category(), s.source(), s.department(), s.area()}) {
            if (c != null) {
                name.append('-').append(c);
            }
        }
        return exports.resolve(name.append('.').append(ext).toString());
    }
}
