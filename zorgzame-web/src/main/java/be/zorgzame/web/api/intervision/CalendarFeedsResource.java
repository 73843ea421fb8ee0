package be.zorgzame.web.api.intervision;

import be.zorgzame.intervision.boundary.CalendarService;
import be.zorgzame.intervision.boundary.NewFeed;
import be.zorgzame.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.LocalDateTime;

/**
 * The caller's personal calendar feed: whether they have one, a new one (its address shown this once, as
 * only a hash of its secret is kept; the old one stops working) and revoking it.
 */
@Path("intervision/feeds")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.PARTNER_STAFF_NAME, Role.MUNICIPAL_STAFF_NAME, Role.REGIONAL_SUPPORT_NAME, Role.ADMIN_NAME})
public class CalendarFeedsResource {

    /** Whether the caller has a feed, and since when (UTC). */
    public record FeedStatus(boolean active, LocalDateTime createdAt) {
    }

    /** A new feed's address, to paste into a calendar program ({@code webcal} opens it there directly). */
    public record FeedAddress(String url, String webcalUrl, LocalDateTime createdAt) {
    }

    @Inject
    CalendarService calendars;

    @Context
    UriInfo uriInfo;

    @GET
    public FeedStatus mine() {
        return calendars.myFeed().map(feed -> new FeedStatus(true, feed.createdAt())).orElse(new FeedStatus(false, null));
    }

    @POST
    public Response create() {
        NewFeed feed = calendars.createFeed();
        URI url = uriInfo.getBaseUriBuilder().path(CalendarFeedResource.class).path(feed.secret() + ".ics").build();
        String webcal = "webcal" + url.toString().substring(url.getScheme().length());
        return Response.created(url).entity(new FeedAddress(url.toString(), webcal, feed.createdAt())).build();
    }

    @DELETE
    public Response revoke() {
        calendars.revokeFeed();
        return Response.noContent().build();
    }
}
