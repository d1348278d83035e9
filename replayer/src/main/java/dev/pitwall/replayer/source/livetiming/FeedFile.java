package dev.pitwall.replayer.source.livetiming;

import dev.pitwall.replayer.model.SkippedLine;
import java.util.List;

/** The result of reading one {@code .jsonStream} file: how many lines were read and which were skipped. */
public record FeedFile(String file, long linesRead, List<SkippedLine> skipped) {
}
