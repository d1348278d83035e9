package dev.pitwall.replayer.source.fastf1;

import dev.pitwall.contract.CarSample;
import dev.pitwall.contract.LapRecord;
import dev.pitwall.contract.RaceEvent;
import dev.pitwall.contract.TimingUpdate;
import dev.pitwall.contract.Topics;
import dev.pitwall.replayer.model.BadLinePolicy;
import dev.pitwall.replayer.model.SessionOrigin;
import dev.pitwall.replayer.model.SessionParts;
import dev.pitwall.replayer.model.SkippedLine;
import dev.pitwall.replayer.model.TimedEvent;
import dev.pitwall.replayer.timing.TimingDeriver;
import dev.pitwall.replayer.timing.TrackEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Reads a FastF1 export folder ({@code laps.jsonl[.gz]} and {@code telemetry/<DRV>.csv[.gz]}) into the
 * {@link SessionParts} of a session: car samples, completed laps, and timing derived from the laps' crossing
 * times (the export has no timing feed). Cars are keyed by car number through {@code codeToCar}.
 */
public final class FastF1Source {

    /** The lap table's file name (optionally followed by {@code .gz}). */
    public static final String LAPS_FILE = "laps.jsonl";
    /** The telemetry folder's name. */
    public static final String TELEMETRY_DIR = "telemetry";

    private FastF1Source() {
    }

    /** The session origin the folder's lap table gives ({@code LapStartDate − LapStartTime}). */
    public static SessionOrigin origin(Path fastf1Folder) {
        return FastF1Origin.of(LapTableReader.read(lapsFile(fastf1Folder), BadLinePolicy.SKIP));
    }

    /** The lap table of the folder. */
    public static Path lapsFile(Path fastf1Folder) {
        return Inputs.plainOrGz(fastf1Folder, LAPS_FILE);
    }

    /**
     * Reads the folder.
     *
     * @param codeToCar three-letter driver code to car number; iterate it in grid order (a LinkedHashMap
     *        built from the DriverList's first message does) since cars that have not crossed the line yet keep
     *        that order in the derived timing
     */
    public static SessionParts read(Path fastf1Folder, String sessionKey, SessionOrigin origin,
            Map<String, String> codeToCar, BadLinePolicy policy) {
        LapTable table = LapTableReader.read(lapsFile(fastf1Folder), policy);
        List<SkippedLine> skipped = new ArrayList<>(table.skipped());
        List<String> notes = new ArrayList<>();
        List<TimedEvent> events = new ArrayList<>();

        Map<String, List<FastF1Lap>> byDriver = table.byDriver();
        Map<String, String> carOf = new LinkedHashMap<>(); // code -> car, in codeToCar's order
        codeToCar.forEach((code, car) -> {
            if (byDriver.containsKey(code)) {
                carOf.put(code, car);
            }
        });
        for (String code : byDriver.keySet()) {
            if (!codeToCar.containsKey(code)) {
                notes.add("laps: driver " + code + " is not in the driver list; its " + byDriver.get(code).size()
                        + " laps and its telemetry are left out");
            }
        }

        List<TrackEvent> trackEvents = new ArrayList<>();
        List<String> notCompleted = new ArrayList<>();
        int lapCount = 0;
        for (Map.Entry<String, String> e : carOf.entrySet()) {
            List<FastF1Lap> laps = byDriver.get(e.getKey());
            for (int i = 0; i < laps.size(); i++) {
                FastF1Lap l = laps.get(i);
                Long end = LapEnd.ms(l, i + 1 < laps.size() ? laps.get(i + 1) : null);
                if (end == null) {
                    notCompleted.add(l.driver() + " " + l.lap());
                    LapRecord unfinished = LapRecords.unfinished(l, sessionKey, e.getValue(), origin);
                    events.add(new TimedEvent(unfinished.sessionTimeMs(), Topics.LAPS, e.getValue(), unfinished));
                    continue;
                }
                LapRecord rec = LapRecords.of(l, sessionKey, e.getValue(), end, origin);
                events.add(new TimedEvent(end, Topics.LAPS, e.getValue(), rec));
                lapCount++;
            }
            trackEvents.addAll(FastF1Crossings.of(e.getValue(), laps));
        }
        notes.add("laps: " + lapCount + " completed laps from FastF1's lap table, stamped when the lap ended"
                + " (next lap's LapStartTime, else LapStartTime + LapTime, else Sector3SessionTime)");
        if (!notCompleted.isEmpty()) {
            notes.add("laps: started but not completed (the car stopped on them; sent with completed=false): "
                    + String.join(", ", notCompleted));
        }

        TelemetryRead telemetry = readTelemetry(fastf1Folder.resolve(TELEMETRY_DIR), sessionKey, origin, policy,
                carOf, byDriver, events);
        skipped.addAll(telemetry.skipped);
        notes.addAll(telemetry.notes);

        Integer totalLaps = table.maxLap();
        TimingDeriver deriver = new TimingDeriver(sessionKey, origin, new ArrayList<>(carOf.values()), totalLaps);
        for (TimingUpdate u : deriver.derive(trackEvents)) {
            events.add(new TimedEvent(u.sessionTimeMs(), Topics.TIMING, u.car(), u));
        }
        notes.add("timing: derived from FastF1's line and sector crossing times and pit times (no TimingData feed);"
                + " pit stops count pit-lane visits, drive-throughs included");

        List<RaceEvent.Driver> drivers = new ArrayList<>();
        carOf.forEach((code, car) -> drivers.add(new RaceEvent.Driver(car, code, null, byDriver.get(code).get(0).team(), null, null)));
        boolean anyTelemetry = telemetry.samples > 0;
        return new SessionParts(events, drivers, totalLaps, anyTelemetry, anyTelemetry, false, lapCount > 0, false,
                skipped, notes);
    }

