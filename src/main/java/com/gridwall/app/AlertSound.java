package com.gridwall.app;

import java.util.concurrent.atomic.AtomicBoolean;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.SourceDataLine;

/**
 * The optional alert tone ({@code --sound}): a generated two-tone chime played on a daemon
 * thread, at most one at a time; a machine without audio stays silent (reported once).
 * Thread-safe.
 */
final class AlertSound {
    private static final float RATE = 44_100f;
    private final AtomicBoolean playing = new AtomicBoolean();
    private final AtomicBoolean reported = new AtomicBoolean();

    void play() {
        if (!playing.compareAndSet(false, true)) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                byte[] pcm = chime();
                AudioFormat f = new AudioFormat(RATE, 16, 1, true, false);
                try (SourceDataLine line = AudioSystem.getSourceDataLine(f)) {
                    line.open(f);
                    line.start();
                    line.write(pcm, 0, pcm.length);
                    line.drain();
                }
            } catch (Exception | LinkageError e) {
                if (reported.compareAndSet(false, true)) {
                    System.err.println("gridwall: alert sound unavailable: " + e.getMessage());
                }
            } finally {
                playing.set(false);
            }
        }, "wall-alert-sound");
        t.setDaemon(true);
        t.start();
    }

    /** 880 Hz then 660 Hz, 0.25 s each, with short fades (no clicks). */
    static byte[] chime() {
        int n = (int) (RATE * 0.25);
        byte[] out = new byte[n * 2 * 2];
        double[] freqs = {880, 660};
        int k = 0;
        for (double f : freqs) {
            for (int i = 0; i < n; i++) {
                double env = Math.min(1, Math.min(i, n - i) / (RATE * 0.02));
                short v = (short) (Math.sin(2 * Math.PI * f * i / RATE) * env * 0.4 * Short.MAX_VALUE);
                out[k++] = (byte) v;
                out[k++] = (byte) (v >> 8);
            }
        }
        return out;
    }
}
