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
import com.gridwall.replay.clock.ClockMode;
import com.gridwall.replay.seek.ReplayDriver;
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
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The analyst bar's {@link AnalystPort} over a replay session: turns the bar's selection into a
 * replay {@link IncidentFilter} (period ending at the shown instant, China-time days), runs the
 * session's exporters into the exports directory and its week-over-week comparison by street.
 * File names carry the shown instant, never the machine's clock, so the same selection at the same
 * instant writes the same file.
 * <p>The applied selection also filters the whole wall (through the replay driver) as soon as it
 * differs from "当日, everything": any category, source, department or area, or the period 近7天.
 * 当日 or 全部 with nothing else chosen is the unfiltered wall. A selection that cannot be applied
 * (an unknown area code) leaves the wall unfiltered and is reported by {@link #wallFilter()}.
 * Thread-safe as the session is (its methods are synchronized); the problem field is volatile.
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
    private final ReplayDriver driver;
    /** The journal's first instant, read once: {@link #apply} runs on the FX thread, which must not wait on the session. */
    private final Instant journalStart;
    private volatile Selection applied = Selection.all();
    private volatile String problem;

    AnalystAdapter(ReplaySession session, UnitDirectory units, Path exports, Supplier<Instant> shown, PngWriter png) {
        this(session, null, units, exports, shown, png);
    }

    /** @param driver the driver whose wall the selection filters; null for exports only */
    AnalystAdapter(ReplaySession session, ReplayDriver driver, UnitDirectory units, Path exports, Supplier<Instant> shown,
                   PngWriter png) {
        this.session = session;
        this.driver = driver;
        this.journalStart = session.timeline().start();
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
        if (driver == null) {
            return;
        }
        try {
            driver.setFilter(wallFilter(s, units, journalStart));
            problem = null;
        } catch (IllegalArgumentException e) {
            driver.setFilter(null);
            problem = e.getMessage();
        }
    }

    @Override
    public WallFilter wallFilter() {
        String p = problem;
        if (p != null) {
            return new WallFilter(WallFilter.State.FAILED, p);
        }
        if (driver == null || session.clock().mode() == ClockMode.LIVE) {
            return WallFilter.OFF;
        }
        return switch (driver.filterState()) {
            case OFF -> WallFilter.OFF;
            case BUILDING -> new WallFilter(WallFilter.State.BUILDING, null);
            case ON -> new WallFilter(WallFilter.State.ON, null);
            case FAILED -> new WallFilter(WallFilter.State.FAILED, driver.lastError());
        };
    }

    /** True when {@code s} filters the wall (see the class comment). */
    static boolean filtersWall(Selection s) {
        return s.category() != null || s.source() != null || s.department() != null || s.area() != null
                || s.period() == Period.WEEK;
    }

    /**
     * The wall filter for {@code s} (null when it does not filter the wall), its codes checked now.
     * @throws IllegalArgumentException naming the code that is not a category, source, department or area
     */
    static SelectionFilter wallFilter(Selection s, UnitDirectory units, Instant journalStart) {
        if (!filtersWall(s)) {
            return null;
        }
        if (s.area() != null && units.unit(s.area()) == null) {
            throw new IllegalArgumentException("unknown area code '" + s.area() + "' (no district or street of the map has it)");
        }
        Set<String> grids = s.area() == null ? Set.of() : IncidentFilter.gridsUnder(units, s.area());
        SelectionFilter f = new SelectionFilter(s, grids, journalStart);
        f.apply(journalStart.plusMillis(1)); // checks the other codes
        return f;
    }

    /** A selection as a function of the shown instant; equal selections are equal filters (no rebuild). */
    record SelectionFilter(Selection selection, Set<String> grids, Instant journalStart)
            implements Function<Instant, IncidentFilter> {
        @Override
        public IncidentFilter apply(Instant at) {
            return filterAt(selection, grids, journalStart, at);
        }
    }

    private static <E extends Enum<E>> E code(Class<E> type, String what, String code) {
        try {
            return Enum.valueOf(type, code);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown " + what + " code '" + code + "' (one of "
                    + Arrays.toString(type.getEnumConstants()) + ")");
        }
    }

    /** The selection last applied from the bar. */
    Selection applied() {
        return applied;
    }

    /** The replay filter for {@code s}: its period ends at (and includes) the shown instant. */
    IncidentFilter filter(Selection s) {
        Set<String> grids = s.area() == null ? Set.of() : IncidentFilter.gridsUnder(units, s.area());
        return filterAt(s, grids, session.timeline().start(), shown.get());
    }

    private static IncidentFilter filterAt(Selection s, Set<String> grids, Instant journalStart, Instant at) {
        Instant to = at.plusMillis(1);
        Instant from = switch (s.period()) {
            case DAY -> at.atZone(WALL_ZONE).truncatedTo(ChronoUnit.DAYS).toInstant();
            case WEEK -> at.minus(7, ChronoUnit.DAYS);
            case ALL -> journalStart;
        };
        IncidentFilter f = IncidentFilter.range(from.isBefore(to) ? from : at, to);
        if (s.category() != null) {
            f = f.withCategories(code(Category.class, "category", s.category()));
        }
        if (s.source() != null) {
            f = f.withSources(code(Source.class, "source", s.source()));
        }
        if (s.department() != null) {
            f = f.withDepartments(code(Department.class, "department", s.department()));
        }
        if (s.area() != null) {
            f = f.withGrids(grids);
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