    /** What the telemetry folder gave. */
    private static final class TelemetryRead {
        long samples;
        final List<SkippedLine> skipped = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
    }

    private static TelemetryRead readTelemetry(Path dir, String sessionKey, SessionOrigin origin, BadLinePolicy policy,
            Map<String, String> carOf, Map<String, List<FastF1Lap>> byDriver, List<TimedEvent> events) {
        TelemetryRead result = new TelemetryRead();
        if (!Files.isDirectory(dir)) {
            result.notes.add("telemetry: none (no " + dir + ")");
            return result;
        }
        List<String> without = new ArrayList<>();
        Map<String, Path> files = new LinkedHashMap<>();
        for (String code : carOf.keySet()) {
            Path f = Inputs.plainOrGz(dir, code + ".csv");
            if (Files.exists(f)) {
                files.put(code, f);
            } else {
                without.add(code);
            }
        }
        for (String stray : strayFiles(dir, carOf)) {
            result.notes.add("telemetry: " + stray + " left out (driver not in the lap table or the driver list)");
        }
        List<TelemetryTask> tasks = new ArrayList<>();
        files.forEach((code, f) -> tasks.add(new TelemetryTask(f, sessionKey, carOf.get(code), lapStarts(byDriver.get(code)), origin, policy)));
        for (TelemetryTask t : runAll(tasks)) {
            result.samples += t.file.samples();
            result.skipped.addAll(t.file.skipped());
            for (CarSample s : t.samples) {
                events.add(new TimedEvent(s.sessionTimeMs(), Topics.CAR_SAMPLES, s.car(), s));
            }
        }
        result.notes.add("telemetry: FastF1 merged car data + position (resampled, ~7.6 Hz; brake and DRS 0/1), "
                + files.size() + " cars, " + result.samples + " samples"
                + (without.isEmpty() ? "" : "; none for " + String.join(", ", without)));
        return result;
    }

    private static List<String> strayFiles(Path dir, Map<String, String> carOf) {
        try (Stream<Path> list = Files.list(dir)) {
            TreeSet<String> stray = new TreeSet<>();
            list.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".csv") || n.endsWith(".csv.gz"))
                    .filter(n -> !carOf.containsKey(n.substring(0, n.indexOf('.'))))
                    .forEach(stray::add);
            return new ArrayList<>(stray);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static Map<Integer, Long> lapStarts(List<FastF1Lap> laps) {
        Map<Integer, Long> m = new HashMap<>();
        for (FastF1Lap l : laps) {
            if (l.lapStartTime() != null) {
                m.put(l.lap(), l.lapStartTime());
            }
        }
        return m;
    }

    /** Reading one telemetry file into memory. */
    private static final class TelemetryTask {
        final Path path;
        final String sessionKey;
        final String car;
        final Map<Integer, Long> lapStarts;
        final SessionOrigin origin;
        final BadLinePolicy policy;
        final List<CarSample> samples = new ArrayList<>(50_000);
        TelemetryFile file;

        TelemetryTask(Path path, String sessionKey, String car, Map<Integer, Long> lapStarts, SessionOrigin origin,
                BadLinePolicy policy) {
            this.path = path;
            this.sessionKey = sessionKey;
            this.car = car;
            this.lapStarts = lapStarts;
            this.origin = origin;
            this.policy = policy;
        }

        TelemetryTask run() {
            file = TelemetryCsvReader.read(path, sessionKey, car, lapStarts, origin, policy, samples::add);
            return this;
        }
    }

    /** Runs the reads on up to two threads (the files are independent); results in task order. */
    private static List<TelemetryTask> runAll(List<TelemetryTask> tasks) {
        int threads = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
        if (threads == 1 || tasks.size() < 2) {
            tasks.forEach(TelemetryTask::run);
            return tasks;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "fastf1-telemetry");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<TelemetryTask>> futures = new ArrayList<>();
            for (TelemetryTask t : tasks) {
                futures.add(pool.submit(t::run));
            }
            List<TelemetryTask> done = new ArrayList<>();
            for (Future<TelemetryTask> f : futures) {
                done.add(f.get());
            }
            return done;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading telemetry", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
