package dev.pitwall.staging.analysis;

import java.util.Arrays;

/**
 * A box plot's figures of some values: min, quartiles (linear interpolation between closest ranks, as numpy's
 * default and R's type 7), max, and Tukey's whiskers (the furthest values within 1.5 × IQR of the box).
 */
record BoxStats(long min, double q1, double median, double q3, long max, long whiskerLow, long whiskerHigh) {

    static BoxStats of(long[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        long[] v = values.clone();
        Arrays.sort(v);
        double q1 = quantile(v, 0.25);
        double q3 = quantile(v, 0.75);
        double reach = 1.5 * (q3 - q1);
        long low = v[0];
        long high = v[v.length - 1];
        for (long x : v) {
            if (x >= q1 - reach) {
                low = x;
                break;
            }
        }
        for (int i = v.length - 1; i >= 0; i--) {
            if (v[i] <= q3 + reach) {
                high = v[i];
                break;
            }
        }
        return new BoxStats(v[0], q1, quantile(v, 0.5), q3, v[v.length - 1], low, high);
    }

    /** The p-quantile of sorted values. */
    static double quantile(long[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
