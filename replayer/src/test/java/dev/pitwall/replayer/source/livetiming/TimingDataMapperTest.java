package dev.pitwall.replayer.source.livetiming;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pitwall.contract.LapRecord;
import dev.pitwall.contract.TimingUpdate;
import dev.pitwall.contract.Topics;
import dev.pitwall.replayer.model.SessionOrigin;
import dev.pitwall.replayer.model.TimedEvent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Lap and timing mapping on deltas shaped like the real TimingData lines (Miami 2025 sprint, Spain 2024 Q). */
class TimingDataMapperTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant ZERO = Instant.parse("2025-05-03T15:17:19.109Z");
    private TimingDataMapper mapper;
    private long line;

    @BeforeEach
    void setUp() {
        mapper = new TimingDataMapper(new FeedContext("10028", new SessionOrigin(ZERO, "t")), Map.of("4", "NOR"));
        feed(9_262, "{'Lines':{'4':{'GapToLeader':'','IntervalToPositionAhead':{'Value':'','Catching':false},"
                + "'Line':3,'Position':'3','RacingNumber':'4','Retired':false,'InPit':true,'PitOut':false,'Stopped':false,"
                + "'Sectors':[{'Value':''},{'Value':''},{'Value':''}],'Speeds':{'I1':{'Value':''},'I2':{'Value':''},"
                + "'FL':{'Value':''},'ST':{'Value':''}},'BestLapTime':{'Value':''},'LastLapTime':{'Value':''}}}}");
    }

    private void feed(long t, String json) {
        try {
            mapper.accept(new FeedLine("TimingData.jsonStream", ++line, t, JSON.readTree(json.replace('\'', '"'))));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private List<LapRecord> laps() {
        mapper.finish();
        return mapper.events().stream().filter(e -> e.topic().equals(Topics.LAPS)).map(e -> (LapRecord) e.record()).toList();
    }

    private List<TimingUpdate> updates() {
        return mapper.events().stream().filter(e -> e.topic().equals(Topics.TIMING)).map(e -> (TimingUpdate) e.record()).toList();
    }

    @Test
    void aLapCompletesWhenNumberOfLapsRisesWithItsSectorsTimeAndSpeeds() {
        feed(4_391_816, "{'Lines':{'4':{'NumberOfLaps':1,'InPit':false,'Sectors':{'2':{'Value':'36.165'}}}}}");
        feed(4_445_911, "{'Lines':{'4':{'Sectors':{'0':{'Value':'54.022'},'1':{'Value':''},'2':{'Value':''}},'Speeds':{'I1':{'Value':'83'}}}}}");
        feed(4_500_189, "{'Lines':{'4':{'Sectors':{'1':{'Value':'54.266'}},'Speeds':{'I2':{'Value':'71'}}}}}");
        feed(4_518_801, "{'Lines':{'4':{'Speeds':{'ST':{'Value':'195'}}}}}");
        feed(4_566_433, "{'Lines':{'4':{'NumberOfLaps':2,'Sectors':{'2':{'Value':'66.234'}},'Speeds':{'FL':{'Value':'30'}},"
                + "'BestLapTime':{'Value':'2:54.522','Lap':2},'LastLapTime':{'Value':'2:54.522','PersonalFastest':true}}}}");
        List<LapRecord> laps = laps();
        assertThat(laps).extracting(LapRecord::lap).containsExactly(1, 2);
        LapRecord lap2 = laps.get(1);
        assertThat(lap2.lapTimeMs()).isEqualTo(174_522L);
        assertThat(List.of(lap2.sector1Ms(), lap2.sector2Ms(), lap2.sector3Ms())).containsExactly(54_022L, 54_266L, 66_234L);
        assertThat(List.of(lap2.speedI1(), lap2.speedI2(), lap2.speedFl(), lap2.speedSt())).containsExactly(83.0, 71.0, 30.0, 195.0);
        assertThat(lap2.sessionTimeMs()).isEqualTo(4_566_433L);
        assertThat(lap2.utc()).isEqualTo(ZERO.plusMillis(4_566_433L));
        assertThat(lap2.lapStartMs()).isEqualTo(4_391_816L);
        assertThat(lap2.driver()).isEqualTo("NOR");
        assertThat(lap2.source()).isEqualTo("feed");
        assertThat(laps.get(0).lapTimeMs()).isNull();
        assertThat(laps.get(0).pitInMs()).as("nothing from before the first crossing").isNull();
    }

    @Test
    void aLapTimeSentJustBeforeOrAfterTheCrossingBelongsToIt() {
        feed(1_000_000, "{'Lines':{'4':{'NumberOfLaps':1}}}");
        feed(1_090_000, "{'Lines':{'4':{'LastLapTime':{'Value':'1:30.000'}}}}");
        feed(1_091_000, "{'Lines':{'4':{'NumberOfLaps':2}}}");
        feed(1_181_000, "{'Lines':{'4':{'NumberOfLaps':3}}}");
        feed(1_182_600, "{'Lines':{'4':{'LastLapTime':{'Value':'1:29.900'}}}}");
        feed(1_272_000, "{'Lines':{'4':{'NumberOfLaps':4}}}");
        feed(1_280_000, "{'Lines':{'4':{'LastLapTime':{'Value':'1:31.000'}}}}");
        assertThat(laps()).extracting(LapRecord::lap, LapRecord::lapTimeMs).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, null), org.assertj.core.groups.Tuple.tuple(2, 90_000L),
                org.assertj.core.groups.Tuple.tuple(3, 89_900L), org.assertj.core.groups.Tuple.tuple(4, null));
    }

    @Test
    void anInLapClosedAtTheNextPitExitKeepsItsTimeAndThePitExitStartsTheNextLap() {
        // Spain 2024 qualifying, car 1: NumberOfLaps also rises at a pit exit
        feed(1_093_601, "{'Lines':{'4':{'NumberOfLaps':1,'InPit':false,'PitOut':true}}}");
        feed(1_192_812, "{'Lines':{'4':{'NumberOfLaps':2,'Sectors':{'2':{'Value':'25.920'}}}}}");
        feed(1_365_009, "{'Lines':{'4':{'InPit':true,'NumberOfPitStops':1}}}");
        feed(1_368_131, "{'Lines':{'4':{'LastLapTime':{'Value':'1:42.809'},'Sectors':{'2':{'Value':'30.528'}}}}}");
        feed(2_638_557, "{'Lines':{'4':{'NumberOfLaps':3,'InPit':false,'PitOut':true}}}");
        feed(2_751_284, "{'Lines':{'4':{'NumberOfLaps':4,'LastLapTime':{'Value':'23:03.437'},'Sectors':{'2':{'Value':'24.866'}}}}}");
        List<LapRecord> laps = laps();
        LapRecord inLap = laps.get(2);
        assertThat(inLap.lap()).isEqualTo(3);
        assertThat(inLap.lapTimeMs()).isEqualTo(102_809L);
        assertThat(inLap.sector3Ms()).isEqualTo(30_528L);
        assertThat(inLap.pitInMs()).isEqualTo(1_365_009L);
        assertThat(inLap.pitOutMs()).isNull();
        assertThat(laps.get(3).pitOutMs()).isEqualTo(2_638_557L);
        assertThat(laps.get(1).pitOutMs()).isEqualTo(1_093_601L);
    }

    @Test
    void aLateSectorThreeIsTaken() {
        feed(4_225_894, "{'Lines':{'4':{'NumberOfLaps':10}}}");
        feed(4_360_844, "{'Lines':{'4':{'NumberOfLaps':11,'LastLapTime':{'Value':'5:40.735'}}}}");
        feed(4_360_867, "{'Lines':{'4':{'Sectors':{'2':{'Value':'25.316'}}}}}");
        assertThat(laps()).singleElement().satisfies(l -> {
            assertThat(l.lap()).isEqualTo(11);
            assertThat(l.sector3Ms()).isEqualTo(25_316L);
            assertThat(l.lapTimeMs()).isEqualTo(340_735L);
        });
    }

    @Test
    void timingUpdatesFollowWhatIsShownNotSegments() {
        feed(4_331_000, "{'Lines':{'4':{'Sectors':{'0':{'Segments':{'3':{'Status':2048}}}}}}}");
        feed(4_332_000, "{'Lines':{'4':{'GapToLeader':'+2.372','IntervalToPositionAhead':{'Value':'+0.898'},'InPit':false}}}");
        feed(4_333_000, "{'Lines':{'4':{'GapToLeader':'1L','IntervalToPositionAhead':{'Value':'+1 LAP'}}}}");
        feed(4_334_000, "{'Lines':{'4':{'Position':'1','GapToLeader':'LAP 18','IntervalToPositionAhead':{'Value':'LAP 18'}}}}");
        feed(4_335_000, "{'Lines':{'4':{'Stopped':true}}}");
        List<TimingUpdate> updates = updates();
        assertThat(updates).hasSize(5);
        assertThat(updates.get(0).position()).isEqualTo(3);
        assertThat(updates.get(0).inPit()).isTrue();
        assertThat(updates.get(1).gapToLeaderMs()).isEqualTo(2_372L);
        assertThat(updates.get(1).intervalMs()).isEqualTo(898L);
        assertThat(updates.get(1).gapText()).isEqualTo("+2.372");
        assertThat(updates.get(2).lapsBehindLeader()).isEqualTo(1);
        assertThat(updates.get(2).gapToLeaderMs()).isNull();
        assertThat(updates.get(2).lapsBehindAhead()).isEqualTo(1);
        assertThat(updates.get(3).gapToLeaderMs()).isZero();
        assertThat(updates.get(3).gapText()).isEqualTo("LAP 18");
        assertThat(updates.get(4).retired()).isTrue();
        assertThat(updates).allSatisfy(u -> assertThat(u.source()).isEqualTo("feed"));
        assertThat(mapper.events()).extracting(TimedEvent::key).containsOnly("4");
    }

    @Test
    void aSectorCompletedIsShown() {
        feed(4_445_911, "{'Lines':{'4':{'Sectors':{'0':{'Value':'54.022'},'1':{'Value':''},'2':{'Value':''}}}}}");
        TimingUpdate u = updates().get(updates().size() - 1);
        assertThat(u.sector()).isEqualTo(1);
        assertThat(u.sectorMs()).isEqualTo(54_022L);
    }
}
