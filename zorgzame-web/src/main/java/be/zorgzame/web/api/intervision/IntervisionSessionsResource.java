package be.zorgzame.web.api.intervision;

import be.zorgzame.intervision.boundary.AttendanceInput;
import be.zorgzame.intervision.boundary.EvaluationInput;
import be.zorgzame.intervision.boundary.RegistrationService;
import be.zorgzame.intervision.boundary.SessionInput;
import be.zorgzame.intervision.boundary.SessionService;
import be.zorgzame.intervision.boundary.SessionSummary;
import be.zorgzame.intervision.boundary.SessionView;
import be.zorgzame.platform.security.Role;
import be.zorgzame.web.api.QueryParameters;
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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Intervision sessions: the caller's coming ones, a session in full with its method in the caller's
 * language, changes and cancellation by the facilitator, the caller's own registration and evaluation,
 * and attendance. Only the group's facilitator and members who accepted its agreement get anything;
 * the services decide that per group.
 */
@Path("intervision/sessions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.PARTNER_STAFF_NAME, Role.MUNICIPAL_STAFF_NAME, Role.REGIONAL_SUPPORT_NAME})
public class IntervisionSessionsResource {

    @Inject
    SessionService sessions;

    @Inject
    RegistrationService registrations;

    @Context
    HttpHeaders headers;

    /** The caller's sessions over all their groups from {@code from} (a date; default: now) on. */
    @GET
    public List<SessionSummary> mine(@QueryParam("from") String from) {
        return sessions.mine(Optional.ofNullable(QueryParameters.date("from", from)).map(LocalDate::atStartOfDay)
                .orElseGet(() -> LocalDateTime.now(RegistrationService.BELGIUM)));
    }

    @GET
    @Path("{id}")
    public SessionView get(@PathParam("id") long id) {
        return sessions.get(id, language());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Role.REGIONAL_SUPPORT_NAME)
    public SessionView update(@PathParam("id") long id, SessionInput input) {
        return sessions.update(id, input, language());
    }

    /** Cancels the session; it stays, marked cancelled. */
    @POST
    @Path("{id}/cancel")
    @RolesAllowed(Role.REGIONAL_SUPPORT_NAME)
    public SessionView cancel(@PathParam("id") long id, SessionVersion input) {
        return sessions.cancel(id, input == null ? null : input.version(), language());
    }

    /** The caller registers, while seats are left and the session has not started. */
    @POST
    @Path("{id}/registration")
    public SessionView register(@PathParam("id") long id) {
        return registrations.register(id, language());
    }

    /** The caller cancels their registration, before the session starts; the seat is free again. */
    @DELETE
    @Path("{id}/registration")
    public SessionView cancelRegistration(@PathParam("id") long id) {
        return registrations.cancel(id, language());
    }

    /** The facilitator records who was there, once the session has started. */
    @PUT
    @Path("{id}/attendance")
    @RolesAllowed(Role.REGIONAL_SUPPORT_NAME)
    public SessionView recordAttendance(@PathParam("id") long id, List<AttendanceInput> attendance) {
        return registrations.recordAttendance(id, attendance, language());
    }

    /** The caller's own evaluation of a session they took part in. */
    @PUT
    @Path("{id}/evaluation")
    public SessionView evaluate(@PathParam("id") long id, EvaluationInput input) {
        return registrations.evaluate(id, input, language());
    }

    private String language() {
        return Problems.locale(headers).getLanguage();
    }
}
