package dev.pitwall.timing.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.pitwall.contract.CarSample;
import dev.pitwall.contract.ContractRecord;
import dev.pitwall.contract.LapRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The race history fed with Norris's real laps and telemetry from the bundled 2025 Australian GP: his best lap's
 * trace is his fastest lap in the lap table, sample for sample as the telemetry file has it; a lap in progress
 * shows what has been driven so far; and the same samples without lap numbers or distance (as raw car data comes)
 * give the same lap with a distance integrated from speed that agrees with the recorded one.
 */
class RealRaceTracesTest {

    static final String CODE = "NOR";

    private static String car;
    private static List<LapRecord> laps;
    private static List<CarSample> samples;
    private static LapRecord fastest;

    @BeforeAll
    static void load() {
        car = BundledRaceRecords.carOf().get(CODE);
        laps = BundledRaceRecords.laps(CODE);
        samples = BundledRaceRecords.samples(CODE);
        fastest = laps.stream().filter(l -> l.completed() && l.lapTimeMs() != null)
                .min(Comparator.comparingLong(LapRecord::lapTimeMs)).orElseThrow();
    }

    private static RaceHistory fed(List<ContractRecord> records) {
        RaceHistory history = new RaceHistory();
        records.forEach(history::apply);
        return history;
    }

    private static List<CarSample> ofLap(int lap) {
        return samples.stream().filter(s -> s.lap() == lap).toList();
    }

    @Test
    void theBestLapIsTheFastestLapAsRecorded() {
        RaceHistory history = fed(BundledRaceRecords.merged(laps, samples, 0));
        Trace best = history.bestLap(car);
        List<CarSample> recorded = ofLap(fastest.lap());

        assertThat(best.car()).isEqualTo(car);
        assertThat(best.kind()).isEqualTo("best");
        assertThat(best.lap()).isEqualTo(fastest.lap());
        assertThat(best.lapTimeMs()).isEqualTo(fastest.lapTimeMs());
        assertThat(best.source()).isEqualTo("fastf1");
        assertThat(best.distanceSource()).isEqualTo("recorded");
        assertThat(best.samples()).isEqualTo(recorded.size()).isGreaterThan(500);
        // the official lap's distance: the telemetry's last distance on that lap, about 5.2-5.3 km
        double lastDistance = recorded.get(recorded.size() - 1).distance();
        assertThat(best.distance()[best.samples() - 1]).isCloseTo(lastDistance, within(0.05)).isBetween(5200.0, 5300.0);
        assertThat(best.distance()[0]).isCloseTo(recorded.get(0).distance(), within(0.05)).isBetween(-5.0, 5.0);
        // top speed as the file has it, and plausible for Albert Park
        double top = recorded.stream().mapToDouble(CarSample::speed).max().orElseThrow();
        assertThat(max(best.speed())).isEqualTo(top).isBetween(280.0, 350.0);
        assertThat(best.timeMs()[best.samples() - 1]).isCloseTo(fastest.lapTimeMs(), within(500L));
        assertThat(best.gear()).containsOnly(recorded.stream().map(CarSample::gear).distinct().toArray(Integer[]::new));
        assertThat(best.brake()).containsOnly(0, 1);
    }

    @Test
    void theCurrentLapIsTheLapInProgressSoFar() {
        long now = fastest.lapStartMs() + 40_000;
        List<ContractRecord> upToNow = BundledRaceRecords.merged(laps, samples, 0).stream()
                .filter(r -> r.sessionTimeMs() <= now).toList();
        RaceHistory history = fed(upToNow);

        Trace current = history.currentLap(car);
        List<CarSample> soFar = ofLap(fastest.lap()).stream().filter(s -> s.sessionTimeMs() <= now).toList();
        assertThat(current.kind()).isEqualTo("current");
        assertThat(current.lap()).isEqualTo(fastest.lap());
        assertThat(current.lapTimeMs()).isNull();
        assertThat(current.samples()).isEqualTo(soFar.size());
        assertThat(current.distance()[current.samples() - 1]).isCloseTo(soFar.get(soFar.size() - 1).distance(), within(0.05))
                .isBetween(1000.0, 5000.0);

        // the best so far is the fastest of the laps finished before it
        LapRecord bestBefore = laps.stream().filter(l -> l.lap() < fastest.lap() && l.lapTimeMs() != null)
                .min(Comparator.comparingLong(LapRecord::lapTimeMs)).orElseThrow();
        assertThat(history.bestLap(car).lap()).isEqualTo(bestBefore.lap());
        assertThat(history.bestLap(car).lapTimeMs()).isEqualTo(bestBefore.lapTimeMs());
    }

