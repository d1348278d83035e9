package dev.pitwall.replayer.source.livetiming;

import dev.pitwall.replayer.model.TimedEvent;
import java.util.List;

/** Turns the lines of one topic file, in order, into timed events. */
public interface TopicMapper {

    /** Takes the next line of the topic; a line that cannot be mapped raises {@link IllegalArgumentException}. */
    void accept(FeedLine line);

    /** The events made so far (complete once every line was given and {@link #finish()} called). */
    List<TimedEvent> events();

    /** Called after the last line, to flush anything held back. */
    default void finish() {
    }
}
