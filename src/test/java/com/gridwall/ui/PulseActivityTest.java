package com.gridwall.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Background work waits while a pulse is produced, and a shown scene's frames end the pulse. */
class PulseActivityTest {
    @BeforeAll
    static void toolkit() throws Exception {
        org.testfx.api.FxToolkit.registerPrimaryStage();
        FxThread.startToolkit();
    }

    @Test
    void aWaiterReturnsAtOnceWhenIdleAndWaitsForTheEndOfAPulse() throws Exception {
        PulseActivity a = new PulseActivity(TimeUnit.SECONDS.toNanos(30));
        long t0 = System.nanoTime();
        a.awaitQuiet();
        assertTrue(System.nanoTime() - t0 < TimeUnit.MILLISECONDS.toNanos(100), "idle: no wait");
        assertEquals(0, a.waits());

        a.pulseStarted();
        assertTrue(a.busy());
        // the waiter must not pass while the pulse is in progress, and passes once the frame is done
        BlockingCall.assertBlocksUntilReleased(a::awaitQuiet, 150, a::frameDone);
        assertEquals(1, a.waits());
        assertTrue(a.waitedNanos() >= TimeUnit.MILLISECONDS.toNanos(100), "waited " + a.waitedNanos() + " ns");
    }

    @Test
    void aPulseWhoseEndIsNeverSignalledHoldsAWaiterOnlyForTheBound() {
        PulseActivity a = new PulseActivity(TimeUnit.MILLISECONDS.toNanos(60));
        a.pulseStarted();
        long t0 = System.nanoTime();
        a.awaitQuiet();
        long took = System.nanoTime() - t0;
        assertTrue(took >= TimeUnit.MILLISECONDS.toNanos(40) && took < TimeUnit.SECONDS.toNanos(5), "waited " + took + " ns");
        assertFalse(a.busy());
    }

    @Test
    void pulsesThatKeepStartingWithoutAnEndStopHoldingAWaiter() {
        PulseActivity a = new PulseActivity(TimeUnit.SECONDS.toNanos(30));
        a.pulseStarted();
        a.pulseStarted(); // one frame still in flight when the next pulse starts: normal
        assertTrue(a.busy());
        for (int i = 0; i < PulseActivity.UNANSWERED_LIMIT; i++) {
            a.pulseStarted();
        }
        assertFalse(a.busy(), "no end signals: the activity no longer holds anyone");
        long t0 = System.nanoTime();
        a.awaitQuiet();
        assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(1));
        a.frameDone();
        a.pulseStarted();
        assertTrue(a.busy(), "signals are back: pulses count again");
    }

    @Test
    void aShownScenesFramesAndPulsesThatRenderNothingEndTheActivity() throws Exception {
        // a long bound: only the toolkit's signals can end these pulses in time
        PulseActivity a = new PulseActivity(TimeUnit.SECONDS.toNanos(60));
        AtomicInteger rendered = new AtomicInteger();
        Rectangle box = new Rectangle(10, 10, 40, 40);
        Stage[] stage = {null};
        RenderedFrames[] frames = {null};
        Runnable onRendered = rendered::incrementAndGet;
        AtomicInteger endedQueued = new AtomicInteger();
        AtomicInteger endedEmpty = new AtomicInteger();
        RenderedFrames.PulseEndListener onEnd = queued -> (queued ? endedQueued : endedEmpty).incrementAndGet();
        // pulses keep coming, as the wall's frame loop makes them
        javafx.animation.AnimationTimer timer = new javafx.animation.AnimationTimer() {
            @Override
            public void handle(long now) {
            }
        };
        FxThread.run(() -> {
            timer.start();
            Scene scene = new Scene(new Pane(box), 200, 200);
            stage[0] = new Stage();
            stage[0].setScene(scene);
            stage[0].show();
            frames[0] = RenderedFrames.of(scene);
            frames[0].track(a);
            frames[0].addRenderedListener(onRendered);
            frames[0].addPulseEndListener(onEnd);
        }, 10);
        try {
            // a pulse that changes the scene ends when its frame is presented
            FxThread.run(() -> {
                a.pulseStarted();
                box.setX(box.getX() + 5);
            }, 10);
            assertTrue(waitUntil(() -> !a.busy(), 5000), "a rendered frame ends the pulse");
            assertTrue(rendered.get() > 0, "the rendered-frame listener ran");
            // a pulse that changes nothing renders nothing: its FX work's end ends it
            FxThread.run(a::pulseStarted, 10);
            assertTrue(waitUntil(() -> !a.busy(), 5000), "a pulse that rendered nothing ends too");
            // the pulse that ended the activity may have been one that queued a frame (the stage's
            // own repaint): the timer's empty pulses follow within a few frames
            assertTrue(waitUntil(() -> endedQueued.get() > 0, 5000), "pulse ends told of a queued frame");
            assertTrue(waitUntil(() -> endedEmpty.get() > 0, 5000), "pulse ends told of pulses that queued none");
        } finally {
            FxThread.run(() -> {
                timer.stop();
                frames[0].removeRenderedListener(onRendered);
                frames[0].removePulseEndListener(onEnd);
                frames[0].release();
                stage[0].hide();
            }, 10);
        }
    }

    private static boolean waitUntil(java.util.function.BooleanSupplier c, long ms) throws InterruptedException {
        long end = System.currentTimeMillis() + ms;
        while (!c.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                return false;
            }
            Thread.sleep(5);
        }
        return true;
    }
}
