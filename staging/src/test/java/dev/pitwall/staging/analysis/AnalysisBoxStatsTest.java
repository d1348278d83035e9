package dev.pitwall.staging.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Box-plot figures (quartiles as numpy's default) and the reason given for missing marts. */
class AnalysisBoxStatsTest {

    @Test
    void quartilesInterpolateAndWhiskersStopAtOneAndAHalfBoxes() {
        BoxStats b = BoxStats.of(new long[] {84200, 83900, 84100, 84000});
        assertThat(b.median()).isEqualTo(84050.0);
        assertThat(b.q1()).isEqualTo(83975.0);
        assertThat(b.q3()).isEqualTo(84125.0);
        // a lap of 120 s is an outlier: the upper whisker stops at the slowest lap within 1.5 IQR
        BoxStats o = BoxStats.of(new long[] {80000, 81000, 82000, 83000, 120000});
        assertThat(o.max()).isEqualTo(120000);
        assertThat(o.whiskerHigh()).isEqualTo(83000);
        assertThat(o.whiskerLow()).isEqualTo(80000);
        assertThat(BoxStats.of(new long[] {90000}).median()).isEqualTo(90000.0);
        assertThatThrownBy(() -> BoxStats.of(new long[0])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void missingMartsAreNamed() {
        assertThat(Marts.missing(Set.of("dim_races", "fct_laps"), "dim_races", "fct_laps")).isNull();
        assertThat(Marts.missing(Set.of("dim_races"), "dim_races", "fct_pit_stops"))
                .isEqualTo("Not built yet (dbt has not created it): marts.fct_pit_stops.");
        assertThat(Marts.missing(Set.of(), "dim_races")).startsWith("The marts have not been built yet");
    }
}
