package be.zorgzame.web.api.intervision;

import be.zorgzame.intervision.boundary.GroupInput;
import be.zorgzame.intervision.boundary.GroupService;
import be.zorgzame.intervision.boundary.GroupSummary;
import be.zorgzame.intervision.boundary.GroupView;
import be.zorgzame.intervision.boundary.MemberInput;
import be.zorgzame.intervision.boundary.MemberView;
import be.zorgzame.intervision.boundary.Participant;
import be.zorgzame.intervision.boundary.SessionInput;
import be.zorgzame.intervision.boundary.SessionService;
import be.zorgzame.intervision.boundary.SessionSummary;
import be.zorgzame.intervision.boundary.SessionView;
import be.zorgzame.platform.security.Role;
import be.zorgzame.web.api.problem.Problems;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * Intervision groups, their members and the planning of their sessions. Admitted are the roles whose
 * accounts can take part; whether the caller facilitates, belongs to or accepted the agreement of a
 * group is the services' decision, so municipal staff and administrators who are not in a group see
 * nothing of it. Creating groups and looking for members is for regional support.
 */
@Path("intervision/groups")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.PARTNER_STAFF_NAME, Role.MUNICIPAL_STAFF_NAME, Role.REGIONAL_SUPPORT_NAME})
public class IntervisionGroupsResource {

    @Inject
    GroupService groups;

    @Inject
    SessionService sessions;

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    /** The groups the caller facilitates or belongs to, with their part in each. */
    @GET
    public List<GroupSummary> mine() {
        return groups.mine();
    }

    @POST
    @RolesAllowed(Role.REGIONAL_SUPPORT_NAME)
    public Response create(GroupInput input) {
        GroupView created = groups.create(input);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    /** Accounts that can be added to a group, by user name or name ({@code q}); only names are shown. */
    @GET
    @Path("candidates")
    @RolesAllowed(Role.REGIONAL_SUPPORT_NAME)
    public List<Participant> candidates(@QueryParam("q") String query) {
        return groups.candidates(query);
    }

    @GET
    @Path("{id}")
    public GroupView get(@PathParam("id") long id) {
        return groups.get(id);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Role.REGIONAL_SUPPORT_NAME)
    public GroupView update(@PathParam("id") long id, GroupInput input) {
        return groups.update(id, input);
    }

    /** The caller accepts the group's confidentiality agreement. */
    @POST
    @Path("{id}/acceptance")
    public GroupView accept(@PathParam("id") long id) {
        return groups.accept(id);
    }

    @POST
    @Path("{id}/members")
    @RolesAllowed(Role.REGIONAL_SUPPORT_NAME)
    public Response addMember(@PathParam("id") long id, MemberInput input) {
        return Response.status(Response.Status.CREATED).entity(groups.addMember(id, input)).build();
    }

    /** The facilitator, or the member themself, changes the address and neighbourhood. */
    @PUT
    @Path("{id}/members/{memberId}")
    public MemberView updateMember(@PathParam("id") long id, @PathParam("memberId") long memberId, MemberInput input) {
        return groups.updateMember(id, memberId, input);
    }

    /** The facilitator takes a member off the group, or a member leaves. */
    @DELETE
    @Path("{id}/members/{memberId}")
    public Response removeMember(@PathParam("id") long id, @PathParam("memberId") long memberId) {
        groups.removeMember(id, memberId);
        return Response.noContent().build();
    }

    /** The group's sessions, the latest first. */
    @GET
    @Path("{id}/sessions")
    public List<SessionSummary> sessions(@PathParam("id") long id) {
        return sessions.list(id);
    }

    /** Plans a session; one in the past can be planned to record it afterwards. */
    @POST
    @Path("{id}/sessions")
    @RolesAllowed(Role.REGIONAL_SUPPORT_NAME)
    public Response plan(@PathParam("id") long id, SessionInput input) {
        SessionView planned = sessions.plan(id, input, Problems.locale(headers).getLanguage());
        return Response.created(uriInfo.getBaseUriBuilder().path("intervision/sessions").path(String.valueOf(planned.id())).build())
                .entity(planned).build();
    }

    /** Who should bring the next case (204 when no member accepted the agreement yet). */
    @GET
    @Path("{id}/case-bringer")
    @RolesAllowed(Role.REGIONAL_SUPPORT_NAME)
    public Response suggestedCaseBringer(@PathParam("id") long id) {
        return sessions.suggestCaseBringer(id)
                .map(participant -> Response.ok(participant))
                .orElseGet(Response::noContent)
                .build();
    }
}
