package be.zorgzame.web.api.partners;

import be.zorgzame.partners.boundary.InvolvementService;
import be.zorgzame.partners.boundary.NetworkOverview;
import be.zorgzame.platform.security.Role;
import be.zorgzame.web.api.QueryParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * A neighbourhood's partner network on a day (today without {@code ?on=}): by kind, sector and level
 * of collaboration, and the gaps the research names. Readable as the involvements are.
 */
@Path("neighbourhoods/{neighbourhoodId}/network")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NetworkResource {

    @Inject
    InvolvementService involvements;

    @GET
    @RolesAllowed({Role.MUNICIPAL_STAFF_NAME, Role.PARTNER_STAFF_NAME, Role.REGIONAL_SUPPORT_NAME, Role.ADMIN_NAME})
    public NetworkOverview network(@PathParam("neighbourhoodId") long neighbourhoodId, @QueryParam("on") String on) {
        return involvements.network(neighbourhoodId, QueryParameters.date("on", on));
    }
}
