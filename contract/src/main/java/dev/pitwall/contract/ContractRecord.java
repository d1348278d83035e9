package dev.pitwall.contract;

import java.time.Instant;

/** The fields every record of the contract carries. */
public interface ContractRecord {

    /** Session key (F1's own session key where known, e.g. {@code "9693"}). */
    String sessionKey();

    /** Sequence number, rising strictly per car (per-car topics) or per session (session-wide topics). */
    long seq();

    /** UTC time of the event in the race. */
    Instant utc();

    /** Milliseconds since the start of the session's feed (the session clock). */
    long sessionTimeMs();

    /** The same record with another sequence number (sequence numbers are given when a timeline is built). */
    ContractRecord withSeq(long seq);
}
