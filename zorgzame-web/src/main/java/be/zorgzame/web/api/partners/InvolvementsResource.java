package be.zorgzame.web.api.partners;

import be.zorgzame.partners.boundary.InvolvementInput;
import be.zorgzame.partners.boundary.InvolvementOverview;
import be.zorgzame.partners.boundary.InvolvementService;
import be.zorgzame.partners.boundary.InvolvementView;
import be.zorgzame.platform.security.Role;
import be.zorgzame.web.api.QueryParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * The organisations involved in a neighbourhood, over time or on one day ({@code ?on=2024-01-15}).
 * Partner staff are admitted to reading, but only for neighbourhoods their organisation takes part in.
 */
@Path("neighbourhoods/{neighbourhoodId}/involvements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InvolvementsResource {

    @Inject
    InvolvementService involvements;

    @PathParam("neighbourhoodId")
    long neighbourhoodId;

    @GET
    @RolesAllowed({Role.MUNICIPAL_STAFF_NAME, Role.PARTNER_STAFF_NAME, Role.REGIONAL_SUPPORT_NAME, Role.ADMIN_NAME})
    public InvolvementOverview overview(@QueryParam("on") String on) {
        return involvements.overview(neighbourhoodId, QueryParameters.date("on", on));
    }

    @POST
    @RolesAllowed({Role.MUNICIPAL_STAFF_NAME, Role.ADMIN_NAME})
    public Response add(InvolvementInput input, @Context UriInfo uriInfo) {
        InvolvementView created = involvements.add(neighbourhoodId, input);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created)
                .build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Role.MUNICIPAL_STAFF_NAME, Role.ADMIN_NAME})
    public InvolvementView update(@PathParam("id") long id, InvolvementInput input) {
        return involvements.update(neighbourhoodId, id, input);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Role.MUNICIPAL_STAFF_NAME, Role.ADMIN_NAME})
    public Response remove(@PathParam("id") long id) {
        involvements.remove(neighbourhoodId, id);
        return Response.noContent().build();
    }
}
