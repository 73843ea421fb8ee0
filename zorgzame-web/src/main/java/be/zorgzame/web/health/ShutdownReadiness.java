package be.zorgzame.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code /health/ready} is DOWN from the moment the node is told to stop (SIGTERM), before the server
 * has begun to take the module down, so that a load balancer sends it nothing new.
 */
@Readiness
@ApplicationScoped
public class ShutdownReadiness implements HealthCheck {

    private volatile boolean stopping;

    public void stop() {
        stopping = true;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("shutdown").status(!stopping).build();
    }
}
