package dev.pitwall.replayer.publish;

/** Told about every record handed to the producer (for metrics). */
@FunctionalInterface
public interface PublishListener {

    /** A record for {@code topic} was handed to the producer. */
    void sent(String topic);

    /** A listener that ignores everything. */
    static PublishListener none() {
        return topic -> { };
    }
}
