package com.gridwall.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The child JVM a bench measures in: the wall's fixed, pre-touched heap, this JVM's size, the same command. */
class TunedJvmTest {

    @Test
    void theChildGetsAFixedPreTouchedHeapOfThisJvmsSizeAndTheSameArguments() {
        Path jar = Path.of("target", "gridwall.jar");
        List<String> cmd = TunedJvm.command(jar, List.of("bench", "replay", "--seeks", "5", "--fork", "false"));
        long mb = Runtime.getRuntime().maxMemory() >> 20;
        assertTrue(cmd.get(0).endsWith("java"), cmd.get(0));
        assertEquals(List.of("-Xms" + mb + "m", "-Xmx" + mb + "m", "-XX:+AlwaysPreTouch", "-jar", jar.toString()),
                cmd.subList(1, 6));
        assertEquals(List.of("bench", "replay", "--seeks", "5", "--fork", "false"), cmd.subList(6, cmd.size()));
    }

    @Test
    void classesOutsideAJarRunInThisJvm() {
        // the tests load the classes from target/classes: there is no jar to start again
        assertNull(TunedJvm.ownJar());
    }

    @Test
    void theCommandLineIsKeptAsGiven() {
        Args a = new Args(new String[] {"bench", "replay", "--dir", "/tmp/x", "--fork=false"});
        assertEquals(List.of("bench", "replay", "--dir", "/tmp/x", "--fork=false"), a.argv());
        assertEquals("false", a.get("fork", "true"));
    }
}
