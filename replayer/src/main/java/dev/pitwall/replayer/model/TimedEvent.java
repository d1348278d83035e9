package dev.pitwall.replayer.model;

import dev.pitwall.contract.ContractRecord;

/**
 * One record of a session's merged timeline: when it happens on the session clock, the topic it goes to,
 * its key (car number, or session key for session-wide topics) and the record itself.
 */
public record TimedEvent(long sessionTimeMs, String topic, String key, ContractRecord record) {

    /** The same event with the record's sequence number replaced. */
    public TimedEvent withSeq(long seq) {
        return new TimedEvent(sessionTimeMs, topic, key, record.withSeq(seq));
    }
}
