package be.zorgzame.web.api.intervision;

import be.zorgzame.intervision.boundary.IntervisionOverview;
import be.zorgzame.intervision.boundary.MethodCatalogue;
import be.zorgzame.intervision.boundary.MethodView;
import be.zorgzame.intervision.boundary.NotePurge;
import be.zorgzame.intervision.boundary.OverviewService;
import be.zorgzame.platform.security.Role;
import be.zorgzame.web.api.QueryParameters;
import be.zorgzame.web.api.problem.Problems;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * What intervision offers outside any one group: the method catalogue (no personal data, for everyone
 * logged in), the counts-only overview and the purge of expired confidential texts.
 */
@Path("intervision")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class IntervisionResource {

    @Inject
    MethodCatalogue catalogue;

    @Inject
    OverviewService overview;

    @Inject
    NotePurge purge;

    @Context
    HttpHeaders headers;

    /** The methods with their phases, in the {@code Accept-Language}. */
    @GET
    @Path("methods")
    @RolesAllowed({Role.PARTNER_STAFF_NAME, Role.MUNICIPAL_STAFF_NAME, Role.REGIONAL_SUPPORT_NAME, Role.ADMIN_NAME})
    public List<MethodView> methods() {
        return catalogue.methods(Problems.locale(headers).getLanguage());
    }

    /** Sessions per quarter and participation per neighbourhood and municipality, counts only (default: the last twelve months). */
    @GET
    @Path("overview")
    @RolesAllowed({Role.REGIONAL_SUPPORT_NAME, Role.MUNICIPAL_STAFF_NAME, Role.ADMIN_NAME})
    public IntervisionOverview overview(@QueryParam("from") String from, @QueryParam("to") String to) {
        return overview.overview(QueryParameters.date("from", from), QueryParameters.date("to", to));
    }

    /** Purges the texts past the retention now, as the nightly run does; answers how many were removed. */
    @POST
    @Path("notes/purge")
    @RolesAllowed(Role.ADMIN_NAME)
    public JsonObject purgeNotes() {
        return Json.createObjectBuilder().add("purged", purge.purge()).build();
    }
}
