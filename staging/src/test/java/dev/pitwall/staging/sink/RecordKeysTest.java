package dev.pitwall.staging.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pitwall.contract.CarSample;
import dev.pitwall.contract.LapRecord;
import dev.pitwall.contract.RaceEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keys read from real contract records of the bundled race, and every kind of poison named. */
class RecordKeysTest {

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsTheKeysOfEveryLapOfTheRace() throws Exception {
        List<LapRecord> laps = RaceSlice.laps();
        assertThat(laps).hasSize(927);
        for (LapRecord lap : laps) {
            RecordKeys keys = RecordKeys.read(bytes(RaceSlice.json(lap)), true);
            assertThat(keys).isEqualTo(new RecordKeys("9693", lap.car(), lap.seq(), lap.utc(), null));
        }
    }

    @Test
    void readsATelemetrySample() throws Exception {
        CarSample s = RaceSlice.samples("NOR", 3).get(2);
        RecordKeys keys = RecordKeys.read(bytes(RaceSlice.json(s)), true);
        assertThat(keys.sessionKey()).isEqualTo("9693");
        assertThat(keys.car()).isEqualTo("4");
        assertThat(keys.seq()).isEqualTo(3);
        assertThat(keys.utc()).isEqualTo(s.utc());
        assertThat(keys.round()).isNull();
    }

    @Test
    void aRaceEventAboutACarHasThatCarAndOthersHaveNone() throws Exception {
        List<RaceEvent> events = RaceSlice.raceEvents();
        RaceEvent blueFlag = events.stream().filter(e -> e.raceControl() != null && "87".equals(e.raceControl().car()))
                .findFirst().orElseThrow();
        assertThat(blueFlag.raceControl().message()).startsWith("WAVED BLUE FLAG FOR CAR 87 (BEA)");
        assertThat(RecordKeys.read(bytes(RaceSlice.json(blueFlag)), false).car()).isEqualTo("87");
        RaceEvent lapCount = events.stream().filter(e -> e.type() == RaceEvent.Type.LAP_COUNT).findFirst().orElseThrow();
        RecordKeys keys = RecordKeys.read(bytes(RaceSlice.json(lapCount)), false);
        assertThat(keys.car()).isEmpty();
        assertThat(keys.seq()).isEqualTo(lapCount.seq());
    }

    @Test
    void aStintNamesItsCar() throws Exception {
        String json = "{\"sessionKey\":\"9693\",\"seq\":12,\"utc\":\"2025-03-16T04:23:10.100Z\",\"sessionTimeMs\":4547481,"
                + "\"type\":\"TYRE_STINT\",\"stint\":{\"car\":\"81\",\"stint\":1,\"compound\":\"INTERMEDIATE\",\"fresh\":true}}";
        assertThat(RecordKeys.read(bytes(json), false).car()).isEqualTo("81");
    }

    @Test
    void aRoundIsTakenOnlyWhenTheRecordCarriesIt() throws Exception {
        String json = "{\"sessionKey\":\"9693\",\"car\":\"4\",\"seq\":1,\"utc\":\"2025-03-16T04:18:22.974Z\",\"round\":1}";
        assertThat(RecordKeys.read(bytes(json), true).round()).isEqualTo(1);
    }

