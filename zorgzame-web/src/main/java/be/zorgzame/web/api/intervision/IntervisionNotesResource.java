package be.zorgzame.web.api.intervision;

import be.zorgzame.intervision.boundary.NoteInput;
import be.zorgzame.intervision.boundary.NoteService;
import be.zorgzame.intervision.boundary.NoteView;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * The confidential texts of a session (case descriptions, notes, action points). Administrators are not
 * admitted as such; whoever is admitted still gets them only as the group's facilitator or as a member
 * who accepted its agreement.
 */
@Path("intervision/sessions/{sessionId}/notes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.PARTNER_STAFF_NAME, Role.MUNICIPAL_STAFF_NAME, Role.REGIONAL_SUPPORT_NAME})
public class IntervisionNotesResource {

    @Inject
    NoteService notes;

    @Context
    UriInfo uriInfo;

    @GET
    public List<NoteView> list(@PathParam("sessionId") long sessionId) {
        return notes.list(sessionId);
    }

    @POST
    public Response write(@PathParam("sessionId") long sessionId, NoteInput input) {
        NoteView written = notes.write(sessionId, input);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(written.id())).build())
                .entity(written).build();
    }

    /** Its writer or the facilitator changes a text, with the {@code version} read. */
    @PUT
    @Path("{noteId}")
    public NoteView rewrite(@PathParam("sessionId") long sessionId, @PathParam("noteId") long noteId, NoteInput input) {
        return notes.rewrite(sessionId, noteId, input);
    }

    @DELETE
    @Path("{noteId}")
    public Response remove(@PathParam("sessionId") long sessionId, @PathParam("noteId") long noteId) {
        notes.remove(sessionId, noteId);
        return Response.noContent().build();
    }
}
