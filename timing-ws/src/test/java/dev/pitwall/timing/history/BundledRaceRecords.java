package dev.pitwall.timing.history;

import dev.pitwall.contract.CarSample;
import dev.pitwall.contract.ContractRecord;
import dev.pitwall.contract.LapRecord;
import dev.pitwall.timing.state.FastF1Laps;
import dev.pitwall.testkit.JolpicaResults;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

/**
 * Test helper: the bundled 2025 Australian GP as contract records, the way the replayer publishes its FastF1
 * export (much simplified): the lap table as {@link LapRecord}s and a driver's telemetry file
 * ({@code fastf1/telemetry/<DRV>.csv.gz}) as {@code fastf1} {@link CarSample}s, whose session time is the lap's
 * {@code LapStartTime} + 1000·{@code time}.
 */
final class BundledRaceRecords {

    static final Path RACE = FastF1Laps.bundledRaces().resolve("2025-australian-grand-prix-race");

    /** One telemetry row as the file has it. */
    record Row(int lap, double timeS, double speed, Integer gear, double throttle, int brake, double distance) {
    }

    private static Map<String, String> carOf;
    private static List<LapRecord> laps;

    private BundledRaceRecords() {
    }

    /** Driver code to car number, from the official results. */
    static synchronized Map<String, String> carOf() {
        if (carOf == null) {
            try {
                carOf = JolpicaResults.read("/jolpica/2025-1-results.json").stream()
                        .collect(Collectors.toMap(JolpicaResults.Result::code, JolpicaResults.Result::car));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return carOf;
    }

    /** Every lap of the race, by session time. */
    static synchronized List<LapRecord> laps() {
        if (laps == null) {
            try {
                laps = FastF1Laps.read(RACE.resolve("fastf1/laps.jsonl.gz"), carOf());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return laps;
    }

    /** The laps of one driver, by lap. */
    static List<LapRecord> laps(String code) {
        String car = carOf().get(code);
        return laps().stream().filter(l -> l.car().equals(car)).sorted(Comparator.comparingInt(LapRecord::lap)).toList();
    }

    /** The rows of a driver's telemetry file, in file order. */
    static List<Row> rows(String code) {
        List<Row> rows = new ArrayList<>();
        Path file = RACE.resolve("fastf1/telemetry/" + code + ".csv.gz");
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            String header = in.readLine();
            if (!"lap,time,rpm,speed,gear,throttle,brake,drs,distance,x,y,z".equals(header)) {
                throw new IllegalStateException("unexpected header " + header);
            }
            String line;
            while ((line = in.readLine()) != null) {
                String[] f = line.split(",", -1);
                rows.add(new Row(Integer.parseInt(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[3]),
                        f[4].isEmpty() ? null : (int) Double.parseDouble(f[4]), Double.parseDouble(f[5]),
                        (int) Double.parseDouble(f[6]), Double.parseDouble(f[8])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** A driver's telemetry as {@code fastf1} samples (lap number and per-lap distance as recorded). */
    static List<CarSample> samples(String code) {
        String car = carOf().get(code);
        Map<Integer, Long> lapStart = new HashMap<>();
        laps(code).forEach(l -> lapStart.put(l.lap(), l.lapStartMs()));
        List<CarSample> out = new ArrayList<>();
        for (Row r : rows(code)) {
            long t = lapStart.get(r.lap()) + Math.round(r.timeS() * 1000);
            out.add(new CarSample(FastF1Laps.SESSION_KEY, car, 0, FastF1Laps.ORIGIN.plusMillis(t), t, r.lap(), "fastf1",
                    11000.0, r.speed(), r.gear(), r.throttle(), r.brake(), 0, r.distance(), 0.0, 0.0, 0.0, null));
        }
        return out;
    }

    /** The same samples as a raw CarData.z stream gives them: no lap number, no distance, source {@code cardata}. */
    static List<CarSample> asCarData(List<CarSample> samples) {
        return samples.stream().map(s -> new CarSample(s.sessionKey(), s.car(), 0, s.utc(), s.sessionTimeMs(), null,
                "cardata", s.rpm(), s.speed(), s.gear(), s.throttle(), s.brake(), s.drs(), null, null, null, null, null))
                .toList();
    }

    /** Laps and samples in one stream by session time, each lap record delivered {@code lapDelayMs} late. */
    static List<ContractRecord> merged(List<LapRecord> laps, List<CarSample> samples, long lapDelayMs) {
        record Timed(long at, int order, ContractRecord record) {
        }
        List<Timed> all = new ArrayList<>();
        for (int i = 0; i < samples.size(); i++) {
            all.add(new Timed(samples.get(i).sessionTimeMs(), i, samples.get(i)));
        }
        for (int i = 0; i < laps.size(); i++) {
            all.add(new Timed(laps.get(i).sessionTimeMs() + lapDelayMs, samples.size() + i, laps.get(i)));
        }
        all.sort(Comparator.comparingLong(Timed::at).thenComparingInt(Timed::order));
        return all.stream().map(Timed::record).toList();
    }
}
