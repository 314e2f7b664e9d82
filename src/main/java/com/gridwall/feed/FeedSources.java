package com.gridwall.feed;

import com.gridwall.domain.UnitDirectory;
import com.gridwall.feed.flight.FeedEndpoint;
import com.gridwall.feed.flight.FlightClientOptions;
import com.gridwall.feed.flight.FlightFeedSource;
import com.gridwall.feed.sim.SimConfig;
import com.gridwall.store.EventSink;
import java.io.File;
import org.apache.arrow.memory.BufferAllocator;

/**
 * Builds the wall's feed from its command-line spelling: no {@code --feed} (or "embedded") runs
 * the simulator in-process; {@code flight://host:port} or {@code grpc+tls://host:port} connects to
 * a data center. The returned source is not started yet. Stateless.
 */
public final class FeedSources {
    private FeedSources() {
    }

    /**
     * @param feed        null, "", "embedded", or a Flight URI
     * @param token       bearer token for a Flight feed, or null
     * @param trustedCert PEM certificate to trust for grpc+tls (self-signed servers), or null
     * @param sim         simulator settings for the embedded feed
     */
    public static FeedSource open(String feed, String token, File trustedCert, SimConfig sim, UnitDirectory directory,
                                  EventSink sink, BufferAllocator allocator) {
        if (feed == null || feed.isBlank() || feed.equals("embedded")) {
            return new EmbeddedFeedSource(sink, sim, directory, allocator);
        }
        FlightClientOptions options = FlightClientOptions.defaults(token);
        if (trustedCert != null) {
            options = options.withTrustedCert(trustedCert);
        }
        return new FlightFeedSource(sink, FeedEndpoint.parse(feed), options, allocator);
    }
}