    @Test
    void theLapTableIsEveryLapInOrder() {
        RaceHistory history = fed(BundledRaceRecords.merged(laps, samples, 0));
        List<LapRow> rows = history.laps(car);
        assertThat(rows).extracting(LapRow::lap).containsExactlyElementsOf(laps.stream().map(LapRecord::lap).toList());
        assertThat(rows).extracting(LapRow::lapTimeMs).containsExactlyElementsOf(laps.stream().map(LapRecord::lapTimeMs).toList());
        assertThat(rows).extracting(LapRow::compound).containsExactlyElementsOf(laps.stream().map(LapRecord::compound).toList());
        long pitIns = laps.stream().filter(l -> l.pitInMs() != null).count();
        assertThat(rows.stream().filter(LapRow::pitIn).count()).isEqualTo(pitIns).isPositive();
        assertThat(rows.stream().filter(LapRow::pitOut).map(LapRow::lap).toList())
                .isEqualTo(laps.stream().filter(l -> l.pitOutMs() != null).map(LapRecord::lap).toList());
    }

    @Test
    void rawCarDataGivesTheSameLapWithADistanceIntegratedFromSpeed() {
        RaceHistory recorded = fed(BundledRaceRecords.merged(laps, samples, 0));
        RaceHistory derived = fed(BundledRaceRecords.merged(laps, BundledRaceRecords.asCarData(samples), 0));
        Trace r = recorded.bestLap(car);
        Trace d = derived.bestLap(car);

        assertThat(d.lap()).isEqualTo(r.lap());
        assertThat(d.lapTimeMs()).isEqualTo(r.lapTimeMs());
        assertThat(d.source()).isEqualTo("cardata");
        assertThat(d.distanceSource()).isEqualTo("derived");
        assertThat(d.samples()).isCloseTo(r.samples(), within(3));
        double recordedLength = r.distance()[r.samples() - 1] - r.distance()[0];
        System.out.printf("%s lap %d (%d ms): recorded %.1f m over %d samples, integrated from speed %.1f m over %d, top %.0f km/h%n",
                CODE, r.lap(), r.lapTimeMs(), recordedLength, r.samples(), d.distance()[d.samples() - 1], d.samples(), max(r.speed()));
        assertThat(d.distance()[d.samples() - 1]).isCloseTo(recordedLength, within(recordedLength * 0.01));
        assertThat(max(d.speed())).isEqualTo(max(r.speed()));
        assertThat(d.distance()).isSorted();
    }

    @Test
    void lapRecordsReadSecondsAfterTheSamplesChangeNothing() {
        // the laps and samples topics are separate partitions: a lap may be read well after the next lap's samples
        Trace onTime = fed(BundledRaceRecords.merged(laps, samples, 0)).bestLap(car);
        Trace late = fed(BundledRaceRecords.merged(laps, samples, 3000)).bestLap(car);
        assertThat(late.lap()).isEqualTo(onTime.lap());
        assertThat(late.distance()).containsExactly(onTime.distance());

        List<CarSample> carData = BundledRaceRecords.asCarData(samples);
        Trace derivedOnTime = fed(BundledRaceRecords.merged(laps, carData, 0)).bestLap(car);
        Trace derivedLate = fed(BundledRaceRecords.merged(laps, carData, 3000)).bestLap(car);
        assertThat(derivedLate.lap()).isEqualTo(derivedOnTime.lap());
        assertThat(derivedLate.samples()).isEqualTo(derivedOnTime.samples());
        assertThat(derivedLate.distance()[derivedLate.samples() - 1])
                .isCloseTo(derivedOnTime.distance()[derivedOnTime.samples() - 1], within(0.05));
    }

    @Test
    void aDistanceCountedOverTheSessionIsCountedFromTheLapStart() {
        // the same samples with FastF1's distance running on over the session instead of restarting each lap
        List<CarSample> cumulative = new ArrayList<>();
        double offset = 0;
        int lap = samples.get(0).lap();
        double lastOfLap = 0;
        for (CarSample s : samples) {
            if (s.lap() != lap) {
                offset += lastOfLap;
                lap = s.lap();
            }
            lastOfLap = s.distance();
            cumulative.add(new CarSample(s.sessionKey(), s.car(), 0, s.utc(), s.sessionTimeMs(), s.lap(), s.source(),
                    s.rpm(), s.speed(), s.gear(), s.throttle(), s.brake(), s.drs(), s.distance() + offset, s.x(), s.y(),
                    s.z(), s.status()));
        }
        Trace perLap = fed(BundledRaceRecords.merged(laps, samples, 0)).bestLap(car);
        Trace fromSession = fed(BundledRaceRecords.merged(laps, cumulative, 0)).bestLap(car);
        assertThat(fromSession.lap()).isEqualTo(perLap.lap());
        assertThat(fromSession.distance()[0]).isCloseTo(0.0, within(0.05));
        assertThat(fromSession.distance()[fromSession.samples() - 1])
                .isCloseTo(perLap.distance()[perLap.samples() - 1], within(5.0));
    }

    private static double max(Double[] values) {
        double m = Double.NEGATIVE_INFINITY;
        for (Double v : values) {
            if (v != null) {
                m = Math.max(m, v);
            }
        }
        return m;
    }
}
