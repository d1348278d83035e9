package dev.pitwall.contract;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The JSON settings of the wire format: ISO-8601 instants, shortest round-trip doubles, unknown fields tolerated. */
public final class ContractJson {

    private ContractJson() {
    }

    /** Applies the contract's settings to a mapper (for example the one Quarkus provides). */
    public static ObjectMapper configure(ObjectMapper mapper) {
        // Telemetry is mostly doubles at full precision; the JDK 17 Double.toString was a quarter of a replay's
        // CPU. The fast writer prints the shortest text that parses back to the same double.
        mapper.getFactory().enable(com.fasterxml.jackson.core.StreamWriteFeature.USE_FAST_DOUBLE_WRITER.mappedFeature());
        return mapper.registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** A new mapper with the contract's settings. */
    public static ObjectMapper newMapper() {
        return configure(new ObjectMapper());
    }
}
