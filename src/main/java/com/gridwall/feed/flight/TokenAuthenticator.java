package com.gridwall.feed.flight;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.apache.arrow.flight.CallHeaders;
import org.apache.arrow.flight.CallStatus;
import org.apache.arrow.flight.auth2.CallHeaderAuthenticator;

/**
 * Bearer-token check on every call: header {@code authorization: Bearer <token>}. No token or a
 * wrong one fails the call with UNAUTHENTICATED and a description the wall shows. Thread-safe.
 */
final class TokenAuthenticator implements CallHeaderAuthenticator {
    private final byte[] expected;

    TokenAuthenticator(String token) {
        this.expected = token.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public AuthResult authenticate(CallHeaders headers) {
        String value = headers.get("authorization");
        if (value == null || value.isBlank()) {
            throw CallStatus.UNAUTHENTICATED.withDescription("no bearer token: this feed requires --token").toRuntimeException();
        }
        if (!value.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw CallStatus.UNAUTHENTICATED.withDescription("authorization header is not 'Bearer <token>'").toRuntimeException();
        }
        byte[] given = value.substring(7).trim().getBytes(StandardCharsets.UTF_8);
        // constant-time comparison: the token must not leak through response timing
        if (!MessageDigest.isEqual(given, expected)) {
            throw CallStatus.UNAUTHENTICATED.withDescription("bearer token refused").toRuntimeException();
        }
        return () -> "feed-client";
    }
}
