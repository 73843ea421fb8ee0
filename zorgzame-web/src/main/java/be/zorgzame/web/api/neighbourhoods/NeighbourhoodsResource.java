package be.zorgzame.web.api.neighbourhoods;

import be.zorgzame.neighbourhoods.boundary.NeighbourhoodFilter;
import be.zorgzame.neighbourhoods.boundary.NeighbourhoodInput;
import be.zorgzame.neighbourhoods.boundary.NeighbourhoodService;
import be.zorgzame.neighbourhoods.boundary.NeighbourhoodView;
import be.zorgzame.neighbourhoods.entity.NeighbourhoodStatus;
import be.zorgzame.platform.query.ResultPage;
import be.zorgzame.platform.security.Role;
import be.zorgzame.web.api.QueryParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
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

/** Caring-neighbourhood initiatives: every role reads, municipal staff and administrators change. */
@Path("neighbourhoods")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NeighbourhoodsResource {

    @Inject
    NeighbourhoodService neighbourhoods;

    @GET
    @RolesAllowed({Role.MUNICIPAL_STAFF_NAME, Role.PARTNER_STAFF_NAME, Role.REGIONAL_SUPPORT_NAME, Role.ADMIN_NAME})
    public ResultPage<NeighbourhoodView> list(@QueryParam("municipality") String municipality,
                                              @QueryParam("status") String status,
                                              @QueryParam("q") String nameContains,
                                              @QueryParam("first") @DefaultValue("0") int first,
                                              @QueryParam("size") @DefaultValue("20") int size) {
        return neighbourhoods.list(new NeighbourhoodFilter(municipality,
                QueryParameters.enumConstant(NeighbourhoodStatus.class, "status", status), nameContains), first, size);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.MUNICIPAL_STAFF_NAME, Role.PARTNER_STAFF_NAME, Role.REGIONAL_SUPPORT_NAME, Role.ADMIN_NAME})
    public NeighbourhoodView get(@PathParam("id") long id) {
        return neighbourhoods.get(id);
    }

    @POST
    @RolesAllowed({Role.MUNICIPAL_STAFF_NAME, Role.ADMIN_NAME})
    public Response create(NeighbourhoodInput input, @Context UriInfo uriInfo) {
        NeighbourhoodView created = neighbourhoods.create(input);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created)
                .build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Role.MUNICIPAL_STAFF_NAME, Role.ADMIN_NAME})
    public NeighbourhoodView update(@PathParam("id") long id, NeighbourhoodInput input) {
        return neighbourhoods.update(id, input);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Role.MUNICIPAL_STAFF_NAME, Role.ADMIN_NAME})
    public Response delete(@PathParam("id") long id) {
        neighbourhoods.delete(id);
        return Response.noContent().build();
    }
}
