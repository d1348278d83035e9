package dev.pitwall.timing.ws;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ClientMessageTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void delayAndPingAreTaken() {
        assertThat(ClientMessage.parse(json, "{\"type\":\"delay\",\"seconds\":45}")).isEqualTo(new ClientMessage.Delay(45));
        assertThat(ClientMessage.parse(json, "{\"type\":\"delay\",\"seconds\":0}")).isEqualTo(new ClientMessage.Delay(0));
        assertThat(ClientMessage.parse(json, "{\"type\":\"ping\"}")).isInstanceOf(ClientMessage.Ping.class);
    }

    @Test
    void badFramesAreRefusedWithTheRightCloseCode() {
        assertThat(ClientMessage.parse(json, "hello")).isEqualTo(new ClientMessage.Refused(
                "not JSON: send {\"type\":\"delay\",\"seconds\":0..120}", (short) 1007));
        assertThat(ClientMessage.parse(json, "[1,2]")).satisfies(m -> assertThat(((ClientMessage.Refused) m).closeCode()).isEqualTo((short) 1007));
        assertThat(ClientMessage.parse(json, "{\"type\":\"delay\",\"seconds\":121}"))
                .satisfies(m -> assertThat(((ClientMessage.Refused) m).error()).contains("0 to 120"));
        assertThat(ClientMessage.parse(json, "{\"type\":\"delay\",\"seconds\":\"5\"}"))
                .satisfies(m -> assertThat(((ClientMessage.Refused) m).closeCode()).isEqualTo((short) 1007));
        assertThat(ClientMessage.parse(json, "{\"type\":\"subscribe\"}")).isEqualTo(new ClientMessage.Refused(
                "unknown message type 'subscribe' (known: delay, ping)", (short) 1003));
    }
}
