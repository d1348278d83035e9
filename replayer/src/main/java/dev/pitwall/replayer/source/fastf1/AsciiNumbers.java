package dev.pitwall.replayer.source.fastf1;

import java.nio.charset.StandardCharsets;

/**
 * Parses decimal numbers straight from ASCII bytes, without making a String in the common case.
 *
 * <p>{@link #parseDouble} gives exactly the double {@link Double#parseDouble} gives: when the digits fit in
 * 53 bits and the power of ten is at most 22 both operands are exact and one IEEE multiplication or division
 * rounds correctly (Clinger's fast path); anything else (17-digit values, large exponents) falls back to
 * {@link Double#parseDouble}. Malformed input throws {@link NumberFormatException}.
 */
final class AsciiNumbers {

    private static final double[] POW10 = new double[23];
    private static final long MAX_EXACT = 1L << 53;

    static {
        double p = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p;
            p *= 10;
        }
    }

    private AsciiNumbers() {
    }

    /** Whether {@code b[from, to)} reads NaN / nan (as Python writes a missing float) or is empty. */
    static boolean isMissing(byte[] b, int from, int to) {
        if (from == to) {
            return true;
        }
        return to - from == 3 && (b[from] | 0x20) == 'n' && (b[from + 1] | 0x20) == 'a' && (b[from + 2] | 0x20) == 'n';
    }

    /** The double written in {@code b[from, to)}. */
    static double parseDouble(byte[] b, int from, int to) {
        int i = from;
        if (i == to) {
            throw new NumberFormatException("empty number");
        }
        boolean neg = false;
        if (b[i] == '-' || b[i] == '+') {
            neg = b[i] == '-';
            i++;
        }
        long mantissa = 0;
        int digits = 0; // significant digits kept in mantissa
        int scale = 0; // power of ten to apply
        boolean any = false;
        boolean overflow = false;
        for (; i < to && isDigit(b[i]); i++) {
            any = true;
            if (digits < 18) {
                mantissa = mantissa * 10 + (b[i] - '0');
                if (mantissa != 0) {
                    digits++;
                }
            } else {
                overflow = true;
                scale++;
            }
        }
        if (i < to && b[i] == '.') {
            i++;
            for (; i < to && isDigit(b[i]); i++) {
                any = true;
                if (digits < 18) {
                    mantissa = mantissa * 10 + (b[i] - '0');
                    if (mantissa != 0) {
                        digits++;
                    }
                    scale--;
                } else {
                    overflow = true;
                }
            }
        }
        if (!any) {
            throw bad(b, from, to);
        }
        if (i < to && (b[i] == 'e' || b[i] == 'E')) {
            i++;
            boolean expNeg = false;
            if (i < to && (b[i] == '-' || b[i] == '+')) {
                expNeg = b[i] == '-';
                i++;
            }
            int exp = 0;
            boolean expAny = false;
            for (; i < to && isDigit(b[i]); i++) {
                expAny = true;
                if (exp < 100_000) {
                    exp = exp * 10 + (b[i] - '0');
                }
            }
            if (!expAny) {
                throw bad(b, from, to);
            }
            scale += expNeg ? -exp : exp;
        }
        if (i != to) {
            throw bad(b, from, to);
        }
        if (!overflow && mantissa <= MAX_EXACT && scale >= -22 && scale <= 22) {
            double v = mantissa;
            v = scale < 0 ? v / POW10[-scale] : v * POW10[scale];
            return neg ? -v : v;
        }
        return Double.parseDouble(new String(b, from, to - from, StandardCharsets.ISO_8859_1));
    }

    /** The int written in {@code b[from, to)}: plain digits, or a decimal with a zero fraction ({@code 3.0}). */
    static int parseInt(byte[] b, int from, int to) {
        int i = from;
        boolean neg = false;
        if (i < to && b[i] == '-') {
            neg = true;
            i++;
        }
        if (i == to) {
            throw bad(b, from, to);
        }
        long v = 0;
        for (; i < to && isDigit(b[i]); i++) {
            v = v * 10 + (b[i] - '0');
            if (v > Integer.MAX_VALUE) {
                throw bad(b, from, to);
            }
        }
        if (i != to) {
            double d = parseDouble(b, from, to);
            if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
                throw new NumberFormatException("not a whole number: " + text(b, from, to));
            }
            return (int) d;
        }
        return (int) (neg ? -v : v);
    }

    /**
     * Seconds written in {@code b[from, to)} as whole milliseconds: rounded half away from zero on the
     * decimal digits (no floating point involved) unless an exponent is written.
     */
    static long parseSecondsAsMillis(byte[] b, int from, int to) {
        int i = from;
        boolean neg = false;
        if (i < to && b[i] == '-') {
            neg = true;
            i++;
        }
        long whole = 0;
        int start = i;
        for (; i < to && isDigit(b[i]) && i - start < 15; i++) {
            whole = whole * 10 + (b[i] - '0');
        }
        boolean anyWhole = i > start;
        long frac = 0;
        int fracDigits = 0;
        int roundUp = 0;
        if (i < to && b[i] == '.') {
            i++;
            int seen = 0;
            for (; i < to && isDigit(b[i]); i++, seen++) {
                if (seen < 3) {
                    frac = frac * 10 + (b[i] - '0');
                    fracDigits++;
                } else if (seen == 3 && b[i] >= '5') {
                    roundUp = 1; // half away from zero, decided on the decimal digits themselves
                }
            }
        }
        if (i == to && (anyWhole || fracDigits > 0)) {
            for (int k = fracDigits; k < 3; k++) {
                frac *= 10;
            }
            long ms = whole * 1000 + frac + roundUp;
            return neg ? -ms : ms;
        }
        return Math.round(parseDouble(b, from, to) * 1000.0);
    }

    private static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }

    private static NumberFormatException bad(byte[] b, int from, int to) {
        return new NumberFormatException("not a number: '" + text(b, from, to) + "'");
    }

    static String text(byte[] b, int from, int to) {
        return new String(b, from, Math.min(to - from, 60), StandardCharsets.ISO_8859_1);
    }
}