    @Test
    void poisonIsNamed() {
        String lap = RaceSlice.json(RaceSlice.laps().get(0));
        assertPoison("", "not-json", "empty value");
        assertPoison("LAP 1 NOR 1:57.099", "not-json", "");
        assertPoison("[1,2]", "not-json", "not a JSON object");
        assertPoison(lap.substring(0, lap.length() - 5), "not-json", "");
        assertPoison(lap + "{}", "not-json", "trailing content");
        assertPoison(lap.replace("\"sessionKey\":\"9693\",", ""), "missing-field", "sessionKey is missing");
        assertPoison(lap.replace("\"car\":\"4\",", ""), "missing-field", "car is missing");
        assertPoison(lap.replace("\"seq\":1,", ""), "missing-field", "seq is missing");
        assertPoison(lap.replace("\"seq\":1,", "\"seq\":\"1\","), "wrong-type", "seq is not an integer");
        assertPoison(lap.replace("\"seq\":1,", "\"seq\":1.5,"), "wrong-type", "seq is not an integer");
        assertPoison(lap.replace("\"seq\":1,", "\"seq\":99999999999999999999,"), "wrong-type", "seq is out of range");
        assertPoison(lap.replace("\"car\":\"4\",", "\"car\":4,"), "wrong-type", "car is not a string");
        assertPoison(lap.replace("\"sessionKey\":\"9693\",", "\"sessionKey\":{\"key\":9693},"), "wrong-type",
                "sessionKey is not a string");
        assertPoison(lap.replaceFirst("\"utc\":\"[^\"]+\"", "\"utc\":\"yesterday\""), "bad-value", "utc is not an ISO-8601 instant");
        assertPoison(lap.replaceFirst("\"utc\":\"[^\"]+\",", ""), "missing-field", "utc is missing");
    }

    @Test
    void aSessionWideRecordNeedsNoCar() throws Exception {
        String lap = RaceSlice.json(RaceSlice.laps().get(0)).replace("\"car\":\"4\",", "");
        RecordKeys keys = RecordKeys.read(bytes(lap), false);
        assertThat(keys.car()).isEmpty();
        assertThat(keys.utc()).isAfter(Instant.parse("2025-03-16T00:00:00Z"));
    }

    @Test
    void utcIsReadAsInstantParseReadsIt() {
        for (String utc : List.of("2025-03-16T04:18:22.974Z", "2025-03-16T04:18:22Z", "2025-03-16T04:18:22.9Z",
                "2025-03-16T23:59:59.123456789Z", "2024-02-29T00:00:00.000Z", "2025-03-16T04:18:22.974+00:00",
                "2025-03-16T15:18:22.974+11:00", "2025-03-16T04:18:22.Z")) {
            assertThat(RecordKeys.instant(utc)).as(utc).isEqualTo(Instant.parse(utc));
        }
        for (String bad : List.of("2025-02-30T04:18:22.974Z", "2025-03-16T24:18:22.974Z",
                "2025-13-16T04:18:22.974Z", "2025-03-16T04:18:2x.974Z", "2025-03-16 04:18:22.974Z")) {
            assertThatThrownBy(() -> RecordKeys.instant(bad)).as(bad).isInstanceOf(java.time.DateTimeException.class);
        }
        for (Instant utc : RaceSlice.laps().stream().map(LapRecord::utc).toList()) {
            assertThat(RecordKeys.instant(utc.toString())).isEqualTo(utc);
        }
    }

    private static void assertPoison(String value, String reason, String detail) {
        assertThatThrownBy(() -> RecordKeys.read(bytes(value), true)).as(value)
                .isInstanceOfSatisfying(PoisonRecordException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.getMessage()).contains(detail);
                });
    }

    @Test
    void aPoisonRecordNamesTheSessionAndCarItGaveBeforeItFailed() {
        assertThatThrownBy(() -> RecordKeys.read(bytes("{\"sessionKey\":\"9693\",\"car\":\"44\",\"seq\":\"x\"}"), true))
                .isInstanceOfSatisfying(PoisonRecordException.class, e -> {
                    assertThat(e.reason()).isEqualTo("wrong-type");
                    assertThat(e.sessionKey()).isEqualTo("9693");
                    assertThat(e.car()).isEqualTo("44");
                });
        assertThatThrownBy(() -> RecordKeys.read(bytes("{\"sessionKey\":\"9693\",\"raceControl\":{\"car\":\"1\"},\"seq\":1}"), false))
                .isInstanceOfSatisfying(PoisonRecordException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("missing-field: utc is missing");
                    assertThat(e.sessionKey()).isEqualTo("9693");
                    assertThat(e.car()).isEqualTo("1");
                });
        assertThatThrownBy(() -> RecordKeys.read(bytes("LAP 57"), true))
                .isInstanceOfSatisfying(PoisonRecordException.class, e -> {
                    assertThat(e.sessionKey()).isNull();
                    assertThat(e.car()).isNull();
                });
    }
}
