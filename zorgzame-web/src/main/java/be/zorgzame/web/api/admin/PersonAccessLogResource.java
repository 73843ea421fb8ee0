package be.zorgzame.web.api.admin;

import be.zorgzame.platform.security.Role;
import be.zorgzame.privacy.boundary.PersonAccessLog;
import be.zorgzame.privacy.boundary.PersonAccessView;
import be.zorgzame.web.api.QueryParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Who read which contact person's data and when (never the data), for administrators answering to the GDPR. */
@Path("admin/person-access-log")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class PersonAccessLogResource {

    @Inject
    PersonAccessLog accessLog;

    /** The reads of one person ({@code personId}), or the latest of everyone; at most 500, the latest first. */
    @GET
    public List<PersonAccessView> reads(@QueryParam("personId") String personId) {
        return accessLog.reads(QueryParameters.id("personId", personId));
    }
}
