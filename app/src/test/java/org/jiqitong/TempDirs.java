package org.jiqitong;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Temporary directories of tests (data directories, browser profiles, generated feeds) that do not outlive the test
 * run: a city-sized test leaves hundreds of megabytes, and hundreds of runs filled a disk.
 */
public final class TempDirs {

    private TempDirs() {
    }

    /**
     * A new directory removed when the test JVM exits (for one shared by the Spring contexts of a run). Shutdown hooks
     * run concurrently: a PostgreSQL whose data directory is in it is stopped by the context's own hook, so this one
     * waits (up to 30 s) until no {@code postmaster.pid} is left — deleting under a running server would orphan it.
     */
    public static Path removedAtExit(String prefix) {
        Path dir = create(prefix);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (serverRunningIn(dir) && System.nanoTime() < deadline) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
            if (!serverRunningIn(dir)) {
                delete(dir);
            }
        }, "delete " + dir.getFileName()));
        return dir;
    }

    private static boolean serverRunningIn(Path dir) {
        try (Stream<Path> all = Files.walk(dir, 3)) {
            return all.anyMatch(p -> p.getFileName().toString().equals("postmaster.pid"));
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    /** A new empty file (a child process's log) removed when the test JVM exits. */
    public static Path fileRemovedAtExit(String prefix, String suffix) {
        try {
            Path file = Files.createTempFile(prefix, suffix);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path create(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the tree, best effort: a file a dying process still writes is left, never an error of the test. */
    public static void delete(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // left behind
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // left behind
        }
    }
}
