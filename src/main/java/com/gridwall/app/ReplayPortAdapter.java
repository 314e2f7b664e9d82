package com.gridwall.app;

import com.gridwall.replay.bookmark.Bookmark;
import com.gridwall.replay.clock.ClockMode;
import com.gridwall.replay.clock.ReplayClock;
import com.gridwall.replay.seek.ReplayDriver;
import com.gridwall.replay.seek.ReplaySession;
import com.gridwall.replay.timeline.DensityHistogram;
import com.gridwall.replay.timeline.Timeline;
import com.gridwall.ui.timeline.DensityBins;
import com.gridwall.ui.timeline.ReplayPort;
import com.gridwall.ui.timeline.TimelineMark;
import java.io.IOException;
import java.time.Instant;
import java.util.List;

/**
 * The timeline's {@link ReplayPort} over a replay session, its clock and bookmarks. The timeline
 * (range, density) is cached: the session's own methods may wait behind a seek on the replay
 * thread, and the FX thread must never wait; {@link #refreshTimeline} re-reads it off the FX thread.
 * <p>Thread-safe: the clock and the bookmark file are synchronized; the cached timeline is volatile.
 */
final class ReplayPortAdapter implements ReplayPort {
    private final ReplaySession session;
    private final ReplayDriver driver;
    private volatile Timeline timeline;

    /** @param driver the driver following the clock, for its last error; may be null (snapshots) */
    ReplayPortAdapter(ReplaySession session, ReplayDriver driver) {
        this.session = session;
        this.driver = driver;
        this.timeline = session.timeline();
    }

    /** Picks up events journaled since (live journal); call off the FX thread. */
    void refreshTimeline() throws IOException {
        session.refresh();
        timeline = session.timeline();
    }

    private ReplayClock clock() {
        return session.clock();
    }

    @Override
    public Instant start() {
        return timeline.start();
    }

    @Override
    public Instant end() {
        return timeline.end();
    }

    @Override
    public DensityBins density(int bins) {
        DensityHistogram h = timeline.histogram(bins);
        return new DensityBins(h.startMs(), h.binMs(), h.counts());
    }

    @Override
    public Instant position() {
        return clock().position();
    }

    @Override
    public boolean replaying() {
        return clock().mode() == ClockMode.REPLAY;
    }

    @Override
    public boolean playing() {
        return clock().playing();
    }

    @Override
    public int speed() {
        return clock().speed();
    }

    @Override
    public void seek(Instant at) {
        clock().seek(at);
    }

    @Override
    public void play() {
        clock().play();
    }

    @Override
    public void pause() {
        clock().pause();
    }

    @Override
    public void setSpeed(int x) {
        clock().setSpeed(x);
    }

    @Override
    public void step(int n) {
        clock().step(n);
    }

    @Override
    public void goLive() {
        clock().goLive();
    }

    @Override
    public List<TimelineMark> marks() {
        return session.bookmarks().all().stream().map(b -> new TimelineMark(b.at(), b.title(), b.note())).toList();
    }

    @Override
    public void saveMark(TimelineMark mark, TimelineMark replaced) throws IOException {
        if (replaced != null) {
            session.bookmarks().remove(replaced.at(), replaced.title());
        }
        session.bookmarks().add(new Bookmark(mark.at(), mark.title(), mark.note()));
    }

    @Override
    public void removeMark(TimelineMark mark) throws IOException {
        session.bookmarks().remove(mark.at(), mark.title());
    }

    @Override
    public String problem() {
        return driver == null ? null : driver.lastError();
    }
}
