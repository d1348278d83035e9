package dev.pitwall.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The packaged services start on a real broker and the race reaches timing-ws once the replayer plays it. */
class StackSmokeTest {

    static Stack stack;

    @BeforeAll
    static void up() throws Exception {
        stack = Stack.start();
    }

    @AfterAll
    static void down() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void replayReachesTimingWs() {
        stack.replayer("/api/replay/start", "{\"session\":\"" + Stack.BUNDLED_RACE + "\",\"speed\":\"10\",\"fromLap\":5}");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            String state = stack.get(stack.timing(), "/api/state");
            assertThat(state).contains("\"sessionKey\"").contains("\"code\":\"VER\"").contains("\"code\":\"NOR\"");
        });
    }

    /** The images' container health check (the executable as --health-check, no curl): 0 when live, else 1. */
    @Test
    void theHealthCheckOfTheExecutablePassesOnALiveServiceAndFailsOtherwise() throws Exception {
        for (ServiceProcess service : new ServiceProcess[] {stack.replayer(), stack.timing()}) {
            ServiceProcess.HealthCheck live = service.healthCheck(null);
            assertThat(live.exitCode()).as(live.output()).isZero();
            ServiceProcess.HealthCheck nobody = service.healthCheck(freePort());
            assertThat(nobody.exitCode()).isEqualTo(1);
            assertThat(nobody.output()).contains("health check: http://127.0.0.1:").contains("/q/health/live did not answer");
        }
    }

    private static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
