package dev.pitwall.replayer.source.fastf1;

import dev.pitwall.contract.CarSample;
import dev.pitwall.replayer.model.BadLinePolicy;
import dev.pitwall.replayer.model.CorruptInputException;
import dev.pitwall.replayer.model.SessionOrigin;
import dev.pitwall.replayer.model.SkippedLine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads one driver's FastF1 telemetry file ({@code <DRV>.csv.gz} or {@code .csv}, columns {@link #HEADER})
 * into {@link CarSample}s with source {@code fastf1}.
 *
 * <p>{@code time} counts seconds from the start of the row's lap, so the session time of a row is that lap's
 * {@code LapStartTime} + 1000·time, rounded to the millisecond. The bytes are parsed in place (no regex, no
 * split, no String per field) because a race has about 750,000 rows. Empty or NaN channels become null. A row
 * that cannot be read (wrong field count, a number that is not one, a lap the lap table lacks) is corrupt:
 * {@link BadLinePolicy#FAIL} throws {@link CorruptInputException}, {@link BadLinePolicy#SKIP} reports it. A
 * file whose header is not {@link #HEADER} is refused whatever the policy: its columns cannot be trusted.
 */
public final class TelemetryCsvReader {

    /** The header line the reader expects. */
    public static final String HEADER = "lap,time,rpm,speed,gear,throttle,brake,drs,distance,x,y,z";
    /** {@code source} of the samples. */
    public static final String SOURCE = "fastf1";

    private static final int FIELDS = 12;
    private static final byte[] HEADER_BYTES = HEADER.getBytes(StandardCharsets.US_ASCII);

    private TelemetryCsvReader() {
    }

    /**
     * Reads {@code file}, giving each sample to {@code sink} in file order.
     *
     * @param lapStartMs the driver's {@code LapStartTime} per lap number, from the lap table
     */
    public static TelemetryFile read(Path file, String sessionKey, String car, Map<Integer, Long> lapStartMs,
            SessionOrigin origin, BadLinePolicy policy, Consumer<CarSample> sink) {
        String name = file.toString();
        try (InputStream in = Inputs.open(file)) {
            return new Parser(name, sessionKey, car, lapStartMs, origin, policy, sink).run(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    /** The state of one read. */
    private static final class Parser {
        private final String name;
        private final String sessionKey;
        private final String car;
        private final Map<Integer, Long> lapStartMs;
        private final SessionOrigin origin;
        private final BadLinePolicy policy;
        private final Consumer<CarSample> sink;
        private final int[] cuts = new int[FIELDS + 1];
        private final List<SkippedLine> skipped = new ArrayList<>();
        private long rows;
        private long samples;
        private int cachedLap = Integer.MIN_VALUE;
        private Long cachedStart;

        Parser(String name, String sessionKey, String car, Map<Integer, Long> lapStartMs, SessionOrigin origin,
                BadLinePolicy policy, Consumer<CarSample> sink) {
            this.name = name;
            this.sessionKey = sessionKey;
            this.car = car;
            this.lapStartMs = lapStartMs;
            this.origin = origin;
            this.policy = policy;
            this.sink = sink;
        }

        TelemetryFile run(InputStream in) throws IOException {
            byte[] buf = new byte[1 << 18];
            int len = 0;
            long lineNo = 0;
            while (true) {
                if (len == buf.length) {
                    buf = Arrays.copyOf(buf, buf.length * 2); // a line longer than the buffer
                }
                int n = in.read(buf, len, buf.length - len);
                if (n < 0) {
                    break;
                }
                int scan = len; // the kept partial line has no newline: look only at the new bytes
                len += n;
                int start = 0;
                int nl;
                while ((nl = indexOf(buf, scan, len, (byte) '\n')) >= 0) {
                    line(buf, start, withoutCr(buf, start, nl), ++lineNo);
                    start = nl + 1;
                    scan = start;
                }
                if (start > 0) {
                    System.arraycopy(buf, start, buf, 0, len - start);
                    len -= start;
                }
            }
            if (len > 0) {
                line(buf, 0, withoutCr(buf, 0, len), ++lineNo); // last line without a newline
            }
            if (lineNo == 0) {
                throw new CorruptInputException(name, 1, "empty file: no header", null);
            }
            return new TelemetryFile(name, car, rows, samples, skipped);
        }

        private static int withoutCr(byte[] b, int from, int end) {
            return end > from && b[end - 1] == '\r' ? end - 1 : end;
        }

        private void line(byte[] b, int from, int to, long lineNo) {
            if (lineNo == 1) {
                int f = from;
                if (to - f >= 3 && (b[f] & 0xFF) == 0xEF && (b[f + 1] & 0xFF) == 0xBB && (b[f + 2] & 0xFF) == 0xBF) {
                    f += 3;
                }
                if (!Arrays.equals(b, f, to, HEADER_BYTES, 0, HEADER_BYTES.length)) {
                    throw new CorruptInputException(name, 1, "header is '" + AsciiNumbers.text(b, f, to)
                            + "', expected '" + HEADER + "'", null);
                }
                return;
            }
            if (from == to) {
                return; // blank line
            }
            rows++;
            try {
                sink.accept(sample(b, from, to));
                samples++;
            } catch (IllegalArgumentException e) { // NumberFormatException included
                if (policy == BadLinePolicy.FAIL) {
                    throw new CorruptInputException(name, lineNo, e.getMessage(), e);
                }
                skipped.add(new SkippedLine(name, lineNo, e.getMessage(), car));
            }
        }

        private CarSample sample(byte[] b, int from, int to) {
            int n = 0;
            cuts[n++] = from - 1;
            for (int i = from; i < to; i++) {
                if (b[i] == ',') {
                    if (n == FIELDS) {
                        throw new IllegalArgumentException("more than " + FIELDS + " fields");
                    }
                    cuts[n++] = i;
                }
            }
            if (n != FIELDS) {
                throw new IllegalArgumentException(n + " fields, expected " + FIELDS);
            }
            cuts[FIELDS] = to;
            int lap = AsciiNumbers.parseInt(b, s(0), e(0));
            long t = AsciiNumbers.parseSecondsAsMillis(b, s(1), e(1));
            long sessionMs = lapStart(lap) + t;
            return new CarSample(sessionKey, car, 0, origin.utc(sessionMs), sessionMs, lap, SOURCE,
                    dbl(b, 2), dbl(b, 3), integer(b, 4), dbl(b, 5), integer(b, 6), integer(b, 7),
                    dbl(b, 8), dbl(b, 9), dbl(b, 10), dbl(b, 11), null);
        }

        private long lapStart(int lap) {
            if (lap != cachedLap) {
                cachedStart = lapStartMs.get(lap);
                cachedLap = lap;
            }
            if (cachedStart == null) {
                throw new IllegalArgumentException("lap " + lap + " has no LapStartTime in the lap table");
            }
            return cachedStart;
        }

        private int s(int field) {
            return cuts[field] + 1;
        }

        private int e(int field) {
            return cuts[field + 1];
        }

        private Double dbl(byte[] b, int field) {
            int s = s(field);
            int e = e(field);
            return AsciiNumbers.isMissing(b, s, e) ? null : BoxedDoubles.valueOf(AsciiNumbers.parseDouble(b, s, e));
        }

        private Integer integer(byte[] b, int field) {
            int s = s(field);
            int e = e(field);
            return AsciiNumbers.isMissing(b, s, e) ? null : AsciiNumbers.parseInt(b, s, e);
        }
    }

    private static int indexOf(byte[] b, int from, int to, byte c) {
        for (int i = from; i < to; i++) {
            if (b[i] == c) {
                return i;
            }
        }
        return -1;
    }
}
