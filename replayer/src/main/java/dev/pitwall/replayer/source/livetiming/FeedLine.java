package dev.pitwall.replayer.source.livetiming;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One read line of a {@code .jsonStream} file: the file name, its 1-based line number, its offset on the
 * session clock (milliseconds since the start of the feed) and its JSON payload (an object for most topics,
 * a base64 string for the {@code .z} topics).
 */
public record FeedLine(String file, long line, long offsetMs, JsonNode json) {
}
