package dev.pitwall.timing.ws;

import dev.pitwall.contract.CarSample;
import dev.pitwall.contract.ContractRecord;
import dev.pitwall.contract.RaceEvent;
import dev.pitwall.contract.TimingUpdate;
import dev.pitwall.contract.Topics;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Test helper: a made-up but real-looking race as the replayer would send it: a driver list, then for each
 * step a position/telemetry sample of every car (as the feed's 4 Hz car data) and, every fifth step, a timing
 * update per car with the gaps moving and, now and then, an overtake.
 */
final class LiveRace {

    static final String SESSION = "9693";
    static final List<String> CARS = List.of("1", "4", "81", "16", "44", "63", "12", "23", "22", "18",
            "14", "10", "7", "6", "5", "27", "30", "31", "55", "87");
    private static final Instant START = Instant.parse("2025-03-16T04:03:00Z");

    /** A record and the topic it goes to. */
    record Sent(String topic, String key, ContractRecord record) {
    }

    private long seq;

    /** The driver list, sent first. */
    Sent drivers() {
        List<RaceEvent.Driver> drivers = new ArrayList<>();
        for (int i = 0; i < CARS.size(); i++) {
            drivers.add(new RaceEvent.Driver(CARS.get(i), "D" + String.format("%02d", i), "Driver " + CARS.get(i),
                    "Team " + (i / 2), String.format("%06X", 0x101010 * (i / 2 + 1)), i + 1));
        }
        return new Sent(Topics.RACE_EVENTS, SESSION, new RaceEvent(SESSION, seq++, START, 0, RaceEvent.Type.DRIVER_LIST,
                null, null, null, null, drivers, null, null, null));
    }

    /** The records of step {@code step} (250 ms of race time each). */
    List<Sent> step(int step) {
        long t = 60_000L + step * 250L;
        Instant utc = START.plusMillis(t);
        List<Sent> out = new ArrayList<>();
        for (int i = 0; i < CARS.size(); i++) {
            String car = CARS.get(i);
            double angle = (step * 0.02 + i * 0.05) % (2 * Math.PI);
            out.add(new Sent(Topics.CAR_SAMPLES, car, new CarSample(SESSION, car, seq++, utc, t, 1 + step / 320, "feed",
                    10_500.0 + (step * 37 + i * 101) % 1500, 180.0 + (step * 7 + i * 13) % 140, 3 + (step + i) % 6,
                    (double) ((step * 11 + i * 17) % 101), (step + i) % 5 == 0 ? 1 : 0, 0, step * 17.5 + i,
                    Math.round(3000 * Math.cos(angle)) / 1.0, Math.round(2000 * Math.sin(angle)) / 1.0, 12.0, "OnTrack")));
        }
        if (step % 5 == 0) {
            int swap = (step / 5) % (CARS.size() - 1); // one pair swaps places every timing step
            for (int i = 0; i < CARS.size(); i++) {
                String car = CARS.get(i);
                int position = i == swap ? swap + 2 : i == swap + 1 ? swap + 1 : i + 1;
                long gap = position == 1 ? 0 : (position - 1) * 1_234L + step % 97;
                int laps = 1 + step / 320;
                out.add(new Sent(Topics.TIMING, car, new TimingUpdate(SESSION, car, seq++, utc, t, position, laps,
                        gap, null, position == 1 ? null : String.format("+%.3f", gap / 1000.0), position == 1 ? 0L : 1_234L,
                        null, position == 1 ? null : "+1.234", 82_000L + i * 100 + step % 50, 81_900L + i * 100, laps,
                        1 + step % 3, 27_000L + step % 400, false, false, 0, false, "feed")));
            }
        }
        return out;
    }
}
