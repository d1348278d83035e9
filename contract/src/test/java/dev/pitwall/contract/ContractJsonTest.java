package dev.pitwall.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ContractJsonTest {

    private final ObjectMapper json = ContractJson.newMapper();

    @Test
    void carSampleRoundTripsWithExactDoublesAndIsoInstants() throws Exception {
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            CarSample s = new CarSample("9693", "4", i, Instant.parse("2025-03-16T04:20:20.345Z"), 4_377_726L, 10,
                    "fastf1", random.nextDouble() * 13_000, random.nextDouble() * 340, 7, 99.5, 0, 1,
                    random.nextDouble() * 5000, -1046.2353071713303 * random.nextDouble(), random.nextGaussian() * 1e4,
                    86.00032420124813, null);
            String text = json.writeValueAsString(s);
            assertThat(json.readValue(text, CarSample.class)).isEqualTo(s);
        }
        String one = json.writeValueAsString(new CarSample("9693", "4", 1, Instant.parse("2025-03-16T04:20:20.345Z"), 1,
                1, "fastf1", 9504.34495104, null, null, null, null, null, null, null, null, null, null));
        assertThat(one).contains("\"utc\":\"2025-03-16T04:20:20.345Z\"", "\"rpm\":9504.34495104", "\"speed\":null");
    }
}
