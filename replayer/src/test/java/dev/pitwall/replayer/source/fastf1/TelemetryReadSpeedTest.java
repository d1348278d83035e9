package dev.pitwall.replayer.source.fastf1;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.replayer.model.BadLinePolicy;
import dev.pitwall.replayer.model.SessionOrigin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Measures reading all the bundled race's telemetry (751,010 rows in 19 gzipped files) and prints it. */
class TelemetryReadSpeedTest {

    @Test
    void readsAllTelemetryFast() throws IOException {
        LapTable table = LapTableReader.read(FastF1Source.lapsFile(BundledRace.fastf1()), BadLinePolicy.FAIL);
        SessionOrigin origin = FastF1Origin.of(table);
        Map<String, List<FastF1Lap>> byDriver = table.byDriver();
        List<Path> files;
        try (Stream<Path> s = Files.list(BundledRace.fastf1().resolve("telemetry"))) {
            files = s.sorted().toList();
        }
        long best = Long.MAX_VALUE;
        for (int run = 1; run <= 3; run++) {
            long t0 = System.nanoTime();
            long[] rows = {0};
            for (Path f : files) {
                String code = f.getFileName().toString().substring(0, 3);
                Map<Integer, Long> starts = new HashMap<>();
                byDriver.get(code).forEach(l -> starts.put(l.lap(), l.lapStartTime()));
                TelemetryCsvReader.read(f, "9693", code, starts, origin, BadLinePolicy.FAIL, s -> rows[0]++);
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            best = Math.min(best, ms);
            System.out.printf("telemetry read, run %d: %d rows from %d files in %d ms (one thread, samples not kept)%n",
                    run, rows[0], files.size(), ms);
            assertThat(rows[0]).isEqualTo(751_010);
        }
        assertThat(best).as("best of 3 runs, ms").isLessThan(10_000); // a guard against pathologies, not a benchmark
    }
}
