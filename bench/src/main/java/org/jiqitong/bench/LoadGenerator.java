package org.jiqitong.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Timed GETs against the running platform over {@code connections} keep-alive connections ({@link KeepAlive}, one per
 * thread), in two forms: closed (each connection sends its next request when the answer came) and open (requests due
 * at a fixed rate, each timed from the moment it was due, so waiting for a free connection counts). Every answer must
 * be 200. Rows read "p50 … ms, p99 … ms, … req/s".
 */
final class LoadGenerator {

    private final String host;
    private final int port;
    private final String authorization;

    LoadGenerator(String host, int port, String authorization) {
        this.host = host;
        this.port = port;
        this.authorization = authorization;
    }

    /**
     * Closed: {@code requests} requests over {@code connections} connections, after {@code warmSeconds} of the same
     * load that is not counted (the platform's JIT compiles its hot paths for minutes on two cores).
     */
    String closed(int requests, int connections, int warmSeconds, IntFunction<String> path) throws Exception {
        if (warmSeconds > 0) {
            long until = System.nanoTime() + warmSeconds * 1_000_000_000L;
            run(connections, Integer.MAX_VALUE, k -> path.apply(k + 1_000_000), k -> 0L, () -> System.nanoTime() > until);
        }
        long start = System.nanoTime();
        long[] nanos = run(connections, requests, path, k -> 0L, () -> false);
        double wall = (System.nanoTime() - start) / 1e9;
        return String.format("p50 %.1f ms, p99 %.1f ms, %.0f req/s", nanos[requests / 2] / 1e6,
                nanos[(int) (requests * 0.99)] / 1e6, requests / wall);
    }

    /**
     * Open: {@code requests} requests due at {@code perSecond}, over {@code connections} connections, after two
     * seconds at the same rate that are not counted (the step from the load before to this one).
     */
    String atRate(int requests, int connections, int perSecond, IntFunction<String> path) throws Exception {
        long lead = System.nanoTime() + 100_000_000L;
        run(connections, 2 * perSecond, k -> path.apply(k + 2_000_000), k -> lead + (long) (k * 1e9 / perSecond),
                () -> false);
        long start = System.nanoTime() + 100_000_000L;
        long[] nanos = run(connections, requests, path, k -> start + (long) (k * 1e9 / perSecond), () -> false);
        return String.format("p50 %.1f ms, p99 %.1f ms at %d req/s", nanos[requests / 2] / 1e6,
                nanos[(int) (requests * 0.99)] / 1e6, perSecond);
    }

    private interface Due {
        long of(int k);
    }

    private interface Stop {
        boolean now();
    }

    /** Runs the requests (or until {@code stop}), each timed from its due moment (0: from when it was sent). */
    private long[] run(int connections, int requests, IntFunction<String> path, Due due, Stop stop) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        int counted = requests == Integer.MAX_VALUE ? 0 : requests;
        long[] nanos = new long[counted];
        List<Future<?>> all = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            all.add(pool.submit(() -> {
                try (KeepAlive http = new KeepAlive(host, port)) { // one connection per task, for its whole loop
                    for (int k = next.getAndIncrement(); k < requests && !stop.now(); k = next.getAndIncrement()) {
                        long at = due.of(k);
                        long wait = at - System.nanoTime();
                        if (at > 0 && wait > 0) {
                            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                        }
                        long s = at > 0 ? at : System.nanoTime();
                        KeepAlive.Answer a = http.get(path.apply(k), authorization);
                        if (k < counted) {
                            nanos[k] = System.nanoTime() - s;
                        }
                        if (a.status() != 200) {
                            throw new IllegalStateException(a.status() + " " + a.text());
                        }
                    }
                }
                return null;
            }));
        }
        try {
            for (Future<?> f : all) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        Arrays.sort(nanos);
        return nanos;
    }
}
