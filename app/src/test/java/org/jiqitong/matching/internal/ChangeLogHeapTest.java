package org.jiqitong.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jiqitong.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Bounded memory: 200,000 verdict changes recorded through the real change log by a JVM whose heap (20 MB) could not
 * hold them as objects (a change, its row and its event take well over 100 bytes each: more than 20 MB for 200,000).
 */
class ChangeLogHeapTest extends IntegrationTest {

    @Autowired
    DataSource dataSource;

    @Test
    void twoHundredThousandChangesAreRecordedInTwentyMegabytesOfHeap() throws Exception {
        String url;
        String user;
        try (Connection c = dataSource.getConnection()) {
            url = c.getMetaData().getURL();
            user = c.getMetaData().getUserName();
        }
        Path log = Files.createTempFile("jiqitong-heap-", ".log");
        ProcessBuilder builder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx20m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                ChangeLogHeapCheck.class.getName(), url, user, "200000"))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("SPRING_DATASOURCE_PASSWORD", databasePassword());
        Process p = builder.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the check ends").isTrue();
        String output = Files.readString(log);
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output).contains("recorded=200000 bulk=true stored=200000", "maxHeapMb=");
    }
}
