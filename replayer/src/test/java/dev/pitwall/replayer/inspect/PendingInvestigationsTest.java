package dev.pitwall.replayer.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.contract.RaceEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Race-control wording as it really appears in the archive (messages copied from the feed files). */
class PendingInvestigationsTest {

    private static List<RaceEvent.RaceControl> messages(String... texts) {
        List<RaceEvent.RaceControl> list = new ArrayList<>();
        for (String t : texts) {
            list.add(new RaceEvent.RaceControl(list.size(), "Other", t, null, null, null, null, 1, null, null));
        }
        return list;
    }

    @Test
    void afterTheSessionIsPendingUntilNoFurtherAction() {
        // 2024 Chinese GP sprint qualifying
        assertThat(PendingInvestigations.find(messages(
                "FIA STEWARDS: SQ2 INCIDENT INVOLVING CARS 20 (MAG), 27 (HUL) WILL BE INVESTIGATED AFTER THE SESSION - "
                        + "FAILING TO FOLLOW RACE DIRECTORS INSTRUCTIONS",
                "FIA STEWARDS: SQ2 INCIDENT INVOLVING CARS 20 (MAG), 27 (HUL) NO FURTHER ACTION - FAILING TO FOLLOW "
                        + "RACE DIRECTORS INSTRUCTIONS - MAXIMUM DELTA TIME")))
                .isEmpty();
    }

    @Test
    void afterTheRaceWithoutALaterDecisionStaysPending() {
        // 2025 British GP race
        assertThat(PendingInvestigations.find(messages(
                "FIA STEWARDS: TURN 9 INCIDENT INVOLVING CARS 6 (HAD) AND 12 (ANT) WILL BE INVESTIGATED AFTER THE RACE - CAUSING A COLLISION",
                "FIA STEWARDS: TURN 15 INCIDENT INVOLVING CARS 55 (SAI) AND 16 (LEC) REVIEWED NO FURTHER INVESTIGATION - CAUSING A COLLISION",
                "FIA STEWARDS: TURN 6 INCIDENT INVOLVING CARS 87 (BEA) AND 31 (OCO) WILL BE INVESTIGATED AFTER THE RACE")))
                .containsExactly("6", "12", "31", "87");
    }

    @Test
    void duringTheRaceInvestigationsAndOtherIncidentsAreNotPending() {
        assertThat(PendingInvestigations.find(messages(
                "FIA STEWARDS: PIT LANE INCIDENT INVOLVING CARS 1 (VER) AND 12 (ANT) UNDER INVESTIGATION - UNSAFE RELEASE",
                "FIA STEWARDS: 10 SECOND TIME PENALTY FOR CAR 1 (VER) - UNSAFE RELEASE",
                "TURN 3 INCIDENT WILL BE INVESTIGATED AFTER THE RACE",
                "INCIDENT INVOLVING CAR 23 (ALB) NOTED - STARTING PROCEDURE INFRINGEMENT")))
                .isEmpty();
    }

    @Test
    void aPenaltyForTheSameReasonSettlesIt() {
        assertThat(PendingInvestigations.find(messages(
                "FIA STEWARDS: INCIDENT INVOLVING CAR 63 (RUS) WILL BE INVESTIGATED AFTER THE RACE - DRS INFRINGEMENT",
                "FIA STEWARDS: 5 SECOND TIME PENALTY FOR CAR 63 (RUS) - TRACK LIMITS")))
                .containsExactly("63");
        assertThat(PendingInvestigations.find(messages(
                "FIA STEWARDS: INCIDENT INVOLVING CAR 63 (RUS) WILL BE INVESTIGATED AFTER THE RACE - DRS INFRINGEMENT",
                "FIA STEWARDS: 5 SECOND TIME PENALTY FOR CAR 63 (RUS) - DRS INFRINGEMENT")))
                .isEmpty();
    }
}
