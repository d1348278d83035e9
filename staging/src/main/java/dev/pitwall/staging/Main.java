package dev.pitwall.staging;

import dev.pitwall.contract.HealthProbe;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the service, or, as {@code application --health-check}, probes the running one and exits
 * ({@link HealthProbe}: the container health check of the native image, which has no curl).
 */
@QuarkusMain
public class Main {

    public static void main(String... args) {
        if (HealthProbe.requested(args)) {
            System.exit(HealthProbe.run(System.getenv(), 8082, System.err));
        }
        Quarkus.run(args);
    }
}
