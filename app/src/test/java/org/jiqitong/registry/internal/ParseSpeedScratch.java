package org.jiqitong.registry.internal;

import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import org.jiqitong.registry.Feed;

public class ParseSpeedScratch {
    public static void main(String[] a) throws Exception {
        Path dir = Path.of(a[0]);
        for (int round = 0; round < 2; round++) {
            for (var spec : new FeedSpec[] {new EntitiesFeed(), new FiguresFeed()}) {
                long t = System.nanoTime();
                long rows = 0;
                try (Reader r = new InputStreamReader(new BufferedInputStream(Files.newInputStream(dir.resolve(spec.feed().path() + ".csv")), 1 << 16), StandardCharsets.UTF_8);
                     FeedReader fr = new FeedReader(r, spec.feed());
                     CopyRowWriter w = new CopyRowWriter(OutputStream.nullOutputStream())) {
                    StagedRow row;
                    while ((row = fr.next(spec.stagedWidth())) != null) {
                        rows++;
                        spec.read(row);
                        if (row.ok()) w.write(row.rowNo(), row.staged());
                    }
                }
                System.out.printf("%s: %d rows in %d ms%n", spec.feed(), rows, (System.nanoTime() - t) / 1_000_000);
            }
        }
    }
}
