package be.zorgzame.bench.floor;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import java.util.Set;

/**
 * The benchmark floors as their own JAX-RS application. Listing the classes keeps the host WAR's providers
 * (filters, exception mappers) out, so the floor is the bare cost of a request on the same instance.
 */
@ApplicationPath("bench-floor")
public class FloorApi extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(PingResource.class, OrganisationSearchJdbc.class, OrganisationImportJdbc.class);
    }
}
