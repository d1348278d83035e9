package dev.pitwall.replayer.source.fastf1;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.contract.TimingUpdate;
import dev.pitwall.replayer.model.BadLinePolicy;
import dev.pitwall.replayer.timing.TimingDeriver;
import dev.pitwall.replayer.timing.TrackEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Acceptance: the running order Pitwall derives from crossing times alone matches FastF1's {@code Position}
 * column of the bundled 2025 Australian GP race.
 *
 * <p>"After lap L" for a car is the derived update at the moment that car crossed the line to complete lap L:
 * its position there is its rank among all cars by completion of lap L, which is what FastF1's column means
 * (position at the end of the lap). A lap matches when every car that has a Position on it matches. The
 * timing is derived exactly as {@link FastF1Source} does (lap table → {@link FastF1Crossings} →
 * {@link TimingDeriver}); FastF1's Position is read only here, to compare.
 */
class DerivedOrderMatchesFastF1Test {

    @Test
    void derivedOrderEqualsFastF1PositionOnAtLeast55Of57Laps() {
        LapTable table = LapTableReader.read(FastF1Source.lapsFile(BundledRace.fastf1()), BadLinePolicy.FAIL);
        Map<String, String> codeToCar = BundledRace.codeToCar();
        Map<String, String> codeOfCar = new HashMap<>();
        codeToCar.forEach((code, car) -> codeOfCar.put(car, code));
        Map<String, List<FastF1Lap>> byDriver = table.byDriver();

        List<TrackEvent> events = new ArrayList<>();
        List<String> cars = new ArrayList<>();
        codeToCar.forEach((code, car) -> {
            if (byDriver.containsKey(code)) {
                cars.add(car);
                events.addAll(FastF1Crossings.of(car, byDriver.get(code)));
            }
        });
        List<TimingUpdate> timing = new TimingDeriver("9693", FastF1Source.origin(BundledRace.fastf1()), cars, table.maxLap())
                .derive(events);

        // the derived position of each car when it completed each lap
        Map<String, Integer> derivedAtLine = new HashMap<>();
        for (TimingUpdate u : timing) {
            if (u.sector() != null && u.sector() == 3 && isLineCrossing(u, byDriver.get(codeOfCar.get(u.car())))) {
                derivedAtLine.put(codeOfCar.get(u.car()) + "/" + u.lapsCompleted(), u.position());
            }
        }

        int laps = table.maxLap();
        int matching = 0;
        List<String> report = new ArrayList<>();
        for (int lap = 1; lap <= laps; lap++) {
            Map<String, Integer> fastf1 = new LinkedHashMap<>();
            List<String> withoutPosition = new ArrayList<>();
            int rows = 0;
            for (FastF1Lap l : table.laps()) {
                if (l.lap() != lap) {
                    continue;
                }
                rows++;
                if (l.position() != null) {
                    fastf1.put(l.driver(), (int) Math.round(l.position()));
                } else {
                    withoutPosition.add(l.driver());
                }
            }
            List<String> differ = new ArrayList<>();
            for (Map.Entry<String, Integer> e : fastf1.entrySet()) {
                Integer derived = derivedAtLine.get(e.getKey() + "/" + lap);
                if (!e.getValue().equals(derived)) {
                    differ.add(e.getKey() + " derived P" + derived + " FastF1 P" + e.getValue());
                }
            }
            if (differ.isEmpty()) {
                matching++;
                continue;
            }
            TreeSet<Integer> holes = new TreeSet<>();
            for (int p = 1; p <= rows; p++) {
                holes.add(p);
            }
            holes.removeAll(fastf1.values());
            report.add("lap " + lap + ": " + differ.size() + " of " + fastf1.size() + " cars differ: " + String.join(", ", differ)
                    + "\n    why: " + why(fastf1, derivedAtLine, lap, withoutPosition, holes));
        }
        System.out.println("derived running order equals FastF1's Position on " + matching + " of " + laps + " laps");
        report.forEach(System.out::println);
        assertThat(matching).as("laps whose derived order equals FastF1's Position (differences printed)").isGreaterThanOrEqualTo(55);
    }

    /** The update is the one emitted when its car crossed the line completing {@code lapsCompleted}. */
    private static boolean isLineCrossing(TimingUpdate u, List<FastF1Lap> laps) {
        for (int i = 0; i < laps.size(); i++) {
            if (laps.get(i).lap() == u.lapsCompleted()) {
                Long end = LapEnd.ms(laps.get(i), i + 1 < laps.size() ? laps.get(i + 1) : null);
                return end != null && end == u.sessionTimeMs();
            }
        }
        return false;
    }

    /** Explains a differing lap: does the relative order agree, and which positions FastF1 gave to cars without one. */
    private static String why(Map<String, Integer> fastf1, Map<String, Integer> derivedAtLine, int lap,
            List<String> withoutPosition, TreeSet<Integer> holes) {
        List<String> byFastF1 = new ArrayList<>(fastf1.keySet());
        byFastF1.sort((a, b) -> Integer.compare(fastf1.get(a), fastf1.get(b)));
        List<String> byDerived = new ArrayList<>(fastf1.keySet());
        byDerived.sort((a, b) -> Integer.compare(derivedAtLine.getOrDefault(a + "/" + lap, 99), derivedAtLine.getOrDefault(b + "/" + lap, 99)));
        String order = byFastF1.equals(byDerived)
                ? "the relative order of the compared cars is identical"
                : "the relative order differs: FastF1 " + byFastF1 + " vs derived " + byDerived;
        String gaps = holes.isEmpty() ? "" : "; FastF1's column skips P" + holes + " on this lap: FastF1 numbers every row"
                + " of a lap by its Time, so those ranks went to the rows without a Position, " + withoutPosition
                + " (they did not complete the lap), which it then blanked; the derived order has no such holes";
        return order + gaps;
    }
}
