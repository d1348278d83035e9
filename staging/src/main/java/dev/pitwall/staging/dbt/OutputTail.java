package dev.pitwall.staging.dbt;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/** A child process's output: each line to the log with a prefix, and the last lines kept for the record. */
final class OutputTail {

    private static final Logger LOG = Logger.getLogger(OutputTail.class);
    private static final Pattern ANSI = Pattern.compile("\u001B\\[[;\\d]*[A-Za-z]");

    private final int keep;
    private final String prefix;
    private final Deque<String> lines = new ArrayDeque<>();

    OutputTail(int keep, String prefix) {
        this.keep = keep;
        this.prefix = prefix;
    }

    /** Reads the stream to its end (the process's exit). */
    void pump(InputStream in) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                add(ANSI.matcher(line).replaceAll(""));
            }
        } catch (IOException e) {
            add("(output cut: " + e.getMessage() + ")");
        }
    }

    synchronized void add(String line) {
        LOG.infof("%s%s", prefix, line);
        lines.addLast(line);
        while (lines.size() > keep) {
            lines.removeFirst();
        }
    }

    synchronized List<String> lines() {
        return List.copyOf(lines);
    }
}
