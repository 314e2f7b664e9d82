package com.gridwall.feed.flight;

import java.net.URI;
import java.util.Locale;
import org.apache.arrow.flight.Location;

/**
 * Where the wall connects: {@code flight://host:port} or {@code grpc://host:port} (plaintext),
 * {@code grpc+tls://host:port} or {@code flight+tls://host:port} (TLS). Immutable.
 */
public record FeedEndpoint(String host, int port, boolean tls) {
    public static FeedEndpoint parse(String uri) {
        URI u;
        try {
            u = URI.create(uri.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--feed: not a URI: '" + uri + "'");
        }
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        boolean tls = switch (scheme) {
            case "flight", "grpc", "grpc+tcp" -> false;
            case "grpc+tls", "flight+tls" -> true;
            default -> throw new IllegalArgumentException("--feed: scheme '" + scheme
                    + "' not supported (use flight://host:port or grpc+tls://host:port)");
        };
        if (u.getHost() == null || u.getPort() <= 0) {
            throw new IllegalArgumentException("--feed: '" + uri + "' needs host and port");
        }
        return new FeedEndpoint(u.getHost(), u.getPort(), tls);
    }

    Location location() {
        return tls ? Location.forGrpcTls(host, port) : Location.forGrpcInsecure(host, port);
    }

    @Override
    public String toString() {
        return (tls ? "grpc+tls://" : "flight://") + host + ":" + port;
    }
}
