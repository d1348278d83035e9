package dev.pitwall.testkit;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;

/**
 * Catches what one logger (and its children) logs, with the MDC each line had on the thread that logged it, for
 * tests that check the log context. Needs JBoss LogManager as the JUL manager (the build's surefire sets it):
 * <pre>{@code
 * try (LogCapture log = LogCapture.of(SinkLoop.class)) {
 *     ... drive the code ...
 *     assertThat(log.lines()).anySatisfy(l -> assertThat(l.mdc()).containsEntry("car", "44"));
 * }
 * }</pre>
 */
public final class LogCapture extends Handler implements AutoCloseable {

    /** One captured line: level, formatted message, logger, and the MDC when it was logged. */
    public record Line(Level level, String message, String logger, Map<String, String> mdc) {
    }

    private final Logger logger;
    private final List<Line> lines = new CopyOnWriteArrayList<>();

    private LogCapture(Logger logger) {
        this.logger = logger;
        setLevel(Level.ALL);
    }

    /** Starts catching the lines of {@code type}'s logger (the name JBoss Logging gives it). */
    public static LogCapture of(Class<?> type) {
        return of(type.getName());
    }

    /** Starts catching the lines of the logger {@code name} and its children. */
    public static LogCapture of(String name) {
        Logger logger = Logger.getLogger(name);
        LogCapture capture = new LogCapture(logger);
        logger.addHandler(capture);
        return capture;
    }

    @Override
    public void publish(LogRecord record) {
        if (!(record instanceof ExtLogRecord ext)) {
            throw new IllegalStateException("not a JBoss LogManager record (" + record.getClass().getName()
                    + "): run with -Djava.util.logging.manager=org.jboss.logmanager.LogManager");
        }
        // the MDC is read now, on the thread that logs; later it would be another thread's
        lines.add(new Line(record.getLevel(), ext.getFormattedMessage(), record.getLoggerName(), Map.copyOf(ext.getMdcCopy())));
    }

    /** The lines caught so far, in order. */
    public List<Line> lines() {
        return List.copyOf(lines);
    }

    /** The lines whose message contains {@code text}. */
    public List<Line> containing(String text) {
        return lines.stream().filter(l -> l.message() != null && l.message().contains(text)).toList();
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        logger.removeHandler(this);
    }
}
