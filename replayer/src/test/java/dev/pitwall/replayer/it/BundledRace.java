package dev.pitwall.replayer.it;

/** Facts of the bundled 2025 Australian GP race that the tests check the replay against. */
final class BundledRace {

    static final String ID = "2025-australian-grand-prix-race";
    static final String SESSION_KEY = "9693";
    /** FastF1's lap table: one row per car and lap. */
    static final int LAPS = 927;
    /** TracingInsights' per-lap telemetry of 19 cars. */
    static final int CAR_SAMPLES = 751_010;
    /** RaceControlMessages.jsonStream messages. */
    static final int RACE_CONTROL = 113;
    /** TrackStatus.jsonStream changes. */
    static final int TRACK_STATUS = 20;
    static final int CARS = 20;

    private BundledRace() {
    }
}
