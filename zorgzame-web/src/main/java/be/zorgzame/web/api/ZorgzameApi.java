package be.zorgzame.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API. Every operation declares its roles ({@code @RolesAllowed} or {@code @PermitAll});
 * {@link RoleRuleFilter} enforces them and refuses any operation that declares none.
 */
@ApplicationPath("api")
@OpenAPIDefinition(
        info = @Info(title = "Zorgzame Buurten", version = "1.0",
                description = "Partners, agreements, mandates and policy follow-up of caring neighbourhoods."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class ZorgzameApi extends Application {
}
