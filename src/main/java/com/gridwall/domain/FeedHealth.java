package com.gridwall.domain;

/**
 * How fresh and how sound the wall's data is, as the wall shows it (immutable snapshot).
 *
 * @param state           connection state of the feed
 * @param reason          human-readable cause for the state (e.g. why the token was refused), may be empty
 * @param source          what is feeding the wall, e.g. "embedded simulator" or "flight://host:port"
 * @param lagMs           now minus the newest applied event time; -1 before the first event
 * @param eventsPerSecond applied events per second, smoothed over the last seconds
 * @param rejected        rows or messages quarantined as malformed since start
 * @param lastSeq         highest applied seq, -1 before the first event
 * @param gaps            seq gaps detected since start (each one was re-requested)
 * @param reconnects      connection attempts after the first one
 * @param updatedAtMs     wall-clock time of this snapshot
 */
public record FeedHealth(State state, String reason, String source, long lagMs, double eventsPerSecond,
                         long rejected, long lastSeq, long gaps, long reconnects, long updatedAtMs) {

    /** Connection states, with the label the wall shows. */
    public enum State {
        CONNECTED("已连接", "Connected"),
        RECONNECTING("重连中", "Reconnecting"),
        AUTH_REFUSED("认证被拒", "Authentication refused"),
        STALLED("数据停滞", "Stalled"),
        EMBEDDED("内置模拟", "Embedded simulator"),
        STOPPED("已停止", "Stopped");

        private final String zh;
        private final String en;

        State(String zh, String en) {
            this.zh = zh;
            this.en = en;
        }

        public String label(Lang lang) {
            return lang == Lang.ZH ? zh : en;
        }
    }

    public FeedHealth {
        if (state == null) {
            throw new IllegalArgumentException("state is required");
        }
        reason = reason == null ? "" : reason;
        source = source == null ? "" : source;
    }

    /** The state before anything has been received. */
    public static FeedHealth initial(State state, String source, long nowMs) {
        return new FeedHealth(state, "", source, -1, 0, 0, -1, 0, 0, nowMs);
    }

    /** True when the wall's data may be trusted as live (connected or embedded). */
    public boolean live() {
        return state == State.CONNECTED || state == State.EMBEDDED;
    }
}
