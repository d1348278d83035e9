package dev.pitwall.staging.warehouse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness: the warehouse answers a trivial query. */
@Readiness
@ApplicationScoped
public class WarehouseHealthCheck implements HealthCheck {

    @Inject
    Warehouse warehouse;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("warehouse")
                .status(warehouse.isReachable())
                .withData("kind", warehouse.kind())
                .build();
    }
}
