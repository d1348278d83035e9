package dev.pitwall.replayer.source.livetiming;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FeedValuesTest {

    @Test
    void lapSectorAndGapTimes() {
        assertThat(FeedValues.durationMs("1:36.123")).isEqualTo(96_123L);
        assertThat(FeedValues.durationMs("2:54.522")).isEqualTo(174_522L);
        assertThat(FeedValues.durationMs("65.482")).isEqualTo(65_482L);
        assertThat(FeedValues.durationMs("+1.234")).isEqualTo(1_234L);
        assertThat(FeedValues.durationMs("23:03.437")).isEqualTo(1_383_437L);
        assertThat(FeedValues.durationMs("1:02:03.456")).isEqualTo(3_723_456L);
        assertThat(FeedValues.durationMs("")).isNull();
        assertThat(FeedValues.durationMs(null)).isNull();
        assertThat(FeedValues.durationMs("LAP 57")).isNull();
    }

    @Test
    void gapsInTimeLapsOrTheLeadersLap() {
        assertThat(FeedValues.gap("+0.672")).isEqualTo(new FeedValues.Gap(672L, null, null, "+0.672"));
        assertThat(FeedValues.gap("LAP 57")).isEqualTo(new FeedValues.Gap(null, null, 57, "LAP 57"));
        assertThat(FeedValues.gap("1L")).isEqualTo(new FeedValues.Gap(null, 1, null, "1L"));
        assertThat(FeedValues.gap("5L")).isEqualTo(new FeedValues.Gap(null, 5, null, "5L"));
        assertThat(FeedValues.gap("+1 LAP")).isEqualTo(new FeedValues.Gap(null, 1, null, "+1 LAP"));
        assertThat(FeedValues.gap("+2 LAPS")).isEqualTo(new FeedValues.Gap(null, 2, null, "+2 LAPS"));
        assertThat(FeedValues.gap("")).isEqualTo(new FeedValues.Gap(null, null, null, null));
    }

    @Test
    void numbersAndBooleansSentAsStrings() {
        assertThat(FeedValues.integer(TextNode.valueOf("1"))).isEqualTo(1);
        assertThat(FeedValues.integer(IntNode.valueOf(18))).isEqualTo(18);
        assertThat(FeedValues.integer(TextNode.valueOf(""))).isNull();
        assertThat(FeedValues.integer(TextNode.valueOf("x"))).isNull();
        assertThat(FeedValues.decimal(TextNode.valueOf("22.4"))).isEqualTo(22.4);
        assertThat(FeedValues.bool(TextNode.valueOf("true"))).isTrue();
        assertThat(FeedValues.bool(TextNode.valueOf("false"))).isFalse();
        assertThat(FeedValues.bool(TextNode.valueOf("1"))).isTrue();
        assertThat(FeedValues.bool(TextNode.valueOf("0"))).isFalse();
        assertThat(FeedValues.bool(BooleanNode.TRUE)).isTrue();
        assertThat(FeedValues.bool(IntNode.valueOf(0))).isFalse();
        assertThat(FeedValues.bool(NullNode.getInstance())).isNull();
        assertThat(FeedValues.bool(null)).isNull();
    }

    @Test
    void timestampsWithAndWithoutZone() {
        assertThat(FeedValues.instant("2025-03-16T03:15:05")).isEqualTo(Instant.parse("2025-03-16T03:15:05Z"));
        assertThat(FeedValues.instant("2025-03-16T06:04:34.3691254Z"))
                .isEqualTo(Instant.parse("2025-03-16T06:04:34.369125400Z"));
        assertThat(FeedValues.instant("")).isNull();
        assertThat(FeedValues.instant("soon")).isNull();
    }

    @Test
    void lapTimesAreFormattedLikeF1() {
        assertThat(FeedValues.formatLapTime(100_334)).isEqualTo("1:40.334");
        assertThat(FeedValues.formatLapTime(96_368)).isEqualTo("1:36.368");
        assertThat(FeedValues.formatLapTime(59_005)).isEqualTo("0:59.005");
    }

    @Test
    void lineOffsets() {
        assertThat(JsonStreamReader.offsetMs("00:00:06.021")).isEqualTo(6_021L);
        assertThat(JsonStreamReader.offsetMs("02:53:07.257")).isEqualTo(((2 * 60 + 53) * 60 + 7) * 1000L + 257);
        assertThat(JsonStreamReader.offsetMs("0:00:06.021x")).isEqualTo(-1);
        assertThat(JsonStreamReader.offsetMs("00:61:06.021")).isEqualTo(-1);
        assertThat(JsonStreamReader.offsetMs("00:00:06,021")).isEqualTo(-1);
    }
}
