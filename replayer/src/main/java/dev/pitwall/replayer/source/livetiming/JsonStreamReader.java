package dev.pitwall.replayer.source.livetiming;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.pitwall.replayer.model.BadLinePolicy;
import dev.pitwall.replayer.model.CorruptInputException;
import dev.pitwall.replayer.model.SkippedLine;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Reads one F1 live-timing {@code .jsonStream} (or {@code .jsonStream.gz}) file line by line: strips the
 * UTF-8 BOM, accepts CRLF or LF, parses the 12-character {@code HH:MM:SS.mmm} offset and the JSON that follows.
 * A corrupt line stops the read ({@link BadLinePolicy#FAIL}) or is skipped and reported ({@link BadLinePolicy#SKIP}),
 * naming the file and the 1-based line number. Lines are handed to the consumer as they are read.
 */
public final class JsonStreamReader {

    private static final ObjectReader JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).reader();

    private JsonStreamReader() {
    }

    /** Reads a file, giving each good line to {@code sink}; returns the count of lines read and the skipped ones. */
    public static FeedFile read(Path file, BadLinePolicy policy, Consumer<FeedLine> sink) {
        String name = file.getFileName().toString();
        try (InputStream in = open(file)) {
            return read(name, in, policy, sink);
        } catch (IOException e) {
            throw new CorruptInputException(name, 0, "cannot read: " + e.getMessage(), e);
        }
    }

    /** Reads a stream that holds a file called {@code name}. */
    public static FeedFile read(String name, InputStream in, BadLinePolicy policy, Consumer<FeedLine> sink) {
        List<SkippedLine> skipped = new ArrayList<>();
        long read = 0;
        long number = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            String text;
            while ((text = reader.readLine()) != null) {
                number++;
                if (number == 1 && text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
                if (text.isBlank()) {
                    continue;
                }
                FeedLine line;
                try {
                    line = parse(name, number, text);
                } catch (IllegalArgumentException e) {
                    if (policy == BadLinePolicy.FAIL) {
                        throw new CorruptInputException(name, number, e.getMessage(), e.getCause());
                    }
                    skipped.add(new SkippedLine(name, number, e.getMessage()));
                    continue;
                }
                read++;
                sink.accept(line);
            }
        } catch (IOException e) {
            if (policy == BadLinePolicy.FAIL) {
                throw new CorruptInputException(name, number + 1, "cannot read: " + e.getMessage(), e);
            }
            skipped.add(new SkippedLine(name, number + 1, "cannot read the rest of the file: " + e.getMessage()));
        }
        return new FeedFile(name, read, List.copyOf(skipped));
    }

    /** Reads a whole file into a list (for small topic files and tests). */
    public static List<FeedLine> readAll(Path file, BadLinePolicy policy) {
        List<FeedLine> lines = new ArrayList<>();
        read(file, policy, lines::add);
        return lines;
    }

    /** The first good line of a file (corrupt lines before it are passed over), if any. */
    public static java.util.Optional<FeedLine> first(Path file) {
        String name = file.getFileName().toString();
        try (InputStream in = open(file);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            String text;
            long number = 0;
            while ((text = reader.readLine()) != null) {
                number++;
                text = number == 1 && text.startsWith("\uFEFF") ? text.substring(1) : text;
                try {
                    if (!text.isBlank()) {
                        return java.util.Optional.of(parse(name, number, text));
                    }
                } catch (IllegalArgumentException e) {
                    // passed over: only the first good line is wanted
                }
            }
            return java.util.Optional.empty();
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }

    /** The file's bytes, gunzipped when its name ends in {@code .gz}. */
    private static InputStream open(Path file) throws IOException {
        InputStream raw = Files.newInputStream(file);
        if (!file.getFileName().toString().endsWith(".gz")) {
            return raw;
        }
        try {
            return new GZIPInputStream(raw, 1 << 16);
        } catch (IOException e) {
            raw.close();
            throw e;
        }
    }

    /** Parses one line (BOM already removed); an {@link IllegalArgumentException} says what is wrong with it. */
    static FeedLine parse(String file, long number, String text) {
        if (text.length() < 13) {
            throw new IllegalArgumentException("line too short for an HH:MM:SS.mmm offset and JSON");
        }
        long offset = offsetMs(text.substring(0, 12));
        if (offset < 0) {
            throw new IllegalArgumentException("bad offset prefix '" + text.substring(0, 12) + "', expected HH:MM:SS.mmm");
        }
        try {
            JsonNode json = JSON.readTree(text.substring(12));
            if (json == null || json.isMissingNode()) {
                throw new IllegalArgumentException("no JSON after the offset");
            }
            return new FeedLine(file, number, offset, json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("bad JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Milliseconds of a line offset {@code HH:MM:SS.mmm}; -1 if it is not exactly that. */
    static long offsetMs(String prefix) {
        if (prefix.length() != 12 || prefix.charAt(2) != ':' || prefix.charAt(5) != ':' || prefix.charAt(8) != '.') {
            return -1;
        }
        for (int i : new int[] {0, 1, 3, 4, 6, 7, 9, 10, 11}) {
            if (!Character.isDigit(prefix.charAt(i))) {
                return -1;
            }
        }
        int h = Integer.parseInt(prefix.substring(0, 2));
        int m = Integer.parseInt(prefix.substring(3, 5));
        int s = Integer.parseInt(prefix.substring(6, 8));
        int ms = Integer.parseInt(prefix.substring(9, 12));
        return m > 59 || s > 59 ? -1 : ((h * 60L + m) * 60 + s) * 1000 + ms;
    }
}
