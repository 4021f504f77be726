package org.jiqitong.registry.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jiqitong.shared.DataDirectory;
import org.jiqitong.registry.ImportRequest;
import org.jiqitong.registry.Registry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs uploaded deliveries in the background so the page can show progress. The upload is first stored
 * under the data directory (never under a name the user chose) and removed once imported.
 */
@Component
class ImportExecutor implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ImportExecutor.class);

    private final Registry registry;
    private final Path uploads;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "registry-import");
        t.setDaemon(true);
        return t;
    });

    ImportExecutor(Registry registry, DataDirectory dataDirectory) {
        this.registry = registry;
        this.uploads = dataDirectory.resolve("uploads");
    }

    long submit(ImportRequest request, InputStream upload) throws IOException {
        Path file = Files.createTempFile(uploads, "delivery-", ".csv");
        long size = Files.copy(upload, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        long runId;
        try {
            runId = registry.startImport(request, size);
        } catch (RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        executor.submit(() -> {
            try (InputStream in = Files.newInputStream(file)) {
                registry.runImport(runId, request, in);
            } catch (RuntimeException | IOException e) {
                log.warn("Import run {} failed: {}", runId, e.getMessage());
            } finally {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    log.warn("Could not remove {}", file);
                }
            }
        });
        return runId;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
