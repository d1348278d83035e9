package dev.pitwall.timing.history;

import java.util.Arrays;

/**
 * The telemetry samples of one lap of one car, in the order they came, in growable primitive arrays (a race lap
 * is 600–1,300 FastF1 samples). Holds at most {@link #MAX_SAMPLES}; later samples of an overlong lap are dropped
 * and counted. A channel a sample lacks is stored as NaN (or -1 for gear and brake) and given out as null.
 *
 * <p>Only {@link CarHistory} writes it, under the history's lock.
 */
final class LapTrace {

    /** Most samples kept per lap: 12 minutes of FastF1's ~8 samples a second. */
    static final int MAX_SAMPLES = 6000;

    final int lap;
    /** {@code fastf1} or {@code cardata}: the source of every sample of the trace. */
    final String source;
    /** Whether the lap number came with the samples (FastF1) rather than from the car's line crossings. */
    final boolean lapFromSamples;
    /** Subtracted from recorded distances to count from the lap start (non-zero when the source counts per session). */
    double distanceOffset;
    private long[] time = new long[256];
    private float[] speed = new float[256];
    private float[] throttle = new float[256];
    private byte[] brake = new byte[256];
    private byte[] gear = new byte[256];
    private double[] distance = new double[256];
    private int size;
    private int dropped;

    LapTrace(int lap, String source, boolean lapFromSamples) {
        this.lap = lap;
        this.source = source;
        this.lapFromSamples = lapFromSamples;
    }

    void add(long sessionTimeMs, Double speedKmh, Double throttlePct, Integer brakeValue, Integer gearValue,
            Double recordedDistance) {
        if (size == MAX_SAMPLES) {
            dropped++;
            return;
        }
        if (size == time.length) {
            int n = Math.min(MAX_SAMPLES, size * 2);
            time = Arrays.copyOf(time, n);
            speed = Arrays.copyOf(speed, n);
            throttle = Arrays.copyOf(throttle, n);
            brake = Arrays.copyOf(brake, n);
            gear = Arrays.copyOf(gear, n);
            distance = Arrays.copyOf(distance, n);
        }
        time[size] = sessionTimeMs;
        speed[size] = speedKmh == null ? Float.NaN : speedKmh.floatValue();
        throttle[size] = throttlePct == null ? Float.NaN : throttlePct.floatValue();
        brake[size] = brakeValue == null ? -1 : (byte) Math.max(0, Math.min(127, brakeValue));
        gear[size] = gearValue == null ? -1 : (byte) Math.max(0, Math.min(127, gearValue));
        distance[size] = recordedDistance == null ? Double.NaN : recordedDistance;
        size++;
    }

    int size() {
        return size;
    }

    int dropped() {
        return dropped;
    }

    long firstTime() {
        return time[0];
    }

    long lastTime() {
        return time[size - 1];
    }

    double firstRecordedDistance() {
        return size == 0 ? Double.NaN : distance[0];
    }

    double lastRecordedDistance() {
        return size == 0 ? Double.NaN : distance[size - 1];
    }

    /** Moves the samples after {@code sessionTimeMs} into a new trace of lap {@code nextLap} (lap from crossings only). */
    LapTrace splitAfter(long sessionTimeMs, int nextLap) {
        LapTrace next = new LapTrace(nextLap, source, lapFromSamples);
        int cut = size;
        while (cut > 0 && time[cut - 1] > sessionTimeMs) {
            cut--;
        }
        for (int i = cut; i < size; i++) {
            next.copy(this, i);
        }
        size = cut;
        return next;
    }

    /** Drops the samples before {@code sessionTimeMs} (the lap's start, once known). */
    void dropBefore(long sessionTimeMs) {
        int from = 0;
        while (from < size && time[from] < sessionTimeMs) {
            from++;
        }
        if (from == 0) {
            return;
        }
        int n = size - from;
        System.arraycopy(time, from, time, 0, n);
        System.arraycopy(speed, from, speed, 0, n);
        System.arraycopy(throttle, from, throttle, 0, n);
        System.arraycopy(brake, from, brake, 0, n);
        System.arraycopy(gear, from, gear, 0, n);
        System.arraycopy(distance, from, distance, 0, n);
        size = n;
    }

    private void copy(LapTrace from, int i) {
        add(from.time[i], nan(from.speed[i]), nan(from.throttle[i]), from.brake[i] < 0 ? null : (int) from.brake[i],
                from.gear[i] < 0 ? null : (int) from.gear[i], Double.isNaN(from.distance[i]) ? null : from.distance[i]);
    }

    private static Double nan(float v) {
        return Float.isNaN(v) ? null : (double) v;
    }

    /**
     * The trace as the endpoint gives it. Distance counts metres from the lap start: the recorded distance (less
     * {@link #distanceOffset}) when every sample has one, else speed integrated over time from the first sample
     * (trapezoids; km/h to m/s), marked {@code derived}.
     */
    Trace view(String car, String kind, Long lapTimeMs) {
        boolean recorded = size > 0;
        for (int i = 0; i < size && recorded; i++) {
            recorded = !Double.isNaN(distance[i]);
        }
        double[] d = new double[size];
        Double[] v = new Double[size];
        Double[] thr = new Double[size];
        Integer[] brk = new Integer[size];
        Integer[] g = new Integer[size];
        long[] t = new long[size];
        double run = 0;
        for (int i = 0; i < size; i++) {
            if (recorded) {
                run = distance[i] - distanceOffset;
            } else if (i > 0) {
                double v0 = Float.isNaN(speed[i - 1]) ? 0 : speed[i - 1];
                double v1 = Float.isNaN(speed[i]) ? v0 : speed[i];
                run += (v0 + v1) / 2 / 3.6 * (time[i] - time[i - 1]) / 1000.0;
            }
            d[i] = Math.round(run * 10) / 10.0;
            v[i] = nan(speed[i]);
            thr[i] = nan(throttle[i]);
            brk[i] = brake[i] < 0 ? null : (int) brake[i];
            g[i] = gear[i] < 0 ? null : (int) gear[i];
            t[i] = time[i] - time[0];
        }
        return new Trace(car, lap, kind, lapTimeMs, source, recorded ? "recorded" : "derived", size,
                size == 0 ? null : time[0], d, v, thr, brk, g, t);
    }
}
