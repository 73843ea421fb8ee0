package be.zorgzame.web.api.intervision;

import be.zorgzame.intervision.boundary.CalendarService;
import be.zorgzame.intervision.control.SessionCalendar;
import be.zorgzame.platform.security.Role;
import be.zorgzame.web.api.problem.Problems;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * A session's invitation as an iCalendar file, for the group's facilitator and members who accepted its
 * agreement (the service decides). A root of its own: JAX-RS picks the root resource with the longest
 * matching path and does not fall back, so this path must not sit under another class's
 * {@code intervision/sessions}.
 */
@Path("intervision/sessions/{id}/calendar.ics")
@RequestScoped
@RolesAllowed({Role.PARTNER_STAFF_NAME, Role.MUNICIPAL_STAFF_NAME, Role.REGIONAL_SUPPORT_NAME})
public class IntervisionCalendarResource {

    static final String ICS = SessionCalendar.MEDIA_TYPE + "; charset=UTF-8";

    @Inject
    CalendarService calendars;

    @GET
    @Produces(ICS)
    public Response invitation(@PathParam("id") long id, @Context HttpHeaders headers) {
        return Response.ok(calendars.sessionCalendar(id, Problems.locale(headers)), ICS)
                .header("Content-Disposition", "attachment; filename=\"intervisie-" + id + ".ics\"")
                .build();
    }
}
