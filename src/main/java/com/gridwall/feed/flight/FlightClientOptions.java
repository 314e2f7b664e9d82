package com.gridwall.feed.flight;

import java.io.File;

/**
 * How the wall's Flight client behaves.
 *
 * @param token          bearer token, or null
 * @param trustedCert    PEM certificate(s) to trust for TLS (e.g. the server's self-signed cert), or null for the JDK's
 * @param stallTimeoutMs no message (data or heartbeat) for this long means the server stalled
 * @param backoffBaseMs  first reconnect wait (ceiling); doubles per failure
 * @param backoffMaxMs   reconnect wait ceiling
 * @param jitterSeed     seed of the backoff jitter
 */
public record FlightClientOptions(String token, File trustedCert, long stallTimeoutMs, long backoffBaseMs,
                                  long backoffMaxMs, long jitterSeed) {
    public static FlightClientOptions defaults(String token) {
        return new FlightClientOptions(token, null, 5_000, 200, 10_000, System.nanoTime());
    }

    public FlightClientOptions withTrustedCert(File cert) {
        return new FlightClientOptions(token, cert, stallTimeoutMs, backoffBaseMs, backoffMaxMs, jitterSeed);
    }

    public FlightClientOptions withTimings(long stallMs, long baseMs, long maxMs) {
        return new FlightClientOptions(token, trustedCert, stallMs, baseMs, maxMs, jitterSeed);
    }
}
