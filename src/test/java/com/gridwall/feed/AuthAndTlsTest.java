package com.gridwall.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gridwall.domain.FeedHealth;
import com.gridwall.feed.flight.FeedEndpoint;
import com.gridwall.feed.flight.FlightClientOptions;
import com.gridwall.feed.flight.FlightFeedSource;
import com.gridwall.feed.flight.SimulatedFeedServer;
import com.gridwall.feed.sim.Scenario;
import com.gridwall.feed.sim.SimConfig;
import java.io.File;
import java.io.FileInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.util.Base64;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bearer-token refusal as the wall sees it, and TLS with a self-signed certificate made here with keytool. */
class AuthAndTlsTest {
    static final SimConfig CFG = SimConfig.of(5, Scenario.NORMAL, 2_000, 1440, FlightRoundTripTest.START);

    @Test
    void noTokenAndAWrongTokenAreRefusedWithTheReasonAndTheRightTokenStreams() throws Exception {
        try (BufferAllocator root = new RootAllocator()) {
            try (SimulatedFeedServer server = SimulatedFeedServer.start(root, CFG, TestUnits.small(),
                    System.currentTimeMillis() - 2_000, 1_000, SimulatedFeedServer.Settings.loopback(0).withToken("s3cret-token"))) {
                String uri = "flight://127.0.0.1:" + server.port();
                FeedHealth none = refused(root, uri, null);
                assertEquals(FeedHealth.State.AUTH_REFUSED, none.state());
                assertTrue(none.reason().contains("no bearer token"), none.reason());
                FeedHealth wrong = refused(root, uri, "guess");
                assertEquals(FeedHealth.State.AUTH_REFUSED, wrong.state());
                assertTrue(wrong.reason().contains("token refused"), wrong.reason());

                MemorySink sink = new MemorySink();
                FlightFeedSource ok = new FlightFeedSource(sink, FeedEndpoint.parse(uri),
                        FlightClientOptions.defaults("s3cret-token").withTimings(2_000, 10, 100), root);
                ok.start();
                Waits.until(() -> sink.lastSeq() >= 1_000, 10_000);
                assertEquals(FeedHealth.State.CONNECTED, ok.health().state());
                ok.close();
            }
            assertEquals(0, root.getAllocatedMemory());
        }
    }

    private static FeedHealth refused(BufferAllocator root, String uri, String token) throws Exception {
        MemorySink sink = new MemorySink();
        FlightFeedSource c = new FlightFeedSource(sink, FeedEndpoint.parse(uri),
                FlightClientOptions.defaults(token).withTimings(2_000, 10, 100), root);
        c.start();
        Waits.until(() -> c.health().state() == FeedHealth.State.AUTH_REFUSED, 10_000);
        Thread.sleep(200);
        FeedHealth h = c.health();
        c.close();
        assertEquals(0, sink.events().size(), "nothing applied without a valid token");
        return h;
    }

    @Test
    void tlsWithASelfSignedCertificateStreamsToAClientThatTrustsItOnly(@TempDir Path dir) throws Exception {
        File[] pem = selfSigned(dir);
        try (BufferAllocator root = new RootAllocator()) {
            try (SimulatedFeedServer server = SimulatedFeedServer.start(root, CFG, TestUnits.small(),
                    System.currentTimeMillis() - 2_000, 1_000,
                    SimulatedFeedServer.Settings.loopback(0).withToken("t").withTls(pem[0], pem[1]))) {
                String uri = "grpc+tls://localhost:" + server.port();
                MemorySink sink = new MemorySink();
                FlightFeedSource trusting = new FlightFeedSource(sink, FeedEndpoint.parse(uri),
                        FlightClientOptions.defaults("t").withTrustedCert(pem[0]).withTimings(2_000, 10, 100), root);
                trusting.start();
                Waits.until(() -> sink.lastSeq() >= 1_000, 10_000);
                trusting.close();

                MemorySink nothing = new MemorySink();
                FlightFeedSource untrusting = new FlightFeedSource(nothing, FeedEndpoint.parse(uri),
                        FlightClientOptions.defaults("t").withTimings(2_000, 10, 100), root);
                untrusting.start();
                Waits.until(() -> untrusting.health().reconnects() >= 1, 10_000);
                FeedHealth h = untrusting.health();
                untrusting.close();
                assertEquals(0, nothing.events().size(), "an unknown certificate is not trusted");
                assertNotEquals(FeedHealth.State.CONNECTED, h.state());
            }
            assertEquals(0, root.getAllocatedMemory());
        }
    }

    /** keytool makes a key pair and certificate for localhost/127.0.0.1; written out as PEM cert and PKCS#8 key. */
    static File[] selfSigned(Path dir) throws Exception {
        Path ks = dir.resolve("feed.p12");
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        Process p = new ProcessBuilder(keytool, "-genkeypair", "-alias", "feed", "-keyalg", "EC", "-groupname", "secp256r1",
                "-validity", "2", "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1",
                "-keystore", ks.toString(), "-storetype", "PKCS12", "-storepass", "changeit", "-keypass", "changeit")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = new FileInputStream(ks.toFile())) {
            store.load(in, "changeit".toCharArray());
        }
        PrivateKey key = (PrivateKey) store.getKey("feed", "changeit".toCharArray());
        File cert = dir.resolve("feed.crt").toFile();
        File keyFile = dir.resolve("feed.key").toFile();
        Files.writeString(cert.toPath(), pem("CERTIFICATE", store.getCertificate("feed").getEncoded()));
        Files.writeString(keyFile.toPath(), pem("PRIVATE KEY", key.getEncoded()));
        return new File[]{cert, keyFile};
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }
}
