package dev.pitwall.staging.sink;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.Instant;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * The few fields of a contract record the sink needs for its key and metadata, read with Jackson's streaming
 * parser (no tree, no binding of the whole record): {@code sessionKey}, {@code car}, {@code seq}, {@code utc} and,
 * when the record carries it, {@code round}. A race event has no top-level car; one about a car names it in
 * {@code raceControl.car} or {@code stint.car}, and that is its car.
 *
 * @param car the car, or {@code ""} for a session-wide record about no car
 * @param round the round when the record carries one, else {@code null} (never guessed)
 */
public record RecordKeys(String sessionKey, String car, long seq, Instant utc, Integer round) {

    private static final JsonFactory JSON = new JsonFactory();

    /** Reads the keys of one record value; {@code perCar} records must carry {@code car}. */
    public static RecordKeys read(byte[] value, boolean perCar) throws PoisonRecordException {
        Fields f = new Fields();
        try {
            return read(value, perCar, f);
        } catch (PoisonRecordException e) {
            throw e.about(f.sessionKey, f.car != null ? f.car : f.nestedCar);
        }
    }

    /** The fields read so far: what a poison record names of itself before it fails. */
    private static final class Fields {
        String sessionKey;
        String car;
        String nestedCar;
    }

    private static RecordKeys read(byte[] value, boolean perCar, Fields f) throws PoisonRecordException {
        if (value == null || value.length == 0) {
            throw new PoisonRecordException("not-json", "empty value");
        }
        Long seq = null;
        String utc = null;
        Integer round = null;
        try (JsonParser p = JSON.createParser(value)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new PoisonRecordException("not-json", "the value is not a JSON object");
            }
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                switch (name) {
                    case "sessionKey" -> f.sessionKey = text(v, p, name);
                    case "car" -> f.car = text(v, p, name);
                    case "utc" -> utc = text(v, p, name);
                    case "seq" -> seq = integer(v, p, name);
                    case "round" -> round = v == JsonToken.VALUE_NULL ? null : Math.toIntExact(integer(v, p, name));
                    case "raceControl", "stint" -> {
                        String c = carOf(v, p, name);
                        if (c != null) {
                            f.nestedCar = c;
                        }
                    }
                    default -> p.skipChildren();
                }
            }
            if (t != JsonToken.END_OBJECT || p.nextToken() != null) {
                throw new PoisonRecordException("not-json", "trailing content after the JSON object");
            }
        } catch (IOException e) {
            throw new PoisonRecordException("not-json", oneLine(e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()));
        } catch (ArithmeticException e) {
            throw new PoisonRecordException("wrong-type", "round is out of range");
        }
        String sessionKey = f.sessionKey;
        String car = f.car;
        String nestedCar = f.nestedCar;
        if (sessionKey == null || sessionKey.isBlank()) {
            throw new PoisonRecordException("missing-field", "sessionKey is missing");
        }
        if (seq == null) {
            throw new PoisonRecordException("missing-field", "seq is missing");
        }
        if (perCar && (car == null || car.isBlank())) {
            throw new PoisonRecordException("missing-field", "car is missing");
        }
        if (utc == null) {
            throw new PoisonRecordException("missing-field", "utc is missing");
        }
        Instant at;
        try {
            at = instant(utc);
        } catch (DateTimeException e) {
            throw new PoisonRecordException("bad-value", "utc is not an ISO-8601 instant: " + utc);
        }
        String theCar = car != null ? car : nestedCar != null ? nestedCar : "";
        return new RecordKeys(sessionKey, theCar, seq, at, round);
    }

    /**
     * An ISO-8601 UTC instant. The contract's own form, {@code 2025-03-16T04:18:22.974Z} (seconds, an optional
     * fraction of 1-9 digits, {@code Z}), is read field by field: {@link Instant#parse} was a seventh of the sink's
     * mapping time. Any other form goes to {@link Instant#parse}.
     *
     * @throws DateTimeException when it is not an instant
     */
    static Instant instant(String s) {
        int n = s.length();
        if (n >= 20 && n <= 30 && s.charAt(4) == '-' && s.charAt(7) == '-' && s.charAt(10) == 'T' && s.charAt(13) == ':'
                && s.charAt(16) == ':' && s.charAt(n - 1) == 'Z' && (n == 20 || (s.charAt(19) == '.' && n >= 22))) {
            int year = digits(s, 0, 4);
            int month = digits(s, 5, 7);
            int day = digits(s, 8, 10);
            int hour = digits(s, 11, 13);
            int minute = digits(s, 14, 16);
            int second = digits(s, 17, 19);
            int nanos = 0;
            if (n > 20) {
                int fraction = n - 21;
                nanos = digits(s, 20, n - 1);
                for (int i = fraction; i < 9; i++) {
                    nanos *= 10;
                }
            }
            if (year >= 0 && month >= 0 && day >= 0 && hour >= 0 && minute >= 0 && second >= 0 && nanos >= 0) {
                return LocalDateTime.of(LocalDate.of(year, month, day), LocalTime.of(hour, minute, second, nanos))
                        .toInstant(ZoneOffset.UTC);
            }
        }
        return Instant.parse(s);
    }

    /** The decimal number in {@code s[from, to)}, or -1 when a character is not a digit. */
    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static String text(JsonToken v, JsonParser p, String name) throws IOException, PoisonRecordException {
        if (v == JsonToken.VALUE_NULL) {
            return null;
        }
        if (v != JsonToken.VALUE_STRING) {
            p.skipChildren();
            throw new PoisonRecordException("wrong-type", name + " is not a string");
        }
        return p.getText();
    }

    private static Long integer(JsonToken v, JsonParser p, String name) throws IOException, PoisonRecordException {
        if (v == JsonToken.VALUE_NULL) {
            return null;
        }
        if (v != JsonToken.VALUE_NUMBER_INT) {
            p.skipChildren();
            throw new PoisonRecordException("wrong-type", name + " is not an integer");
        }
        if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
            throw new PoisonRecordException("wrong-type", name + " is out of range");
        }
        return p.getLongValue();
    }

    /** The {@code car} string of a nested object ({@code raceControl}, {@code stint}), else null. */
    private static String carOf(JsonToken v, JsonParser p, String name) throws IOException, PoisonRecordException {
        if (v != JsonToken.START_OBJECT) {
            p.skipChildren();
            return null;
        }
        String car = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken fv = p.nextToken();
            if (field.equals("car")) {
                car = text(fv, p, name + ".car");
            } else {
                p.skipChildren();
            }
        }
        return car;
    }

    private static String oneLine(String s) {
        return s == null ? "unreadable JSON" : s.replaceAll("\\s+", " ");
    }
}
