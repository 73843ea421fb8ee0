package be.zorgzame.web.api.intervision;

import be.zorgzame.intervision.boundary.GroupInput;
import be.zorgzame.intervision.boundary.GroupService;
import be.zorgzame.intervision.boundary.GroupView;
import be.zorgzame.intervision.boundary.MemberInput;
import be.zorgzame.intervision.boundary.MemberView;
import be.zorgzame.intervision.boundary.NoteInput;
import be.zorgzame.intervision.boundary.NoteService;
import be.zorgzame.intervision.boundary.NoteView;
import be.zorgzame.intervision.boundary.RegistrationService;
import be.zorgzame.intervision.boundary.SessionInput;
import be.zorgzame.intervision.boundary.SessionService;
import be.zorgzame.intervision.boundary.SessionView;
import be.zorgzame.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * Test-only: sets up groups, members, sessions, registrations and notes through the real core services,
 * as the caller, for {@link IntervisionCalendarIT}. Added to the shipped WAR by that test only, because the
 * intervision group and session resources are built on another branch.
 */
@Path("it/intervision")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.PARTNER_STAFF_NAME, Role.MUNICIPAL_STAFF_NAME, Role.REGIONAL_SUPPORT_NAME})
public class IntervisionFixtureResource {

    @Inject
    GroupService groups;

    @Inject
    SessionService sessions;

    @Inject
    RegistrationService registrations;

    @Inject
    NoteService notes;

    @POST
    @Path("groups")
    public GroupView group(GroupInput input) {
        return groups.create(input);
    }

    @POST
    @Path("groups/{id}/members")
    public MemberView member(@PathParam("id") long groupId, MemberInput input) {
        return groups.addMember(groupId, input);
    }

    @POST
    @Path("groups/{id}/acceptance")
    public GroupView accept(@PathParam("id") long groupId) {
        return groups.accept(groupId);
    }

    @POST
    @Path("groups/{id}/sessions")
    public SessionView plan(@PathParam("id") long groupId, SessionInput input) {
        return sessions.plan(groupId, input, "nl");
    }

    @PUT
    @Path("sessions/{id}")
    public SessionView change(@PathParam("id") long sessionId, SessionInput input) {
        return sessions.update(sessionId, input, "nl");
    }

    @POST
    @Path("sessions/{id}/cancel")
    public SessionView cancel(@PathParam("id") long sessionId, @QueryParam("version") Integer version) {
        return sessions.cancel(sessionId, version, "nl");
    }

    @POST
    @Path("sessions/{id}/registration")
    public SessionView register(@PathParam("id") long sessionId) {
        return registrations.register(sessionId, "nl");
    }

    @POST
    @Path("sessions/{id}/notes")
    public NoteView note(@PathParam("id") long sessionId, NoteInput input) {
        return notes.write(sessionId, input);
    }
}
