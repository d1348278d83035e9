package dev.pitwall.replayer.source.fastf1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AsciiNumbersTest {

    private static double d(String s) {
        byte[] b = ("x" + s + "y").getBytes(StandardCharsets.US_ASCII);
        return AsciiNumbers.parseDouble(b, 1, b.length - 1);
    }

    private static long ms(String s) {
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        return AsciiNumbers.parseSecondsAsMillis(b, 0, b.length);
    }

    private static int i(String s) {
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        return AsciiNumbers.parseInt(b, 0, b.length);
    }

    @Test
    void doublesEqualDoubleParseDouble() {
        String[] samples = {"0.0", "-0.0", "9504.34495104", "0.003808143885181043", "-1046.2353071713303",
            "-3.2855071713665716e-30", "2.5169545819436756e-05", "86.00032420124813", "13630", "1e22", "1e23",
            "4901.649444444433", "-7216.0", "+5", ".5", "5.", "123456789012345678901234567890", "9007199254740993",
            "1.7976931348623157e308", "4.9e-324"};
        for (String s : samples) {
            assertThat(Double.doubleToRawLongBits(d(s))).as(s).isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(s)));
        }
        SplittableRandom rnd = new SplittableRandom(7);
        for (int k = 0; k < 200_000; k++) {
            double v = (rnd.nextDouble() - 0.5) * Math.pow(10, rnd.nextInt(-8, 9));
            String s = rnd.nextBoolean() ? Double.toString(v) : String.format(java.util.Locale.ROOT, "%." + rnd.nextInt(0, 12) + "f", v);
            assertThat(d(s)).as(s).isEqualTo(Double.parseDouble(s));
        }
    }

    @Test
    void malformedNumbersAreRefused() {
        for (String s : new String[] {"", "-", ".", "1e", "e5", "1.2.3", "12a", "1 2", "--1"}) {
            assertThatThrownBy(() -> d(s)).as(s).isInstanceOf(NumberFormatException.class);
        }
    }

    @Test
    void secondsBecomeExactMilliseconds() {
        assertThat(ms("0.0")).isEqualTo(0);
        assertThat(ms("0.119")).isEqualTo(119);
        assertThat(ms("92.13")).isEqualTo(92_130);
        assertThat(ms("100.194")).isEqualTo(100_194);
        assertThat(ms("1.0005")).isEqualTo(1001);
        assertThat(ms("1.2340")).isEqualTo(1234);
        assertThat(ms("2e-3")).isEqualTo(2);
        assertThat(ms("7")).isEqualTo(7000);
        assertThatThrownBy(() -> ms("x")).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void intsAcceptAZeroFraction() {
        assertThat(i("8")).isEqualTo(8);
        assertThat(i("128")).isEqualTo(128);
        assertThat(i("3.0")).isEqualTo(3);
        assertThat(i("-1")).isEqualTo(-1);
        assertThatThrownBy(() -> i("3.5")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> i("")).isInstanceOf(NumberFormatException.class);
    }
}
