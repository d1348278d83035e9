package dev.pitwall.contract;

/** A record of a per-car topic: keyed by {@link #car()}, with a sequence number that rises per car. */
public interface CarRecord extends ContractRecord {

    /** Car (race) number as a string, e.g. {@code "4"}; the record key. */
    String car();
}
