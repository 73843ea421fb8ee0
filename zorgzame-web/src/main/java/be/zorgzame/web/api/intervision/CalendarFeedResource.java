package be.zorgzame.web.api.intervision;

import be.zorgzame.intervision.boundary.CalendarService;
import be.zorgzame.web.api.problem.Problems;
import jakarta.annotation.security.PermitAll;
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
 * A personal calendar feed, polled by calendar programs, which cannot log in: the only REST operation open
 * without a login. The secret in the address is the key; an unknown or revoked one is answered 404.
 */
@Path("intervision/feed")
@RequestScoped
public class CalendarFeedResource {

    @Inject
    CalendarService calendars;

    @GET
    @Path("{secret}.ics")
    @Produces(IntervisionCalendarResource.ICS)
    @PermitAll
    public Response feed(@PathParam("secret") String secret, @Context HttpHeaders headers) {
        return Response.ok(calendars.feedCalendar(secret, Problems.locale(headers)), IntervisionCalendarResource.ICS)
                .header("Cache-Control", "private, no-cache")
                .build();
    }
}
