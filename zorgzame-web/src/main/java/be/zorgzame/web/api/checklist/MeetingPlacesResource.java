package be.zorgzame.web.api.checklist;

import be.zorgzame.checklist.boundary.MeetingPlaceInput;
import be.zorgzame.checklist.boundary.MeetingPlaceService;
import be.zorgzame.checklist.boundary.MeetingPlaceView;
import be.zorgzame.platform.security.Role;
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
import java.util.List;

/** The register of meeting places: read by staff and partners, kept by the municipality's staff. */
@Path("checklist/meeting-places")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.MUNICIPAL_STAFF_NAME, Role.PARTNER_STAFF_NAME, Role.ADMIN_NAME})
public class MeetingPlacesResource {

    @Inject
    MeetingPlaceService places;

    @Context
    UriInfo uriInfo;

    @GET
    public List<MeetingPlaceView> list(@QueryParam("municipality") String nisCode, @QueryParam("neighbourhood") Long neighbourhoodId) {
        return places.list(nisCode, neighbourhoodId);
    }

    @POST
    @RolesAllowed({Role.MUNICIPAL_STAFF_NAME, Role.ADMIN_NAME})
    public Response create(MeetingPlaceInput input) {
        MeetingPlaceView created = places.create(input);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("{id}")
    public MeetingPlaceView get(@PathParam("id") long id) {
        return places.get(id);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Role.MUNICIPAL_STAFF_NAME, Role.ADMIN_NAME})
    public MeetingPlaceView update(@PathParam("id") long id, MeetingPlaceInput input) {
        return places.update(id, input);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Role.MUNICIPAL_STAFF_NAME, Role.ADMIN_NAME})
    public Response delete(@PathParam("id") long id) {
        places.delete(id);
        return Response.noContent().build();
    }
}
