package dev.pitwall.replayer.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartitionPlanTest {

    private static final List<String> GRID_2025 = List.of("1", "4", "5", "6", "7", "10", "12", "14", "16", "18", "22",
            "23", "27", "30", "31", "44", "55", "63", "81", "87");

    @Test
    void everyCarGetsAPartitionOfItsOwnInCarNumberOrder() {
        PartitionPlan plan = PartitionPlan.of(GRID_2025, 22);
        assertThat(plan.perCar()).isTrue();
        assertThat(new HashSet<>(plan.assignments().values())).hasSize(20);
        assertThat(plan.partitionFor("1")).isZero();
        assertThat(plan.partitionFor("87")).isEqualTo(19);
    }

    @Test
    void tooFewPartitionsFallBackToKeyHashingAndSaySo() {
        PartitionPlan plan = PartitionPlan.of(GRID_2025, 12);
        assertThat(plan.perCar()).isFalse();
        assertThat(plan.partitionFor("44")).isNull();
        assertThat(plan.description()).contains("key hashing", "20 cars", "12 partitions");
    }
}
