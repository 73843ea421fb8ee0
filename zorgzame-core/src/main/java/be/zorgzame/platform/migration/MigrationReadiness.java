package be.zorgzame.platform.migration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** {@code /health/ready} is DOWN until the schema migration succeeded, and stays DOWN if it failed. */
@Readiness
@ApplicationScoped
public class MigrationReadiness implements HealthCheck {

    @Inject
    MigrationStatus status;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("database-schema")
                .status(status.isReady())
                .withData("state", status.state().name())
                .build();
    }
}
