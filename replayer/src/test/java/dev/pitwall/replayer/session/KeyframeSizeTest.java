package dev.pitwall.replayer.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.contract.ContractJson;
import dev.pitwall.contract.Keyframe;
import dev.pitwall.replayer.model.BadLinePolicy;
import dev.pitwall.testkit.RepoPaths;
import org.junit.jupiter.api.Test;

/**
 * A keyframe carries every lap so far; at the end of the bundled race (the largest keyframe it can send) it must
 * still fit in one Kafka record under the producer's request limit (1 MiB less 1 KiB, Kafka's default topic
 * limit being 1 MB).
 */
class KeyframeSizeTest {

    @Test
    void theLastKeyframeOfTheBundledRaceFitsInOneRecord() throws Exception {
        String id = "2025-australian-grand-prix-race";
        RecordedSession session = SessionLoader.load(id, RepoPaths.bundledRaces().resolve(id), BadLinePolicy.SKIP);
        Keyframe k = SessionState.before(session, session.events().size()).keyframe();

        int bytes = ContractJson.newMapper().writeValueAsBytes(k).length;
        System.out.printf("keyframe at the end of %s: %d bytes, %d laps%n", id, bytes,
                k.laps().values().stream().mapToInt(java.util.List::size).sum());
        assertThat(k.laps().values().stream().mapToInt(java.util.List::size).sum()).isGreaterThanOrEqualTo(921);
        assertThat(bytes).isLessThan(1024 * 1024 - 1024);
    }
}
