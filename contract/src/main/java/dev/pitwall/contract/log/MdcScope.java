package dev.pitwall.contract.log;

import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.MDC;

/**
 * Puts values in the logging MDC for the lines logged inside a {@code try}, and puts back what was there before
 * when the block ends, so nothing leaks into unrelated lines of the same thread:
 * <pre>{@code
 * try (MdcScope log = MdcScope.of(MdcScope.SESSION, record.sessionKey()).and(MdcScope.CAR, record.car())) {
 *     LOG.warnf("...");
 * }
 * }</pre>
 * The MDC belongs to the thread that logs: a value set on one thread is not seen by a Kafka callback or another
 * thread, so set it where the line is logged. A {@code null} or blank value is left out (the key is not touched).
 * The key names are the same in every service, so one CloudWatch query filters all of them (docs/logging.md).
 */
public final class MdcScope implements AutoCloseable {

    /** The session key a line is about: the {@code sessionKey} every contract record carries, e.g. {@code "9693"}. */
    public static final String SESSION = "session";
    /** The car (racing number) a line is about, e.g. {@code "44"}. */
    public static final String CAR = "car";
    /** The replayer's library id of the session it replays, e.g. {@code "2025-australian-grand-prix-race"}. */
    public static final String LIBRARY_ID = "libraryId";
    /** The season of a Jolpica load, e.g. {@code "2025"}. */
    public static final String SEASON = "season";
    /** The round of a Jolpica load, e.g. {@code "4"}. */
    public static final String ROUND = "round";
    /** The short id of a WebSocket viewer (timing-ws). */
    public static final String VIEWER = "viewer";

    private final List<String> keys = new ArrayList<>(2);
    private final List<Object> previous = new ArrayList<>(2);
    private boolean closed;

    private MdcScope() {
    }

    /** A scope with one value (none when {@code value} is null or blank). */
    public static MdcScope of(String key, Object value) {
        return new MdcScope().and(key, value);
    }

    /** Adds a value to this scope (nothing when {@code value} is null or blank). */
    public MdcScope and(String key, Object value) {
        if (value == null) {
            return this;
        }
        String text = value.toString();
        if (text.isBlank()) {
            return this;
        }
        keys.add(key);
        previous.add(MDC.put(key, text));
        return this;
    }

    /** Puts back what the keys held before this scope, in reverse order (a key set twice gets its first value). */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (int i = keys.size() - 1; i >= 0; i--) {
            Object before = previous.get(i);
            if (before == null) {
                MDC.remove(keys.get(i));
            } else {
                MDC.put(keys.get(i), before);
            }
        }
    }
}
